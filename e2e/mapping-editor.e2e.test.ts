import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Mapping, MappingItem } from '../utils/zenky/schemas';

import { fetchMapping } from './flows/operator-flow';
import {
  connectInOptions,
  openStatusesThroughMenu,
  readBadgeText,
  saveWithPreview,
} from './flows/steps';
import { buildLocalExtension } from './support/build-extension';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startStandIns, type StandIns } from './support/stand-ins';

/** Writes a mapping straight to the stand-in, as another Zenky user would. */
async function putAsSecondWriter(
  zenky: StandIns['zenky'],
  baseRevision: number,
  items: MappingItem[],
): Promise<Mapping> {
  const response = await fetch(`${zenky.baseUrl}/v2/exchange/frontpad/status-mapping`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${zenky.token}`,
      'X-Store-Id': zenky.storeId,
      'Content-Type': 'application/json',
      'If-Match': `"${baseRevision}"`,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({ items }),
  });
  if (!response.ok) throw new Error(`Second writer PUT answered ${response.status}`);

  return ((await response.json()) as { data: Mapping }).data;
}

describe('mapping editor in Chromium', () => {
  let standIns: StandIns;
  let extension: LaunchedExtension;
  let options: Page;
  let frontpad: Page;
  let control: Locator;

  beforeAll(async () => {
    const extensionPath = buildLocalExtension();
    standIns = await startStandIns();
    extension = await launchExtension(extensionPath);

    options = await connectInOptions(extension, standIns.zenky);
    ({ frontpad, control } = await openStatusesThroughMenu(extension, standIns.frontpadAppUrl));
    await control.getByText('Прочитано статусов: 9').waitFor();

    await options.reload();
    await options.getByTestId('suggest').click();
    await saveWithPreview(options);
    await options.getByTestId('last-sync').locator('.result.ok').waitFor();
  });

  afterAll(async () => {
    await extension?.close();
    await standIns?.close();
  });

  it('saves the suggested mapping', async () => {
    const mapping = await fetchMapping(standIns.zenky);
    const unmapped = mapping.items.filter((item) => item.order_status_id === null);

    expect(unmapped).toEqual([]);
  });

  it('refreshes the in-page panel after the sync', async () => {
    await control.getByText('сопоставлено: 9').waitFor();

    expect(await control.locator('.result.ok').count()).toBe(1);
  });

  it('clears the badge once all is mapped', async () => {
    expect(await readBadgeText(extension)).toBe('');
  });

  describe('after Frontpad changes its statuses', () => {
    beforeAll(async () => {
      await frontpad.evaluate(() => {
        const table = document.querySelector('#statuses') as HTMLTableElement;
        const rows = Array.from(table.rows);
        const onTheWay = rows.find((row) => row.cells[1]?.textContent === '4');
        const paused = rows.find((row) => row.cells[1]?.textContent === '14');
        if (onTheWay?.cells[0]) onTheWay.cells[0].textContent = 'В дороге';
        paused?.remove();

        const added = table.insertRow();
        for (const text of ['Возврат', '16', '', 'Да', '']) added.insertCell().textContent = text;
      });
      await control.getByText('Прочитано статусов: 9, сопоставлено: 8').waitFor();
    });

    it('shows the unmapped count on the badge', async () => {
      await expect.poll(() => readBadgeText(extension)).toBe('1');
    });

    it('lists the added status in the editor', async () => {
      await options.reload();
      const added = options.getByTestId('drift').locator('[data-drift="added"]');

      expect(await added.textContent()).toContain('16');
    });

    it('lists the removed status in the editor', async () => {
      const removed = options.getByTestId('drift').locator('[data-drift="removed"]');

      expect(await removed.textContent()).toContain('На паузе');
    });

    it('lists the renamed status in the editor', async () => {
      const renamed = options.getByTestId('drift').locator('[data-drift="renamed"]');

      expect(await renamed.textContent()).toContain('В дороге');
    });

    it('shows a row for the added status', async () => {
      expect(await options.locator('tr[data-code="16"]').count()).toBe(1);
    });

    it('summarizes the drift in the popup', async () => {
      const popup = await extension.context.newPage();
      await popup.goto(extension.extensionUrl('popup.html'));
      const text = await popup.getByTestId('popup-drift').textContent();
      await popup.close();

      expect(text).toContain('добавлено 1, удалено 1, переименовано 1');
    });
  });

  describe('when a second writer changes the mapping', () => {
    let theirs: Mapping;

    beforeAll(async () => {
      const current = await fetchMapping(standIns.zenky);
      const items = current.items.map((item) =>
        item.frontpad_code === 1 ? { ...item, frontpad_name: 'Новый (их правка)' } : item,
      );
      theirs = await putAsSecondWriter(standIns.zenky, current.revision, items);

      await options.locator('#zenky-status-16').selectOption({ index: 12 });
      await saveWithPreview(options);
      await options.getByTestId('conflict').waitFor();
    });

    it('reports the conflict instead of writing', async () => {
      const mapping = await fetchMapping(standIns.zenky);

      expect(mapping.revision).toBe(theirs.revision);
    });

    it('shows their version row by row', async () => {
      const row = options.getByTestId('conflict').locator('tr[data-code="16"]');

      expect(await row.textContent()).toContain('— нет строки —');
    });

    it('writes the rows the operator chose', async () => {
      const conflict = options.getByTestId('conflict');
      await conflict.locator('tr[data-code="16"] input[type="radio"]').first().check();
      await conflict.getByRole('button', { name: 'Применить выбор по строкам' }).click();
      await options.getByTestId('conflict').waitFor({ state: 'detached' });

      await expect
        .poll(async () => (await fetchMapping(standIns.zenky)).revision)
        .toBe(theirs.revision + 1);
      const mapping = await fetchMapping(standIns.zenky);
      const added = mapping.items.find((item) => item.frontpad_code === 16);

      expect(added?.order_status_id).not.toBeNull();
    });
  });
});
