// The repository's root directory, for every script, tool and test that names a file in it.
// Plain JavaScript with no dependencies: scripts/node24.mjs imports it on Node 18 and 20 too.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
