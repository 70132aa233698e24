/** The repository's root directory (absolute, no trailing separator). */
export declare const repoRoot: string;
