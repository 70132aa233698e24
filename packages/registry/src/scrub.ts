// What a registry or token server says, made fit for a browser: no credential in the forms a server echoes, one line, capped.

export const maxMessageLength = 300;
/** Shorter values occur in ordinary words by chance; scrubbing them would garble every message. */
export const minScrubbedLength = 4;
// Shorter than any scrubbed form, so every replacement shrinks the text and the loop below ends with none left.
const mask = '***';

const base64Url = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * A value as sent, URL-encoded, and in base64 and base64url: whole, and as the run of characters that encodes it inside a
 * longer string at each of the three byte alignments (a server may echo `base64("Basic " + header)`).
 */
export function credentialForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const whole = bytes.toString('base64');
  const forms = new Set([value, encodeURIComponent(value), whole, whole.replace(/=+$/, '')]);
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '');
    // Characters that also carry bits of a neighbouring byte are left out at both ends.
    const start = [0, 2, 3][offset] ?? 0;
    const end = encoded.length - ((offset + bytes.length) % 3 === 0 ? 0 : 1);
    forms.add(encoded.slice(start, end));
  }
  for (const form of [...forms]) forms.add(base64Url(form));
  return [...forms].filter((form) => form.length >= minScrubbedLength);
}

const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/** Each run of control characters (newlines included) as one space: a message is one line. */
export function oneLine(text: string): string {
  let line = '';
  let inRun = false;
  for (const c of text) {
    if (isControl(c)) {
      if (!inRun) line += ' ';
      inRun = true;
    } else {
      line += c;
      inRun = false;
    }
  }
  return line;
}

function scrubbed(text: string, forms: readonly string[]): string {
  let result = text;
  for (;;) {
    let next = result;
    for (const form of forms) next = next.split(form).join(mask);
    // Folding to one line may bring a form together, hence the loop.
    next = oneLine(next);
    if (next === result) return result;
    result = next;
  }
}

/** `text` with every form of every credential value masked, on one line, at most `maxMessageLength` characters. */
export function scrubRegistryText(text: string, credentials: Iterable<string>): string {
  const forms = [...new Set([...credentials].flatMap(credentialForms))].sort((a, b) => b.length - a.length);
  const clean = scrubbed(text, forms);
  if (clean.length <= maxMessageLength) return clean;
  return scrubbed(`${clean.slice(0, maxMessageLength - 1)}…`, forms);
}
