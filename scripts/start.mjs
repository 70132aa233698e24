// `npm start`: the BFF from its JavaScript bundle (scripts/bundle-bff.mjs), bundled first when its sources changed.
// Under tsx's loader the BFF idled at about 205 MB; from the bundle at about 122 MB. package.json's start also caps V8's
// young and old generations (16 and 256 MB): the live heap is about 30 MB, but under load V8 grew it to 230 MB (bench/README.md).
import { pathToFileURL } from 'node:url';
import { bundle, ensureBffBundle } from './bundle-bff.mjs';

await ensureBffBundle();
await import(pathToFileURL(bundle).href);
