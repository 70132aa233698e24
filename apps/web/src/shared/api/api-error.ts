import { apiError, credentialProblemReasons } from '@berth/contracts';

const credentialReasons: ReadonlySet<string> = new Set(credentialProblemReasons);

/** The one error every BFF failure becomes: the envelope's status, reason, message and field errors. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly fields: readonly { path: string; message: string; document?: number | undefined }[] = [],
  ) {
    super(message);
  }

  /** The API server (or the BFF) could not be reached at all. */
  get isUnavailable(): boolean {
    return this.status === 0 || this.status === 503;
  }

  /** Berth has no usable credential for the cluster (failed plugin, unreadable token file, 401): the message is the fix. */
  get isCredentialProblem(): boolean {
    return credentialReasons.has(this.reason);
  }

  /** A 4xx is an answer, not a hiccup: retrying it changes nothing. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Read a failed response into an ApiError, whatever its body holds. */
export async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const envelope = apiError.safeParse(body);
  if (envelope.success) {
    const { status, reason, message, fields } = envelope.data;
    return new ApiError(status, reason, message, fields);
  }
  return new ApiError(response.status, response.statusText || 'Unknown', `The server answered ${response.status}`);
}
