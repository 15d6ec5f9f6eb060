import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubHttpServer {
  /** Such as `http://127.0.0.1:40123`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Starts a loopback HTTP server that handles requests with `listener`. */
export async function startStubServer(listener: RequestListener): Promise<StubHttpServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Returns a loopback URL on which nothing listens: the port of a server that has closed. */
export async function findClosedPortUrl(): Promise<string> {
  const stub = await startStubServer(() => {});
  await stub.close();
  return stub.url;
}
