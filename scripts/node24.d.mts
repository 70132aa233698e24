/** The npm registry's node@24 executable in Berth's cache (~/.cache/berth/node), installed first when missing. */
export declare function cachedNode24(): string;
