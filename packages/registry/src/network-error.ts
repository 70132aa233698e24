// Fetch failures described the way Go's net package words them, so pull errors read like a real node's.

interface SystemErrorLike {
  code?: unknown;
  message?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
  errors?: unknown;
}

function systemCause(error: unknown): SystemErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as SystemErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string') return candidate;
    // Happy-eyeballs connects fail with an AggregateError of the per-address errors.
    if (Array.isArray(candidate.errors) && candidate.errors.length > 0) current = candidate.errors[0];
    else current = candidate.cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** One line naming the cause: `dial tcp: lookup nosuch.example: no such host`, `... connection refused`, TLS, timeout. */
export function describeNetworkError(error: unknown, url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const hostPort = `${url.hostname}:${port}`;
  if (isTimeout(error)) return `dial tcp ${hostPort}: i/o timeout`;
  const cause = systemCause(error);
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const rawMessage =
    typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  // OpenSSL messages run over several lines and end in separators; one clean line is enough.
  const causeMessage = (rawMessage.split('\n')[0] ?? '').replace(/[\s:]+$/, '');
  const target =
    typeof cause?.address === 'string'
      ? `${cause.address}:${typeof cause.port === 'number' ? cause.port : port}`
      : hostPort;
  // The failing host may be the token server's rather than the registry's.
  const lookedUp = typeof cause?.hostname === 'string' ? cause.hostname : url.hostname;
  switch (code) {
    case 'ENOTFOUND':
      return `dial tcp: lookup ${lookedUp}: no such host`;
    case 'EAI_AGAIN':
      return `dial tcp: lookup ${lookedUp}: temporary failure in name resolution`;
    case 'ECONNREFUSED':
      return `dial tcp ${target}: connect: connection refused`;
    case 'ECONNRESET':
      return `read tcp ${target}: connection reset by peer`;
    case 'EHOSTUNREACH':
      return `dial tcp ${target}: connect: no route to host`;
    case 'ENETUNREACH':
      return `dial tcp ${target}: connect: network is unreachable`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `dial tcp ${hostPort}: i/o timeout`;
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return `http: server ${hostPort} gave HTTP response to HTTPS client`;
  }
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/.test(code)) {
    return `tls: failed to verify certificate for ${url.hostname}: ${causeMessage}`;
  }
  return code ? `${hostPort}: ${causeMessage} (${code})` : `${hostPort}: ${causeMessage}`;
}
