// RFC 7235 `WWW-Authenticate` parsing: quoted values may hold commas, and one header may carry several challenges.

export interface AuthChallenge {
  /** Lower-cased, e.g. `basic` or `bearer`. */
  scheme: string;
  /** Parameter names lower-cased; values unquoted. */
  params: Record<string, string>;
}

const separators = /[\s,=]/;

export function parseChallenges(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let current: AuthChallenge | undefined;
  let i = 0;
  const skip = (pattern: RegExp) => {
    while (i < header.length && pattern.test(header.charAt(i))) i++;
  };

  while (i < header.length) {
    skip(/[\s,]/);
    const start = i;
    while (i < header.length && !separators.test(header.charAt(i))) i++;
    const token = header.slice(start, i);
    if (!token) {
      i++;
      continue;
    }
    skip(/\s/);
    if (header.charAt(i) !== '=') {
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
      continue;
    }
    i++;
    skip(/\s/);
    const value = header.charAt(i) === '"' ? readQuoted() : readBare();
    if (current) current.params[token.toLowerCase()] = value;
  }
  return challenges;

  function readQuoted(): string {
    let value = '';
    i++;
    while (i < header.length && header.charAt(i) !== '"') {
      if (header.charAt(i) === '\\' && i + 1 < header.length) i++;
      value += header.charAt(i);
      i++;
    }
    i++;
    return value;
  }

  function readBare(): string {
    const start = i;
    while (i < header.length && header.charAt(i) !== ',') i++;
    return header.slice(start, i).trim();
  }
}

/** The challenge the client should answer: Bearer when offered (it scopes access), else Basic. */
export function preferredChallenge(header: string | null): AuthChallenge | undefined {
  const challenges = parseChallenges(header ?? '');
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
