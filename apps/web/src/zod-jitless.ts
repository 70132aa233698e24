// The console's CSP forbids eval, and zod probes for `new Function` as each schema is built. The build keeps only the
// contracts modules the page uses (vite.config.ts), which leaves out contracts' own zod-without-eval.ts, so the entry
// sets it here, before anything builds a schema.
import { config } from 'zod';

config({ jitless: true });
