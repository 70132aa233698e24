import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/errors';
import { toSecretManifest } from '@berth/contracts';
import { mergeStoredPasswords } from './pull-secret';

const stored = toSecretManifest({
  name: 's',
  namespace: 'ns',
  registries: [
    { server: 'a.io', username: 'u', password: 'kept' },
    { server: 'b.io', username: 'v', password: 'other' },
  ],
});

describe('mergeStoredPasswords', () => {
  it('keeps the stored password of a server when the edit leaves it out', () => {
    expect(
      mergeStoredPasswords(stored, {
        registries: [
          { server: 'a.io', username: 'new-user' },
          { server: 'c.io', username: 'w', password: 'fresh' },
        ],
      }),
    ).toEqual([
      { server: 'a.io', username: 'new-user', password: 'kept' },
      { server: 'c.io', username: 'w', password: 'fresh' },
    ]);
  });

  it('asks for a password for a server that has none stored', () => {
    expect(() => mergeStoredPasswords(stored, { registries: [{ server: 'c.io', username: 'w' }] })).toThrow(HttpError);
  });

  it("keeps a stored key in the kubelet's wider form, but takes only registry addresses as new servers", () => {
    const withPath = toSecretManifest({
      name: 's',
      namespace: 'ns',
      registries: [{ server: 'r.io/team', username: 'u', password: 'kept' }],
    });
    expect(mergeStoredPasswords(withPath, { registries: [{ server: 'r.io/team', username: 'u' }] })).toEqual([
      { server: 'r.io/team', username: 'u', password: 'kept' },
    ]);
    for (const server of ['r.io/other', 'http://127.0.0.1:8080/api/x#', 'user@r.io']) {
      expect(() => mergeStoredPasswords(withPath, { registries: [{ server, username: 'u', password: 'p' }] })).toThrow(
        expect.objectContaining({ status: 422, fields: [expect.objectContaining({ path: 'registries.0.server' })] }),
      );
    }
  });

  it('edits only pull secrets', () => {
    expect(() =>
      mergeStoredPasswords({ type: 'Opaque', data: {} }, { registries: [{ server: 'a.io', username: 'u' }] }),
    ).toThrow(/Only image pull secrets/);
  });
});
