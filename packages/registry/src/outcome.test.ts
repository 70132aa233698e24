import { describe, expect, it } from 'vitest';
import { outcomeForStatus, registryErrorText } from './outcome';

describe('outcomeForStatus', () => {
  it.each([
    [401, 'unauthorized', 'unauthorized: authentication required'],
    [403, 'forbidden', 'denied: requested access to the resource is denied'],
    [404, 'not-found', 'manifest unknown: manifest unknown'],
    [429, 'too-many-requests', 'toomanyrequests: too many requests'],
    [500, 'unexpected', 'unexpected status code 500'],
    [502, 'unexpected', 'unexpected status code 502'],
  ])('%i is %s', (status, kind, message) => {
    expect(outcomeForStatus(status)).toEqual({ kind, message, status });
  });

  it("keeps the registry's own words", () => {
    const body =
      '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"x"}}]}';
    expect(outcomeForStatus(404, registryErrorText(body))).toEqual({
      kind: 'not-found',
      message: 'name unknown: repository name not known to registry',
      status: 404,
    });
  });

  it('adds the Bearer challenge error once', () => {
    const text = registryErrorText('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    expect(outcomeForStatus(401, text, 'insufficient_scope').message).toBe(
      'unauthorized: authentication required (insufficient scope)',
    );
    expect(outcomeForStatus(401, 'unauthorized: insufficient scope', 'insufficient_scope').message).toBe(
      'unauthorized: insufficient scope',
    );
  });

  it('prefixes a token server complaint with unauthorized', () => {
    expect(outcomeForStatus(401, registryErrorText('{"details":"incorrect username or password"}')).message).toBe(
      'unauthorized: incorrect username or password',
    );
  });
});

describe('registryErrorText', () => {
  it('joins several errors and ignores what is not JSON', () => {
    expect(registryErrorText('{"errors":[{"code":"DENIED","message":"no"},{"message":"and more"}]}')).toBe(
      'denied: no; and more',
    );
    expect(registryErrorText('<html>bad gateway</html>')).toBeUndefined();
    expect(registryErrorText('{"errors":[]}')).toBeUndefined();
    expect(registryErrorText('null')).toBeUndefined();
  });
});
