import { describe, expect, it } from 'vitest';
import { consolePath, withParam, withReturnTo } from './return-to';

describe('consolePath', () => {
  it.each([
    '/namespaces/default/workloads/web',
    '/namespaces/default/workloads/create?kind=jobs',
    '/clusters/berth-local-2/namespaces/a/workloads/statefulsets/db#events',
  ])('keeps the console path %s', (path) => {
    expect(consolePath(path)).toBe(path);
  });

  it.each([
    ['another origin', 'https://evil.example/namespaces/x'],
    ['a protocol-relative URL', '//evil.example/namespaces/x'],
    ['a backslash read as a slash', '/\\evil.example/namespaces/x'],
    ['a tab that URL parsers drop', '/\t/evil.example/namespaces/x'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'namespaces/default'],
    ['a path outside the console pages', '/api/namespaces/default/secrets'],
    ['a path climbing out of the console pages', '/namespaces/../api/cluster'],
    ['empty', ''],
    ['missing', null],
  ])('refuses %s', (_, value) => {
    expect(consolePath(value)).toBeUndefined();
  });
});

describe('withReturnTo and withParam', () => {
  it('encode the return path as one parameter and add the created credential to it', () => {
    const href = withReturnTo('/namespaces/a/secrets?create=1&name=x', '/namespaces/a/workloads/web?tab=1&x=a b');
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('name')).toBe('x');
    expect(params.get('returnTo')).toBe('/namespaces/a/workloads/web?tab=1&x=a b');
    expect(withParam('/namespaces/a/workloads/create?kind=jobs', 'credential', 'pull')).toBe(
      '/namespaces/a/workloads/create?kind=jobs&credential=pull',
    );
  });
});
