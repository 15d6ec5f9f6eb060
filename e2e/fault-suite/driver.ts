import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import type { PlayedFault } from '../../dev/zenky-server/faults';
import type { StoredRevision } from '../../dev/zenky-server/mapping-store';
import type { AppState, Reply } from '../../utils/messages/state';
import type { SyncTuning } from '../../utils/storage/sync-tuning-record';
import type { Mapping, MappingItem } from '../../utils/zenky/schemas';
import { connectInOptions, openStatusesThroughMenu, saveWithPreview } from '../flows/steps';
import { launchExtension, type LaunchedExtension } from '../support/launch-extension';
import { controlServiceWorker, type ServiceWorkerControl } from '../support/service-worker-control';
import { serveFolder, type StaticServer } from '../support/static-server';
import { startZenkyProcess, type ZenkyProcess } from '../support/zenky-process';

const MAPPING_PATH = '/v2/exchange/frontpad/status-mapping';

/**
 * Timing of the extension during the suite: retries from 1 s (Chromium fires alarms of an
 * unpacked extension about once a second at most), up to 4 s, and 1.5 s per request.
 */
export const SUITE_TUNING: SyncTuning = { firstRetryMs: 1000, maxRetryMs: 4000, timeoutMs: 1500 };

/** Longer than `SUITE_TUNING.timeoutMs`, so that a delayed reply times the request out. */
export const TIMEOUT_FAULT_DELAY_MS = 2000;

/** A fault for `POST /dev/faults`. */
export type FaultSpec = Record<string, unknown>;

interface ExtensionApi {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  action: { getBadgeText: (details: object) => Promise<string> };
}

/**
 * Drives the extension in Chromium and the stand-ins for the fault suite: edits through the
 * options page, faults through the stand-in server, and the server, the service worker and
 * the browser stopped and started again.
 */
export class FaultSuiteDriver {
  private played: PlayedFault[] = [];
  private playedSinceStart = 0;

  private constructor(
    readonly zenky: ZenkyProcess,
    private readonly frontpad: StaticServer,
    private readonly extensionPath: string,
    private readonly profileDir: string,
    private extension: LaunchedExtension,
    private optionsPage: Page,
    private worker: ServiceWorkerControl,
  ) {}

  static async start(extensionPath: string): Promise<FaultSuiteDriver> {
    const zenky = await startZenkyProcess();
    const frontpad = await serveFolder(resolve('dev/frontpad'));
    const profileDir = mkdtempSync(join(tmpdir(), 'zfa-fault-profile-'));
    const extension = await launchExtension(extensionPath, { userDataDir: profileDir });

    const options = await connectInOptions(extension, zenky);
    const { control, frontpad: frontpadPage } = await openStatusesThroughMenu(
      extension,
      `${frontpad.baseUrl}/app.html`,
    );
    await control.getByText('Прочитано статусов: 9').waitFor();
    await frontpadPage.close();

    const worker = await controlServiceWorker(options, extension.extensionId);
    const driver = new FaultSuiteDriver(
      zenky,
      frontpad,
      extensionPath,
      profileDir,
      extension,
      options,
      worker,
    );
    await driver.writeTuning(SUITE_TUNING);
    return driver;
  }

  get options(): Page {
    return this.optionsPage;
  }

  /** Frontpad codes of the statuses the extension read, in page order. */
  async catalogCodes(): Promise<number[]> {
    const state = await this.appState();
    return (state.catalog?.statuses ?? []).map((status) => status.code);
  }

  /** Ids of the store's Zenky statuses that the operator can choose. */
  async zenkyStatusIds(): Promise<string[]> {
    const state = await this.appState();
    return state.orderStatuses.filter((status) => !status.is_hidden).map((status) => status.id);
  }

  /** Stores the shorter timing in the extension's database, where the local build reads it. */
  private async writeTuning(tuning: SyncTuning): Promise<void> {
    await this.optionsPage.evaluate(async (value) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('zenky-frontpad-assistant');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise((done, fail) => {
        const tx = db.transaction('kv', 'readwrite');
        tx.objectStore('kv').put(value, 'syncTuning');
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, tuning);
  }

  /** Sends a message from the options page, as its UI does; a closed port gives null. */
  async send<T>(message: unknown): Promise<Reply<T> | null> {
    return this.optionsPage
      .evaluate((body) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        return api.runtime.sendMessage(body);
      }, message)
      .then((reply) => reply as Reply<T>)
      .catch(() => null);
  }

  /** Maps one code (null: unmapped) through the background message the mapping editor sends. */
  async editByMessage(code: number, statusId: string | null): Promise<void> {
    await this.send({
      type: 'mapping/save-and-sync',
      changes: [{ frontpad_code: code, order_status_id: statusId, notify: false }],
    });
  }

  /** Maps one code in the options page: the select, «Сохранить и синхронизировать», confirm. */
  async editInUi(code: number, statusId: string): Promise<void> {
    await this.optionsPage.reload();
    await this.optionsPage.locator(`#zenky-status-${code}`).selectOption(statusId);
    await saveWithPreview(this.optionsPage);
  }

  async appState(): Promise<AppState> {
    const reply = await this.send<AppState>({ type: 'state/get' });
    if (!reply?.ok) throw new Error(`state/get failed: ${JSON.stringify(reply)}`);
    return reply.value;
  }

  async badgeText(): Promise<string> {
    return this.optionsPage.evaluate(() => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return api.action.getBadgeText({});
    });
  }

