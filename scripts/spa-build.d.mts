/** build/web at the repository root. */
export declare const spaBuildDir: string;
/** True when build/web/index.html is missing or older than the SPA's sources. */
export declare function isSpaBuildStale(): boolean;
/** The workspace's vite CLI (node_modules/vite/bin/vite.js). */
export declare function viteCli(): string;
/** Runs `vite build` (its output on stderr) when needed; throws when the build fails. */
export declare function ensureSpaBuilt(progress: (line: string) => void): void;
