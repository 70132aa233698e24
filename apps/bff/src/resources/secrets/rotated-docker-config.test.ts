import { describe, expect, it } from 'vitest';
import { withRotatedPassword } from './rotated-docker-config';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const login = { server: 'https://harbor.example.com/v1/', username: 'jane', password: 'n3w' };

describe('withRotatedPassword', () => {
  it.each([
    {
      case: 'username and password (kubectl create secret docker-registry), the key matched as the kubelet does',
      format: 'dockerconfigjson' as const,
      before: { auths: { 'harbor.example.com': { username: 'jane', password: 'old', auth: b64('jane:old') } } },
      after: { auths: { 'harbor.example.com': { username: 'jane', password: 'n3w', auth: b64('jane:n3w') } } },
    },
    {
      case: 'auth alone: only auth is written, no fields added',
      format: 'dockerconfigjson' as const,
      before: { auths: { 'harbor.example.com': { auth: b64('jane:old'), email: 'j@example.com' } } },
      after: { auths: { 'harbor.example.com': { auth: b64('jane:n3w'), email: 'j@example.com' } } },
    },
    {
      case: 'a legacy .dockercfg flat map',
      format: 'dockercfg' as const,
      before: { 'https://harbor.example.com': { username: 'jane', password: 'old' }, other: { auth: b64('x:y') } },
      after: { 'https://harbor.example.com': { username: 'jane', password: 'n3w' }, other: { auth: b64('x:y') } },
    },
  ])('rewrites only the matched entry: $case', ({ format, before, after }) => {
    const result = withRotatedPassword(JSON.stringify(before), format, login);
    expect(result?.changed).toBe(true);
    expect(JSON.parse(result?.text ?? '')).toEqual(after);
  });

  it('leaves another username, another registry or a malformed config alone', () => {
    const other = JSON.stringify({ auths: { 'harbor.example.com': { username: 'joe', password: 'old' } } });
    expect(withRotatedPassword(other, 'dockerconfigjson', login)).toBeUndefined();
    const elsewhere = JSON.stringify({ auths: { 'quay.io': { username: 'jane', password: 'old' } } });
    expect(withRotatedPassword(elsewhere, 'dockerconfigjson', login)).toBeUndefined();
    expect(withRotatedPassword('{not json', 'dockerconfigjson', login)).toBeUndefined();
  });

  it('says unchanged, and returns the very text, when the entry already has the password', () => {
    const text = JSON.stringify({ auths: { 'harbor.example.com': { username: 'jane', password: 'n3w' } } });
    expect(withRotatedPassword(text, 'dockerconfigjson', login)).toEqual({ changed: false, text });
  });
});
