/** build/bff/main.mjs: the bundle `npm start` runs. */
export declare const bundle: string;
/** Bundles the BFF when the bundle is missing or stale; the process exits with 1 when esbuild fails. */
export declare function ensureBffBundle(): Promise<void>;
