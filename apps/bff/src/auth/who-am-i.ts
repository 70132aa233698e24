import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import { HttpError } from '../http/errors';
import { AuthenticationV1 } from '../kube/api-groups';

/**
 * Who the API server says this token is, asked WITH the token itself (Kubernetes 1.20 has no SelfSubjectReview):
 * a TokenReview of one's own token answers the user name, or, without the permission to review tokens,
 * a 403 whose Status names the user. A 401 means the API server does not accept the token.
 */
export async function whoAmI(kubeConfig: KubeConfig, token: string): Promise<string> {
  const authentication = new AuthenticationV1(kubeConfig);
  try {
    const review = await authentication.createTokenReview({ body: { spec: { token } } });
    const username = review.status?.user?.username;
    if (review.status?.authenticated !== true || username === undefined) throw notAccepted();
    return username;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    if (error.code === 401) throw notAccepted();
    if (error.code === 403) return forbiddenUser(error) ?? 'unknown user';
    throw error;
  }
}

function notAccepted(): HttpError {
  return new HttpError(401, 'Unauthorized', 'The Kubernetes API server does not accept this token');
}

/** The `User "name" cannot ...` of a Forbidden Status: the API server's own word for who asked. */
function forbiddenUser(error: ApiException<unknown>): string | undefined {
  const body: unknown = typeof error.body === 'string' ? safeJson(error.body) : error.body;
  const message =
    typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
      ? body.message
      : '';
  return /User "([^"]+)" cannot/.exec(message)?.[1];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
