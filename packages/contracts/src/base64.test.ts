import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64 over UTF-8', () => {
  it.each([
    ['', ''],
    ['u:p', 'dTpw'],
    ['jane:pä:ss😀', 'amFuZTpww6Q6c3Pwn5iA'],
  ])('%j <-> %j', (text, encoded) => {
    expect(encodeBase64(text)).toBe(encoded);
    expect(decodeBase64(encoded)).toBe(text);
  });

  it('decodes strictly like Go’s StdEncoding, skipping only CR and LF', () => {
    expect(decodeBase64('dTpw\r\n')).toBe('u:p');
    expect(decodeBase64('dTo')).toBeUndefined();
    expect(decodeBase64('dT pw')).toBeUndefined();
    expect(decodeBase64('d===')).toBeUndefined();
    expect(decodeBase64('dTo=')).toBe('u:');
  });
});
