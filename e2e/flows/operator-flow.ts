import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Mapping, OrderStatus } from '../../utils/zenky/schemas';
import type { LaunchedExtension } from '../support/launch-extension';

import { DEMO_NOTIFY_CODES, KIND_FOR_FRONTPAD_NAME } from './kind-for-frontpad-name';
import { connectInOptions, openStatusesThroughMenu, saveWithPreview } from './steps';

export interface FlowEnvironment {
  extension: LaunchedExtension;
  frontpadUrl: string;
  zenky: { baseUrl: string; storeId: string; token: string; webhookUrl: string };
  screenshotDir: string;
  log: (line: string) => void;
}

export interface FlowResult {
  scraped: number;
  syncedRevision: number;
  webhookOrderStatus: string;
  sixthNotifyDisabled: boolean;
  mappedStatusForCode10: string;
  screenshots: string[];
}

const WEBHOOK_ORDER_ID = 1000020;

/**
 * Walks the operator's path on the stand-ins: connect, open «Справочники → Статусы» through
 * the page's menu, sync from the in-page control, map by Zenky kind, mark five statuses, turn
 * webhooks on, and let a Frontpad-style webhook move an order.
 */
export async function runOperatorFlow(env: FlowEnvironment): Promise<FlowResult> {
  const { extension, zenky, log } = env;
  mkdirSync(env.screenshotDir, { recursive: true });
  const screenshots: string[] = [];
  const shot = (name: string) => {
    const path = join(env.screenshotDir, name);
    screenshots.push(path);
    return path;
  };

  log('Setting the Zenky connection in the options page');
  const options = await connectInOptions(extension, zenky);

  log('Opening «Справочники → Статусы» through the Frontpad menu');
  const { frontpad, control } = await openStatusesThroughMenu(extension, env.frontpadUrl);
  await control.getByText('Прочитано статусов: 9').waitFor();
  const scraped = Number(
    /(\d+)/.exec((await control.locator('.count').textContent()) ?? '')?.[1] ?? NaN,
  );
  log(`The in-page control read ${scraped} statuses; syncing them`);

  await control.getByRole('button', { name: 'Синхронизировать с Zenky' }).click();
  await control.locator('.result.ok').waitFor();
  await control.locator('.panel').screenshot({ path: shot('in-page-control.png') });

  log('Mapping the statuses by Zenky kind and marking five for webhooks');
  const orderStatuses = await fetchOrderStatuses(zenky);
  await options.reload();
  const rows = options.locator('#mapping-table tbody tr');
  await rows.first().waitFor();

  for (const row of await rows.all()) {
    const code = Number(await row.getAttribute('data-code'));
    const name = (await row.locator('td').nth(1).locator('label').textContent()) ?? '';
    const kind = KIND_FOR_FRONTPAD_NAME[name];
    const target = orderStatuses.find((status) => status.kind === kind);
    if (!target)
      throw new Error(`No Zenky status of kind ${kind} for Frontpad «${name}» (${code})`);

    await row.locator('select').selectOption(target.id);
  }

  for (const code of DEMO_NOTIFY_CODES) {
    await options.locator(`#notify-${code}`).check();
  }
  const sixthNotifyDisabled = await options.locator('#notify-1').isDisabled();

  await saveWithPreview(options);
  await options.getByTestId('last-sync').locator('.result.ok', { hasText: 'ревизия' }).waitFor();

  log('Turning status webhooks on in Zenky');
  await options.locator('#webhooks-enabled').click();
  await options.getByTestId('webhooks-state').filter({ hasText: 'включены' }).waitFor();
  await options.screenshot({ path: shot('options.png'), fullPage: true });

  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(extension.extensionUrl('popup.html'));
  await popup.getByTestId('notice-manual-sync').waitFor();
  await popup.screenshot({ path: shot('popup.png'), fullPage: true });

  const mapping = await fetchMapping(zenky);
  const code10 = mapping.items.find((item) => item.frontpad_code === 10);
  const mappedStatusForCode10 =
    orderStatuses.find((status) => status.id === code10?.order_status_id)?.name ?? '';

  log(`Posting a Frontpad webhook for order ${WEBHOOK_ORDER_ID}, status 10`);
  await postFrontpadWebhook(zenky.webhookUrl, WEBHOOK_ORDER_ID, 10);
  const webhookOrderStatus = await fetchOrderStatusName(zenky.baseUrl, WEBHOOK_ORDER_ID);

  await Promise.all([options.close(), frontpad.close(), popup.close()]);

  return {
    scraped,
    syncedRevision: mapping.revision,
    webhookOrderStatus,
    sixthNotifyDisabled,
    mappedStatusForCode10,
    screenshots,
  };
}

function zenkyHeaders(zenky: FlowEnvironment['zenky']) {
  return { Authorization: `Bearer ${zenky.token}`, 'X-Store-Id': zenky.storeId };
}

export async function fetchOrderStatuses(zenky: FlowEnvironment['zenky']): Promise<OrderStatus[]> {
  const response = await fetch(`${zenky.baseUrl}/v2/order-statuses`, {
    headers: zenkyHeaders(zenky),
  });
  return ((await response.json()) as { data: OrderStatus[] }).data;
}

export async function fetchMapping(zenky: FlowEnvironment['zenky']): Promise<Mapping> {
  const response = await fetch(`${zenky.baseUrl}/v2/exchange/frontpad/status-mapping`, {
    headers: zenkyHeaders(zenky),
  });
  return ((await response.json()) as { data: Mapping }).data;
}

async function postFrontpadWebhook(url: string, orderId: number, status: number): Promise<void> {
  const datetime = new Date().toISOString().slice(0, 19).replace('T', ' ');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action: 'change_status', order_id: orderId, status, datetime }),
  });
  if (!response.ok) throw new Error(`Webhook POST answered ${response.status}`);
}

async function fetchOrderStatusName(baseUrl: string, orderId: number): Promise<string> {
  const response = await fetch(`${baseUrl}/dev/orders/${orderId}`);
  const body = (await response.json()) as { data: { status: { name: string } } };
  return body.data.status.name;
}
