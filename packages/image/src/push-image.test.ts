import { describe, expect, it } from 'vitest';
import { pushTarget, verifiesTls } from './push-image';

describe('pushTarget', () => {
  it.each(['127.0.0.1:5000/berth/console:1.0', 'localhost:5000/console:dev', 'registry.example.com/team/berth:v1'])(
    'takes a reference naming its registry and a tag: %s',
    (reference) => {
      expect(pushTarget(reference).reference).toBe(reference);
    },
  );

  it.each([
    { reference: 'berth/console:1.0', error: /name the registry/ },
    { reference: '127.0.0.1:5000/berth/console', error: /name a tag/ },
    { reference: `127.0.0.1:5000/berth/console:1@sha256:${'a'.repeat(64)}`, error: /no digest/ },
    { reference: '127.0.0.1:5000/Berth:1', error: /invalid image reference/ },
  ])('refuses $reference', ({ reference, error }) => {
    expect(() => pushTarget(reference)).toThrow(error);
  });
});

describe('verifiesTls', () => {
  it.each([
    { registry: '127.0.0.1:5000', access: {}, verifies: false },
    { registry: 'localhost:5000', access: {}, verifies: false },
    { registry: '[::1]:5000', access: {}, verifies: false },
    { registry: 'registry.example.com', access: {}, verifies: true },
    { registry: '10.0.0.5:5000', access: {}, verifies: true },
    { registry: 'registry.example.com', access: { tlsVerify: false }, verifies: false },
  ])('$registry with $access: $verifies', ({ registry, access, verifies }) => {
    expect(verifiesTls(registry, access)).toBe(verifies);
  });
});
