import type { TestProject } from 'vitest/node';
import { startFaultServer } from '../fault-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fault server (real HTTP on 127.0.0.1). */
    faultServer: string;
    /** Base URL of a second fault server, another origin (another port), that the first redirects to. */
    faultServerElsewhere: string;
    /** Whether missing SVG snapshots may be written (never in CI). */
    updateSnapshots: boolean;
  }
}

/** Starts the real HTTP servers the widgets' error-state tests fetch from, for the whole run. */
export default async function setup(project: TestProject) {
  const elsewhere = await startFaultServer();
  const { url, server } = await startFaultServer({ elsewhere: elsewhere.url });
  project.provide('faultServer', url);
  project.provide('faultServerElsewhere', elsewhere.url);
  project.provide('updateSnapshots', process.env.DV_UPDATE_SNAPSHOTS === '1');
  const close = (s: typeof server) =>
    new Promise<void>((done) => {
      s.closeAllConnections();
      s.close(() => done());
    });
  return async () => {
    await close(server);
    await close(elsewhere.server);
  };
}