  async addFault(fault: FaultSpec): Promise<void> {
    const response = await fetch(`${this.zenky.baseUrl}/dev/faults`, {
      method: 'POST',
      body: JSON.stringify(fault),
    });
    if (response.status !== 201) {
      throw new Error(`POST /dev/faults answered ${response.status}: ${await response.text()}`);
    }
  }

  /** Faults still waiting for a request; a checkpoint requires none. */
  async pendingFaults(): Promise<number> {
    const body = (await (await fetch(`${this.zenky.baseUrl}/dev/faults`)).json()) as {
      data: { pending: unknown[] };
    };
    return body.data.pending.length;
  }

  /** Adds the faults the running server played since the last call to the total. */
  async collectPlayed(): Promise<PlayedFault[]> {
    const body = (await (await fetch(`${this.zenky.baseUrl}/dev/faults`)).json()) as {
      data: { played: PlayedFault[] };
    };
    this.played.push(...body.data.played.slice(this.playedSinceStart));
    this.playedSinceStart = body.data.played.length;
    return this.played;
  }

  async serverMapping(): Promise<Mapping> {
    const response = await fetch(`${this.zenky.baseUrl}${MAPPING_PATH}`, {
      headers: { Authorization: `Bearer ${this.zenky.token}`, 'X-Store-Id': this.zenky.storeId },
    });
    return ((await response.json()) as { data: Mapping }).data;
  }

  async revisions(): Promise<StoredRevision[]> {
    const url = `${this.zenky.baseUrl}/dev/mapping-revisions?store_id=${this.zenky.storeId}`;
    return ((await (await fetch(url)).json()) as { data: StoredRevision[] }).data;
  }

  /** Writes one code straight to Zenky on its current revision, as another Zenky user would. */
  async writeAsOtherUser(code: number, statusId: string): Promise<Mapping> {
    const current = await this.serverMapping();
    const items: MappingItem[] = current.items.map((item) =>
      item.frontpad_code === code ? { ...item, order_status_id: statusId } : item,
    );
    const response = await fetch(`${this.zenky.baseUrl}${MAPPING_PATH}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${this.zenky.token}`,
        'X-Store-Id': this.zenky.storeId,
        'Content-Type': 'application/json',
        'If-Match': `"${current.revision}"`,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: JSON.stringify({ items }),
    });
    if (!response.ok) throw new Error(`The other user's PUT answered ${response.status}`);
    return ((await response.json()) as { data: Mapping }).data;
  }

  async killServer(): Promise<void> {
    await this.collectPlayed();
    await this.zenky.kill();
    this.playedSinceStart = 0;
  }

  async restartServer(): Promise<void> {
    await this.zenky.restart();
  }

  async stopServiceWorker(): Promise<void> {
    await this.worker.stop();
  }

  /** Waits until the browser starts the stopped worker by itself; returns the time taken. */
  async waitForWorkerRestart(timeoutMs: number): Promise<number> {
    return this.worker.waitUntilRestarted(timeoutMs);
  }

  /** Closes the whole browser; `reopenBrowser` starts it on the same profile. */
  async closeBrowser(): Promise<void> {
    await this.worker.detach().catch(() => undefined);
    await this.extension.close();
  }

  async reopenBrowser(): Promise<void> {
    this.extension = await launchExtension(this.extensionPath, { userDataDir: this.profileDir });
    this.optionsPage = await this.extension.context.newPage();
    await this.optionsPage.goto(this.extension.extensionUrl('options.html'));
    this.worker = await controlServiceWorker(this.optionsPage, this.extension.extensionId);
  }

  /** Polls until `check` returns true, and fails with `describe()` after `timeoutMs`. */
  async waitUntil(
    check: () => Promise<boolean>,
    timeoutMs: number,
    describe: () => Promise<string>,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`Timed out after ${timeoutMs} ms: ${await describe()}`);
  }

  async close(): Promise<void> {
    await this.worker.detach().catch(() => undefined);
    await this.extension.close().catch(() => undefined);
    await this.frontpad.close();
    await this.zenky.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
