import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';

import { serveFolder, type StaticServer } from './static-server';

export interface StandIns {
  zenky: RunningZenkyServer;
  frontpad: StaticServer;
  frontpadAppUrl: string;
  close: () => Promise<void>;
}

/** Starts the Zenky stand-in on a fresh database and serves the Frontpad stand-in pages. */
export async function startStandIns(log: (line: string) => void = () => {}): Promise<StandIns> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zfa-zenky-'));
  const zenky = await startZenkyServer({ port: 0, dbPath: join(dataDir, 'zenky.sqlite'), log });
  const frontpad = await serveFolder(resolve('dev/frontpad'));

  return {
    zenky,
    frontpad,
    frontpadAppUrl: `${frontpad.baseUrl}/app.html`,
    close: async () => {
      await Promise.all([zenky.close(), frontpad.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
