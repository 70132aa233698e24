import { describe, expect, it } from 'vitest';
import { landingNamespace } from './landing-namespace';

describe('landingNamespace', () => {
  it.each([
    { context: 'team-a', remembered: ['team-b'], lands: 'team-a', why: "the context's namespace first, as kubectl" },
    { context: 'team-a', remembered: [], lands: 'team-a', why: "the context's namespace with nothing remembered" },
    { context: undefined, remembered: ['team-b', 'team-c'], lands: 'team-b', why: 'else the last one used' },
    { context: '', remembered: ['team-b'], lands: 'team-b', why: 'an empty context namespace names none' },
    { context: undefined, remembered: [], lands: 'default', why: 'else default' },
  ])('$why: $lands', ({ context, remembered, lands }) => {
    expect(landingNamespace(context, remembered)).toBe(lands);
  });
});
