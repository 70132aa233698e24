import { describe, expect, it } from 'vitest';
import { parseMirrorFlag, parseMirrorFlags, registryEndpoint } from './registry-mirror';

describe('registry mirrors', () => {
  it('parses repeatable --mirror REGISTRY=ENDPOINT flags', () => {
    expect(parseMirrorFlags(['docker.io=http://127.0.0.1:5001/', 'quay.io=127.0.0.1:5002'])).toEqual({
      'docker.io': 'http://127.0.0.1:5001',
      'quay.io': '127.0.0.1:5002',
    });
  });

  it('knows Docker Hub by its other names', () => {
    expect(parseMirrorFlag('https://index.docker.io=http://127.0.0.1:5001')).toEqual([
      'docker.io',
      'http://127.0.0.1:5001',
    ]);
    expect(registryEndpoint('index.docker.io', { 'docker.io': 'http://m' })).toBe('http://m');
  });

  it('sends mirrored registries to the mirror and the rest to themselves', () => {
    const mirrors = { 'docker.io': 'http://127.0.0.1:5001' };
    expect(registryEndpoint('docker.io', mirrors)).toBe('http://127.0.0.1:5001');
    expect(registryEndpoint('127.0.0.1:5000', mirrors)).toBe('127.0.0.1:5000');
  });

  it('rejects a flag without both sides', () => {
    expect(() => parseMirrorFlag('docker.io')).toThrow(/REGISTRY=ENDPOINT/);
    expect(() => parseMirrorFlag('=http://x')).toThrow(/REGISTRY=ENDPOINT/);
  });
});
