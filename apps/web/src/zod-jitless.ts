// The console's CSP forbids eval, and zod probes for `new Function` as each schema is built. contracts' package.json
// declares zod-without-eval.ts its only side effect, yet the build drops it with the side-effect-free index.ts that
// imports it (rolldown 1.2), so the entry sets it here, before anything builds a schema.
import { config } from 'zod';

config({ jitless: true });
