/** The session's CSRF token, held in memory only (never in storage): fetchJson sends it on every unsafe request. */
let current: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  current = token;
}

export function csrfToken(): string | undefined {
  return current;
}
