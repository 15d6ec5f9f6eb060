import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, type ZenkyDb } from './db';
import { FaultQueue } from './faults';
import { CORS_HEADERS, HttpError, PREFLIGHT_HEADERS, readBody, sendReply } from './http-helpers';
import { playFault, type Outcome } from './play-fault';
import { matchRoute, type RequestContext } from './router';
import { API_PATH_PREFIX, ROUTES, WEBHOOK_PATH_PREFIX } from './routes';
import { SEED_STORE, seedDatabase } from './seed';

export interface ZenkyServerOptions {
  /** TCP port. 0, the default, picks a free one. */
  port?: number;
  /** Only loopback: the server has fixed, public dev tokens. */
  host?: '127.0.0.1';
  /** SQLite file, created and seeded when missing. */
  dbPath: string;
  /** Receives one line per request and per webhook, with webhook tokens replaced. */
  log?: (line: string) => void;
}

export interface RunningZenkyServer {
  /** Such as `http://127.0.0.1:8787`, without a trailing slash. */
  baseUrl: string;
  /** Id of the seeded store the extension is set up with. */
  storeId: string;
  /** API token of that store. */
  token: string;
  /** Frontpad webhook URL of that store. */
  webhookUrl: string;
  db: ZenkyDb;
  /** Stops listening, drops open connections and closes the database. */
  close(): Promise<void>;
}

type ServerState = Omit<RequestContext, 'req' | 'url' | 'params' | 'readBody'>;

/** Returns the path for logs, with the secret webhook token replaced. */
function redactPath(pathname: string): string {
  return pathname.startsWith(WEBHOOK_PATH_PREFIX)
    ? `${WEBHOOK_PATH_PREFIX}<webhook token>`
    : pathname;
}

async function route(
  state: ServerState,
  req: IncomingMessage,
  url: URL,
  readBody: () => Promise<string>,
): Promise<Outcome> {
  if (req.method === 'OPTIONS') {
    return { kind: 'reply', reply: { status: 204, headers: PREFLIGHT_HEADERS } };
  }

  const method = req.method ?? 'GET';
  const match = matchRoute(ROUTES, method, url.pathname);
  if (match.kind === 'not_found') {
    throw new HttpError(404, `No route for ${method} ${redactPath(url.pathname)}.`);
  }
  if (match.kind === 'method_not_allowed') {
    const allow = match.allowed.join(', ');
    throw new HttpError(405, `Method ${method} is not allowed here.`, {}, { Allow: allow });
  }

  const ctx: RequestContext = { ...state, req, url, params: match.params, readBody };
  const handler = () => match.route.handler(ctx);
  const fault = url.pathname.startsWith(API_PATH_PREFIX)
    ? state.faults.take(method, url.pathname)
    : undefined;

  if (fault === undefined) return { kind: 'reply', reply: await handler() };
  return playFault(fault, readBody, handler, state.closing);
}

function sendOutcome(res: ServerResponse, outcome: Outcome): void {
  switch (outcome.kind) {
    case 'reply':
      sendReply(res, outcome.reply);
      return;
    case 'raw':
      res.writeHead(outcome.status, {
        ...CORS_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(outcome.text)),
      });
      res.end(outcome.text);
      return;
    case 'drop':
      res.destroy();
      return;
  }
}

async function handle(state: ServerState, req: IncomingMessage, res: ServerResponse) {
  const started = performance.now();
  const url = new URL(req.url ?? '/', state.baseUrl);
  res.on('close', () => {
    const ms = Math.round(performance.now() - started);
    const status = res.writableFinished ? String(res.statusCode) : 'aborted';
    state.log(`${req.method} ${redactPath(url.pathname)} ${status} ${ms}ms`);
  });

  let body: Promise<string> | undefined;
  const readRequestBody = () => (body ??= readBody(req));

  let outcome: Outcome;
  try {
    outcome = await route(state, req, url, readRequestBody);
  } catch (error) {
    if (state.closing.aborted) {
      res.destroy();
      return;
    }
    if (error instanceof HttpError) {
      outcome = { kind: 'reply', reply: error.toReply() };
    } else {
      state.log(`${req.method} ${redactPath(url.pathname)} failed: ${String(error)}`);
      outcome = {
        kind: 'reply',
        reply: { status: 500, body: { message: 'Internal server error.' } },
      };
    }
  }
  sendOutcome(res, outcome);
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the stand-in Zenky API on loopback, with its data in a SQLite file that survives
 * restarts. A new file is seeded with the stores of `seed.ts`.
 */
export async function startZenkyServer(options: ZenkyServerOptions): Promise<RunningZenkyServer> {
  const host = options.host ?? '127.0.0.1';
  const db = openDatabase(options.dbPath);
  seedDatabase(db);

  const closing = new AbortController();
  const state: ServerState = {
    db,
    baseUrl: '',
    faults: new FaultQueue(),
    closing: closing.signal,
    log: options.log ?? (() => {}),
  };
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      state.log(`${req.method} request failed before a reply: ${String(error)}`);
      res.destroy();
    });
  });

  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  state.baseUrl = `http://${host}:${port}`;

  const store = db.prepare('SELECT webhook_token FROM stores WHERE id = ?').get(SEED_STORE.id) as {
    webhook_token: string;
  };

  return {
    baseUrl: state.baseUrl,
    storeId: SEED_STORE.id,
    token: SEED_STORE.token,
    webhookUrl: `${state.baseUrl}${WEBHOOK_PATH_PREFIX}${store.webhook_token}`,
    db,
    async close() {
      closing.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
}
