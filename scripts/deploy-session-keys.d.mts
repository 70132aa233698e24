/** deploy/base/session-keys: the file the base's secretGenerator reads. */
export declare const sessionKeysFile: string;
/** Writes one random base64 key to `file` (default sessionKeysFile) unless it exists; true when it wrote. */
export declare function ensureSessionKeys(file?: string): boolean;
