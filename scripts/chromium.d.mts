/** Debian's Chromium, or the one named by CHROMIUM_PATH. Tests never download a browser. */
export declare function chromiumPath(): string;
/** Flags for headless Chromium on a machine with a closed network (no sandbox, no GPU, no background services). */
export declare const chromiumArgs: string[];
