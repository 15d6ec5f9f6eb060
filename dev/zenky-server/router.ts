import type { IncomingMessage } from 'node:http';
import type { ZenkyDb } from './db';
import type { FaultQueue } from './faults';
import type { JsonReply } from './http-helpers';

/** Request, route parameters and server state passed to a route handler. */
export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  /** Values of the `:name` segments of the route pattern. */
  params: Record<string, string>;
  /**
   * Reads the whole request body once and returns the same text on every call. The server may
   * read it before a fault delays the request, so that the handler still gets the body after
   * the client has gone.
   */
  readBody: () => Promise<string>;
  db: ZenkyDb;
  /** Origin the server listens on, such as `http://127.0.0.1:8787`, without a trailing slash. */
  baseUrl: string;
  faults: FaultQueue;
  /** Aborted when the server closes, so that delayed replies stop waiting. */
  closing: AbortSignal;
  log: (line: string) => void;
}

export type RouteHandler = (ctx: RequestContext) => JsonReply | Promise<JsonReply>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with `:name` segments, such as `/dev/orders/:frontpadOrderId`. */
  pattern: string;
  handler: RouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/');
  const pathParts = pathname.split('/');
  if (patternParts.length !== pathParts.length) {
    return undefined;
  }

  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index]!;
    if (part.startsWith(':')) {
      if (actual === '') {
        return undefined;
      }
      const value = decodeSegment(actual);
      if (value === undefined) {
        return undefined;
      }
      params[part.slice(1)] = value;
    } else if (part !== actual) {
      return undefined;
    }
  }
  return params;
}

/** Finds the route for a request, or the allowed methods when only the path matches. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, pathname);
    if (params === undefined) {
      continue;
    }
    if (route.method === method) {
      return { kind: 'found', route, params };
    }
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
}
