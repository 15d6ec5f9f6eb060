import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { startZenkyServer } from './server';

const USAGE = `Usage: npm run dev:zenky -- [--port N] [--db PATH] [--reset]

Starts the stand-in Zenky API on 127.0.0.1.
  --port N     TCP port to listen on (default 8787; 0 picks a free one)
  --db PATH    SQLite file (default dev/zenky-server/data/zenky.sqlite)
  --reset      delete the database file first, so that it is seeded again`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      db: { type: 'string', default: 'dev/zenky-server/data/zenky.sqlite' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });

  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid --port ${values.port}: expected an integer from 0 to 65535.`);
  }
  return { port, dbPath: values.db, reset: values.reset, help: values.help };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }

  if (options.reset) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      rmSync(`${options.dbPath}${suffix}`, { force: true });
    }
  }
  const isNew = !existsSync(options.dbPath);
  mkdirSync(dirname(options.dbPath), { recursive: true });

  const server = await startZenkyServer({
    port: options.port,
    dbPath: options.dbPath,
    log: (line) => console.log(`[zenky] ${line}`),
  });

  console.log(`Stand-in Zenky API listening on ${server.baseUrl}`);
  console.log(`  database:    ${options.dbPath}${isNew ? ' (new, seeded)' : ''}`);
  console.log(`  store id:    ${server.storeId}`);
  console.log(`  API token:   ${server.token} (fixed dev token, valid only here)`);
  console.log(`  webhook URL: ${server.webhookUrl}`);
  console.log(
    JSON.stringify({
      base_url: server.baseUrl,
      store_id: server.storeId,
      token: server.token,
      webhook_url: server.webhookUrl,
    }),
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`Received ${signal}, stopping.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Failed to stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Stand-in Zenky API failed to start:', error);
  process.exit(1);
});
