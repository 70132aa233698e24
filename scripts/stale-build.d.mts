/** True when `output` is missing or older than any of `sources` (files or directories, relative to the repository). */
export declare function isBuildStale(output: string, sources: readonly string[]): boolean;
