import type { Browser, CDPSession } from 'playwright-core';

/** A DevTools protocol session with one target, such as the extension's service worker. */
export interface TargetSession {
  send: <T = unknown>(method: string, params?: Record<string, unknown>) => Promise<T>;
  detach: () => Promise<void>;
}

interface ProtocolReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Attaches to the first target of `type` whose URL starts with `urlPrefix`. Playwright opens
 * DevTools sessions for pages and frames only, so service workers are reached through the
 * browser session's `Target.sendMessageToTarget` (the non-flattened protocol mode).
 */
export async function attachToTarget(
  browser: Browser,
  type: string,
  urlPrefix: string,
): Promise<TargetSession> {
  const session: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === type && info.url.startsWith(urlPrefix));
  if (!target) throw new Error(`No ${type} target at ${urlPrefix} to attach to`);

  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });

  let lastId = 0;
  const waiting = new Map<number, (reply: ProtocolReply) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;

    const reply = JSON.parse(event.message) as ProtocolReply;
    if (reply.id === undefined) return;

    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });

  return {
    send: async <T>(method: string, params: Record<string, unknown> = {}) => {
      const id = ++lastId;
      const replied = new Promise<ProtocolReply>((resolve) => waiting.set(id, resolve));
      const message = JSON.stringify({ id, method, params });
      await session.send('Target.sendMessageToTarget', { sessionId, message });

      const reply = await replied;
      if (reply.error) throw new Error(`${method} failed in the ${type}: ${reply.error.message}`);

      return reply.result as T;
    },
    detach: () => session.detach(),
  };
}
