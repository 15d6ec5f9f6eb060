import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  fetchMapping,
  fetchOrderStatuses,
  runOperatorFlow,
  type FlowResult,
} from './flows/operator-flow';
import { DEMO_NOTIFY_CODES, KIND_FOR_FRONTPAD_NAME } from './flows/kind-for-frontpad-name';
import { buildLocalExtension } from './support/build-extension';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startStandIns, type StandIns } from './support/stand-ins';

describe('operator flow in Chromium', () => {
  let standIns: StandIns;
  let extension: LaunchedExtension;
  let result: FlowResult;

  beforeAll(async () => {
    const extensionPath = buildLocalExtension();
    standIns = await startStandIns();
    extension = await launchExtension(extensionPath);
    result = await runOperatorFlow({
      extension,
      frontpadUrl: standIns.frontpadAppUrl,
      zenky: standIns.zenky,
      screenshotDir: mkdtempSync(join(tmpdir(), 'zfa-e2e-shots-')),
      log: () => {},
    });
  });

  afterAll(async () => {
    await extension?.close();
    await standIns?.close();
  });

  it('reads nine statuses from the page', () => {
    expect(result.scraped).toBe(9);
  });

  it('stores every status on the server', async () => {
    const mapping = await fetchMapping(standIns.zenky);
    const codes = mapping.items.map((item) => item.frontpad_code);

    expect(codes).toEqual([1, 13, 3, 12, 15, 4, 10, 11, 14]);
  });

  it('stores the mapping by kind', async () => {
    const mapping = await fetchMapping(standIns.zenky);
    const statuses = await fetchOrderStatuses(standIns.zenky);

    for (const item of mapping.items) {
      const kind = statuses.find((status) => status.id === item.order_status_id)?.kind;
      expect(kind, `code ${item.frontpad_code}`).toBe(KIND_FOR_FRONTPAD_NAME[item.frontpad_name]);
    }
  });

  it('stores exactly the five marked codes', async () => {
    const mapping = await fetchMapping(standIns.zenky);
    const marked = mapping.items.filter((item) => item.notify).map((item) => item.frontpad_code);

    expect(marked.sort()).toEqual([...DEMO_NOTIFY_CODES].sort());
  });

  it('keeps a sixth webhook checkbox disabled', () => {
    expect(result.sixthNotifyDisabled).toBe(true);
  });

  it('makes two revisions: statuses, then mapping', () => {
    expect(result.syncedRevision).toBe(2);
  });

  it('turns status webhooks on in Zenky', async () => {
    const response = await fetch(`${standIns.zenky.baseUrl}/v2/exchange/frontpad/settings`, {
      headers: {
        Authorization: `Bearer ${standIns.zenky.token}`,
        'X-Store-Id': standIns.zenky.storeId,
      },
    });
    const body = (await response.json()) as { data: { status_webhooks_enabled: boolean } };

    expect(body.data.status_webhooks_enabled).toBe(true);
  });

  it('moves the order to the status mapped to code 10', () => {
    expect(result.webhookOrderStatus).toBe(result.mappedStatusForCode10);
  });

  it('maps code 10 to a completed status', () => {
    expect(result.mappedStatusForCode10).toBe('Завершён');
  });

  it('saves the three screenshots', () => {
    for (const path of result.screenshots) {
      expect(existsSync(path), path).toBe(true);
    }
    expect(result.screenshots).toHaveLength(3);
  });
});
