/** See cdp-pipe.mjs: a bare DevTools pipe to a headless Chromium. */
export interface Pipe {
  /** A command to the browser, or with `sessionId` to an attached page; resolves to its result. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  close(): Promise<void>;
}
export declare function launchPipe(executablePath: string, args: readonly string[]): Promise<Pipe>;
