import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { connectInOptions } from './flows/steps';
import { buildLocalExtension } from './support/build-extension';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startStandIns, type StandIns } from './support/stand-ins';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * What a content script could try to get the token with, run in its isolated world. Each
 * probe returns text (a reply, stored data or the error), which must not contain the token.
 */
const PROBES: Record<string, string> = {
  'connection/get message': `chrome.runtime.sendMessage({ type: 'connection/get' })`,
  'state/get message': `chrome.runtime.sendMessage({ type: 'state/get' })`,
  'connection/test message': `chrome.runtime.sendMessage({ type: 'connection/test', baseUrl: 'http://127.0.0.1:9', storeId: 'x', token: 'x' })`,
  'frontpad/get-state message': `chrome.runtime.sendMessage({ type: 'frontpad/get-state' })`,
  'frontpad/get-webhook-url message': `chrome.runtime.sendMessage({ type: 'frontpad/get-webhook-url' })`,
  'storage.local': `chrome.storage.local.get(null)`,
  'storage.session': `chrome.storage.session.get(null)`,
  'IndexedDB of the extension name': `new Promise((resolve, reject) => {
    const open = indexedDB.open('zenky-frontpad-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('kv')) return resolve('no kv store in ' + location.origin);
      const read = db.transaction('kv').objectStore('kv').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    };
  })`,
  'options page fetched': `fetch(chrome.runtime.getURL('options.html')).then((r) => r.text())`,
};

/** Evaluates `expression` in a context and returns its outcome as text, errors included. */
async function evaluate(session: CDPSession, contextId: number, expression: string) {
  const wrapped = `(async () => {
    try { return JSON.stringify(await (${expression})); }
    catch (error) { return 'error: ' + String(error); }
  })()`;
  const result = (await session.send('Runtime.evaluate', {
    expression: wrapped,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: string } };
  return result.result.value ?? '';
}

describe('token isolation in Chromium', () => {
  let standIns: StandIns;
  let extension: LaunchedExtension;
  let options: Page;
  let session: CDPSession;
  let isolated: ExecutionContext;
  let main: ExecutionContext;
  let extensionPath: string;

  beforeAll(async () => {
    extensionPath = buildLocalExtension();
    standIns = await startStandIns();
    extension = await launchExtension(extensionPath);
    options = await connectInOptions(extension, standIns.zenky);

    const frontpad = await extension.context.newPage();
    session = await extension.context.newCDPSession(frontpad);
    const contexts: ExecutionContext[] = [];
    session.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
      contexts.push(event.context);
    });
    await session.send('Runtime.enable');
    await frontpad.goto(standIns.frontpadAppUrl);

    // The content script's isolated world appears once the script is injected.
    const extensionOrigin = `chrome-extension://${extension.extensionId}`;
    const findIsolated = () =>
      contexts.findLast(
        (context) => context.auxData?.type === 'isolated' && context.origin === extensionOrigin,
      );
    for (let tries = 0; tries < 50 && !findIsolated(); tries++) {
      await new Promise((done) => setTimeout(done, 200));
    }
    const found = findIsolated();
    const page = contexts.findLast((context) => context.auxData?.isDefault === true);
    if (!found || !page) throw new Error('The content script or page context was not found');
    isolated = found;
    main = page;
  });

  afterAll(async () => {
    await extension?.close();
    await standIns?.close();
  });

  it('probes run in the content script', async () => {
    expect(await evaluate(session, isolated.id, 'chrome.runtime.id')).toBe(
      JSON.stringify(extension.extensionId),
    );
  });

  it('options page gets the token', async () => {
    const reply = await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: 'connection/get' }),
    );

    expect(JSON.stringify(reply)).toContain(standIns.zenky.token);
  });

  it.each(Object.entries(PROBES))('content script %s has no token', async (_name, probe) => {
    const outcome = await evaluate(session, isolated.id, probe);

    expect(outcome).not.toBe('');
    expect(outcome).not.toContain(standIns.zenky.token);
  });

  it('connection/get is refused to the content script', async () => {
    const outcome = await evaluate(session, isolated.id, PROBES['connection/get message']!);

    expect(JSON.parse(outcome)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });

  it('page itself cannot message the extension', async () => {
    const outcome = await evaluate(
      session,
      main.id,
      `typeof chrome === 'undefined' || typeof chrome.runtime?.sendMessage`,
    );

    expect(outcome).not.toBe(JSON.stringify('function'));
  });

  it('page sees no token in its DOM', async () => {
    const outcome = await evaluate(session, main.id, 'document.documentElement.outerHTML');

    expect(outcome).not.toContain(standIns.zenky.token);
  });
});

describe('manifest permissions', () => {
  let manifest: Record<string, unknown>;

  beforeAll(() => {
    const path = join(buildLocalExtension(), 'manifest.json');
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  });

  it('asks only for storage and alarms', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
  });

  it('reaches only Frontpad, Zenky and the stand-ins', () => {
    // Production builds leave out http://127.0.0.1/*, which only the stand-in builds add.
    expect(manifest.host_permissions).toEqual([
      'https://app.frontpad.ru/*',
      'https://api.zenky.io/*',
      'http://127.0.0.1/*',
    ]);
  });

  it('asks for other API origins at run time', () => {
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('exposes nothing to web pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
