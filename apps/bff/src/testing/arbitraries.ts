// Generators the fuzz tests share (fast-check).
import fc from 'fast-check';

/** One registry of a secret request, each field either plausible text or noise, any of them missing. */
export function registryEntry(text: fc.Arbitrary<unknown>, noise: fc.Arbitrary<unknown>) {
  return fc.record(
    {
      server: fc.oneof(text, noise),
      username: fc.oneof(text, noise),
      password: fc.oneof(text, noise),
      email: fc.oneof(text, noise),
    },
    { requiredKeys: [] },
  );
}
