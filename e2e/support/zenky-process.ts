import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** What `dev/zenky-server/main.ts` prints as its last start-up line. */
interface StartupLine {
  base_url: string;
  store_id: string;
  token: string;
  webhook_url: string;
}

export interface ZenkyProcess {
  baseUrl: string;
  storeId: string;
  token: string;
  /** Kills the server with SIGKILL, as a crash would, and waits for the process to end. */
  kill: () => Promise<void>;
  /** Starts the server again on the same port and SQLite file. */
  restart: () => Promise<void>;
  /** Stops the server and deletes its database. */
  close: () => Promise<void>;
}

const START_TIMEOUT_MS = 20_000;

/**
 * Runs the stand-in Zenky API as its own process (`node --import tsx`, one process, so that
 * SIGKILL ends the server itself), on a new SQLite file. The first start picks a free port;
 * restarts reuse it, so the extension's saved address stays right.
 */
export async function startZenkyProcess(
  log: (line: string) => void = () => {},
): Promise<ZenkyProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zfa-zenky-process-'));
  const dbPath = join(dataDir, 'zenky.sqlite');

  let child = spawnServer(0, dbPath, log);
  const first = await readStartup(child);
  const port = new URL(first.base_url).port;

  const kill = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  };

  return {
    baseUrl: first.base_url,
    storeId: first.store_id,
    token: first.token,
    kill,
    restart: async () => {
      child = spawnServer(Number(port), dbPath, log);
      await readStartup(child);
    },
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function spawnServer(port: number, dbPath: string, log: (line: string) => void): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      resolve('dev/zenky-server/main.ts'),
      '--port',
      String(port),
      '--db',
      dbPath,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => log(`[zenky stderr] ${chunk.toString().trim()}`));
  return child;
}

/** Waits for the JSON line the server prints once it listens. */
function readStartup(child: ChildProcess): Promise<StartupLine> {
  return new Promise((resolveStartup, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The stand-in server did not start within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The stand-in server exited with ${code} before it listened`));
    });

    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;

      clearTimeout(timer);
      resolveStartup(JSON.parse(line) as StartupLine);
    });
  });
}
