import type { TestProject } from 'vitest/node';
import { startFaultServer } from '../fault-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fault server (real HTTP on 127.0.0.1). */
    faultServer: string;
    /** Whether missing SVG snapshots may be written (never in CI). */
    updateSnapshots: boolean;
  }
}

/** Starts the real HTTP server the widgets' error-state tests fetch from, for the whole run. */
export default async function setup(project: TestProject) {
  const { url, server } = await startFaultServer();
  project.provide('faultServer', url);
  project.provide('updateSnapshots', process.env.DV_UPDATE_SNAPSHOTS === '1');
  return () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
}
