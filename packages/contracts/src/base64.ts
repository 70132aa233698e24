// Base64 over UTF-8 bytes with btoa/atob, because this package also runs in the browser (no Buffer).

/** Standard base64 (with padding) of the UTF-8 bytes of `text`, as Go's base64.StdEncoding writes it. */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const strictBase64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decode standard base64 strictly like Go's base64.StdEncoding (padding required; only CR and LF are skipped),
 * returning the text as UTF-8, or undefined when it is not base64.
 */
export function decodeBase64(encoded: string): string | undefined {
  const compact = encoded.replace(/[\r\n]/g, '');
  if (!strictBase64.test(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
