// zod probes for `new Function` to compile faster parsers; the console's CSP forbids eval, and Chromium reports even the
// caught probe as a securitypolicyviolation. Imported first by index.ts, because zod probes as each schema is built.
// The BFF (no document) keeps the compiled parsers.
import { config } from 'zod';

if ('document' in globalThis) config({ jitless: true });
