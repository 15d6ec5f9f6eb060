import type { Locator, Page } from 'playwright-core';

import type { OrderStatus } from '../../utils/zenky/schemas';
import type { LaunchedExtension } from '../support/launch-extension';

import { DEMO_NOTIFY_CODES, KIND_FOR_FRONTPAD_NAME } from './kind-for-frontpad-name';

export interface ZenkyStandIn {
  baseUrl: string;
  storeId: string;
  token: string;
  webhookUrl: string;
}

/** Checklist step ids, as `data-item` in the popup and the options page. */
export const SETUP_STEPS = [
  'statuses-read',
  'all-mapped',
  'notify-marked',
  'mapping-synced',
  'webhooks-on',
  'url-in-frontpad',
  'frontpad-restarted',
] as const;

export type SetupStep = (typeof SETUP_STEPS)[number];

const WAIT_MS = 10_000;

/** Enters the Zenky connection in the options page and submits the form. */
export async function connectZenky(options: Page, zenky: ZenkyStandIn): Promise<void> {
  await options.fill('#base-url', zenky.baseUrl);
  await options.fill('#store-id', zenky.storeId);
  await options.fill('#token', zenky.token);
  await options.press('#token', 'Enter');

  // The checklist offers the webhook switch once Zenky's settings have been loaded.
  await options.getByTestId('setup-webhooks-switch').waitFor({ timeout: WAIT_MS });
}

/**
 * Saves and syncs a mapping by Zenky kind with the demo's five webhook codes. It sends the
 * options page's own `mapping/save-and-sync` message, so that this test does not depend on
 * the mapping editor's layout, which its own end-to-end test covers.
 */
export async function saveDemoMapping(
  options: Page,
  frontpadStatuses: { code: number; name: string }[],
  orderStatuses: OrderStatus[],
): Promise<void> {
  const changes = frontpadStatuses.map((status) => {
    const kind = KIND_FOR_FRONTPAD_NAME[status.name];
    const target = orderStatuses.find((orderStatus) => orderStatus.kind === kind);
    if (!target) throw new Error(`No Zenky status of kind ${kind} for «${status.name}»`);

    return {
      frontpad_code: status.code,
      order_status_id: target.id,
      notify: DEMO_NOTIFY_CODES.includes(status.code),
    };
  });

  await sendPageRequest(options, { type: 'mapping/save-and-sync', changes });
}

/** Sends a request from an extension page, as its UI does, and returns the reply's value. */
export async function sendPageRequest<T>(page: Page, request: object): Promise<T> {
  const reply = await page.evaluate((message) => {
    const api = (globalThis as unknown as { chrome: ExtensionRuntime }).chrome;
    return api.runtime.sendMessage(message);
  }, request);

  const typed = reply as { ok: true; value: T } | { ok: false; error: unknown };
  if (!typed.ok) throw new Error(`Request failed: ${JSON.stringify(reply)}`);

  return typed.value;
}

interface ExtensionRuntime {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
}

/** Returns the checklist item of a step. */
export function setupItem(page: Page, step: SetupStep): Locator {
  return page.locator(`[data-testid="setup-checklist"] [data-item="${step}"]`);
}

/** Returns the steps marked done in the checklist on `page`. */
export async function doneSteps(page: Page): Promise<SetupStep[]> {
  await page.getByTestId('setup-checklist').waitFor();
  const done: SetupStep[] = [];

  for (const step of SETUP_STEPS) {
    if ((await setupItem(page, step).getAttribute('data-done')) === 'true') done.push(step);
  }

  return done;
}

/**
 * Reloads the popup until a step shows `done`, because the popup reads the background's state
 * when it opens, as a real popup does each time it is opened.
 */
export async function waitForStep(popup: Page, step: SetupStep, done: boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;

  for (;;) {
    await popup.reload();
    const item = setupItem(popup, step);
    // A finished checklist is folded, so its items are attached but hidden.
    await item.waitFor({ state: 'attached' });
    if ((await item.getAttribute('data-done')) === String(done)) return;

    if (Date.now() > deadline) {
      throw new Error(`Checklist step ${step} did not become done=${done}`);
    }
    await popup.waitForTimeout(200);
  }
}

/** Opens «Настройки → Общие» with the API dialog, as `app.html#settings/api` does. */
export async function openApiDialog(extension: LaunchedExtension, frontpadUrl: string) {
  const page = await extension.context.newPage();
  await page.goto(`${frontpadUrl}#settings/api`);

  const field = page.locator('#popup input[name="webhook_url"]');
  const hint = page.locator('#popup zenky-webhook-field-hint');
  await hint.waitFor({ timeout: WAIT_MS });

  return { page, field, hint };
}

/** Waits until the hint shows `state` (empty, equal, foreign, confirm or no-url). */
export async function waitForHintState(hint: Locator, state: string): Promise<void> {
  await hint.and(hint.page().locator(`[data-state="${state}"]`)).waitFor({ timeout: WAIT_MS });
}

/** Reads the Zenky stand-in's Frontpad exchange settings. */
export async function fetchZenkySettings(zenky: ZenkyStandIn) {
  const response = await fetch(`${zenky.baseUrl}/v2/exchange/frontpad/settings`, {
    headers: { Authorization: `Bearer ${zenky.token}`, 'X-Store-Id': zenky.storeId },
  });
  const body = (await response.json()) as {
    data: { status_webhooks_enabled: boolean; webhook_url: string };
  };

  return body.data;
}

/** Reads the store's order statuses from the Zenky stand-in. */
export async function fetchZenkyOrderStatuses(zenky: ZenkyStandIn): Promise<OrderStatus[]> {
  const response = await fetch(`${zenky.baseUrl}/v2/order-statuses`, {
    headers: { Authorization: `Bearer ${zenky.token}`, 'X-Store-Id': zenky.storeId },
  });

  return ((await response.json()) as { data: OrderStatus[] }).data;
}
