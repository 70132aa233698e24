// Go's path/filepath.Match, which the kubelet uses to compare each host label of a credential key with the image's.

const literal = (c: string) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`;

/** Read one class character, honouring '\' escapes; Go rejects an unescaped '-' or ']' here. */
function classChar(chars: string[], i: number): { char: string; next: number } | undefined {
  const c = chars[i];
  if (c === undefined || c === '-' || c === ']') return undefined;
  if (c !== '\\') return { char: c, next: i + 1 };
  const escaped = chars[i + 1];
  return escaped === undefined ? undefined : { char: escaped, next: i + 2 };
}

const codePoint = (c: string) => c.codePointAt(0) ?? 0;

/** The `[...]` class starting at `i` (just after '['), as a regex class, or undefined when malformed. */
function characterClass(chars: string[], i: number): { regex: string; next: number } | undefined {
  let at = i;
  const negated = chars[at] === '^';
  if (negated) at += 1;
  let body = '';
  for (let ranges = 0; ; ranges += 1) {
    if (chars[at] === ']' && ranges > 0) return { regex: `[${negated ? '^' : ''}${body}]`, next: at + 1 };
    const lo = classChar(chars, at);
    if (lo === undefined) return undefined;
    at = lo.next;
    if (chars[at] !== '-') {
      body += literal(lo.char);
      continue;
    }
    const hi = classChar(chars, at + 1);
    if (hi === undefined) return undefined;
    at = hi.next;
    // Go lets an inverted range such as z-a match nothing; a JS regex would refuse it.
    if (codePoint(lo.char) <= codePoint(hi.char)) body += `${literal(lo.char)}-${literal(hi.char)}`;
  }
}

/** Compile a filepath.Match pattern to an anchored regex; undefined for a malformed pattern (Go's ErrBadPattern). */
export function compileGlob(pattern: string): RegExp | undefined {
  const chars = Array.from(pattern);
  let regex = '';
  for (let i = 0; i < chars.length;) {
    const c = chars[i] ?? '';
    if (c === '*') {
      regex += '[^/]*';
      i += 1;
    } else if (c === '?') {
      regex += '[^/]';
      i += 1;
    } else if (c === '[') {
      const cls = characterClass(chars, i + 1);
      if (cls === undefined) return undefined;
      regex += cls.regex;
      i = cls.next;
    } else if (c === '\\') {
      const escaped = chars[i + 1];
      if (escaped === undefined) return undefined;
      regex += literal(escaped);
      i += 2;
    } else {
      regex += literal(c);
      i += 1;
    }
  }
  return new RegExp(`^${regex}$`, 'u');
}

/** True when `name` matches the glob `pattern`; a malformed pattern matches nothing, as in the kubelet. */
export function globMatch(pattern: string, name: string): boolean {
  return compileGlob(pattern)?.test(name) ?? false;
}
