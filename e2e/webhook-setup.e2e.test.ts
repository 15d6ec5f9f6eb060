import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppState } from '../utils/messages/state';

import {
  connectZenky,
  doneSteps,
  fetchZenkyOrderStatuses,
  fetchZenkySettings,
  openApiDialog,
  saveDemoMapping,
  sendPageRequest,
  setupItem,
  SETUP_STEPS,
  waitForHintState,
  waitForStep,
} from './flows/webhook-setup-steps';
import { buildLocalExtension } from './support/build-extension';
import { launchExtension, type LaunchedExtension } from './support/launch-extension';
import { startStandIns, type StandIns } from './support/stand-ins';

const FOREIGN_URL = 'https://crm.example.org/frontpad/hook?key=7a1f';
const SCREENSHOT_DIR = resolve('artifacts/webhook-setup');

// The steps build on each other, from a fresh profile to a finished setup, so they run in order.
describe('webhook setup in Chromium', () => {
  let standIns: StandIns;
  let extension: LaunchedExtension;
  let extensionCopy: string;
  let options: Page;
  let popup: Page;

  beforeAll(async () => {
    // A copy keeps this run on its own build while another run rebuilds the shared folder.
    extensionCopy = mkdtempSync(join(tmpdir(), 'zfa-webhook-setup-'));
    cpSync(buildLocalExtension(), extensionCopy, { recursive: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });

    standIns = await startStandIns();
    extension = await launchExtension(extensionCopy);

    options = await extension.context.newPage();
    await options.goto(extension.extensionUrl('options.html'));

    popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extension.extensionUrl('popup.html'));
  });

  afterAll(async () => {
    await extension?.close();
    await standIns?.close();
    if (extensionCopy) rmSync(extensionCopy, { recursive: true, force: true });
  });

  it('starts with every step open', async () => {
    expect(await doneSteps(popup)).toEqual([]);
    expect(await doneSteps(options)).toEqual([]);

    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-checklist-open.png') });
    await options
      .getByTestId('setup-checklist')
      .screenshot({ path: join(SCREENSHOT_DIR, 'options-checklist-open.png') });
  });

  it('marks statuses read from the statuses page', async () => {
    await connectZenky(options, standIns.zenky);

    const frontpad = await extension.context.newPage();
    await frontpad.goto(`${standIns.frontpadAppUrl}#spr/statuses`);
    await frontpad.locator('zenky-frontpad-assistant .count').filter({ hasText: '9' }).waitFor();
    await frontpad.close();

    await waitForStep(popup, 'statuses-read', true);
    expect(await doneSteps(popup)).toEqual(['statuses-read']);
  });

  it('marks mapping, webhook marks and sync done', async () => {
    const state = await sendPageRequest<AppState>(options, { type: 'state/get' });
    const orderStatuses = await fetchZenkyOrderStatuses(standIns.zenky);
    await saveDemoMapping(options, state.catalog?.statuses ?? [], orderStatuses);

    await waitForStep(popup, 'mapping-synced', true);
    expect(await doneSteps(popup)).toEqual([
      'statuses-read',
      'all-mapped',
      'notify-marked',
      'mapping-synced',
    ]);
  });

  it('shows the old-extension notice in the popup once', async () => {
    const notice = popup.getByTestId('notice-old-extension');
    await notice.waitFor();
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-old-extension-notice.png') });
    await notice.getByRole('button', { name: 'Понятно' }).click();
    await notice.waitFor({ state: 'detached' });

    await popup.reload();
    await popup.getByTestId('setup-checklist').waitFor();
    expect(await notice.count()).toBe(0);
  });

  it('keeps the old-extension note in the options page', async () => {
    await options.reload();

    await expect(options.getByTestId('note-old-extension').textContent()).resolves.toContain(
      'больше не нужно',
    );
  });

  it('says what turning webhooks on changes', async () => {
    const detail = setupItem(popup, 'webhooks-on').locator('.setup-detail');

    await expect(detail.textContent()).resolves.toContain(
      'ручная синхронизация заказов будет игнорироваться',
    );
  });

  it('turns webhooks on from the popup', async () => {
    await popup.getByTestId('setup-webhooks-switch').click();
    await setupItem(popup, 'webhooks-on').and(popup.locator('[data-done="true"]')).waitFor();

    expect((await fetchZenkySettings(standIns.zenky)).status_webhooks_enabled).toBe(true);
  });

  it('warns that manual order sync is ignored', async () => {
    await popup.getByTestId('notice-manual-sync').waitFor();
  });

  it('turns webhooks off and on again from the popup', async () => {
    await popup.getByTestId('setup-webhooks-switch').click();
    await setupItem(popup, 'webhooks-on').and(popup.locator('[data-done="false"]')).waitFor();
    expect((await fetchZenkySettings(standIns.zenky)).status_webhooks_enabled).toBe(false);

    await popup.getByTestId('setup-webhooks-switch').click();
    await setupItem(popup, 'webhooks-on').and(popup.locator('[data-done="true"]')).waitFor();
    expect((await fetchZenkySettings(standIns.zenky)).status_webhooks_enabled).toBe(true);
  });

  describe('empty Webhook url', () => {
    let page: Page;
    let field: Locator;
    let hint: Locator;

    beforeAll(async () => {
      ({ page, field, hint } = await openApiDialog(extension, standIns.frontpadAppUrl));
    });

    afterAll(async () => {
      await page?.close();
    });

    it('offers to insert Zenky URL', async () => {
      await waitForHintState(hint, 'empty');
      await page.locator('#popup').screenshot({ path: join(SCREENSHOT_DIR, 'dialog-empty.png') });

      await expect(hint.getByRole('button').textContent()).resolves.toBe('Вставить адрес Zenky');
    });

    it('records the empty field', async () => {
      await waitForStep(popup, 'url-in-frontpad', false);

      await expect(
        setupItem(popup, 'url-in-frontpad').locator('.setup-detail').textContent(),
      ).resolves.toContain('поле пустое');
    });

    it('fills the field on click', async () => {
      await hint.getByRole('button', { name: 'Вставить адрес Zenky' }).click();
      await waitForHintState(hint, 'equal');

      expect(await field.inputValue()).toBe(standIns.zenky.webhookUrl);
    });

    it('reminds to save and restart', async () => {
      await expect(hint.locator('.reminder').textContent()).resolves.toContain(
        'Нажмите «Сохранить»',
      );
      await page.locator('#popup').screenshot({ path: join(SCREENSHOT_DIR, 'dialog-filled.png') });
    });

    it('does not save the form itself', async () => {
      expect(await page.evaluate(() => localStorage.getItem('webhook_url'))).toBeNull();
      expect(await page.locator('#popup .saved').isVisible()).toBe(false);
    });

    it('marks the URL step done', async () => {
      await page.locator('#popup .btn.save').click();
      expect(await page.evaluate(() => localStorage.getItem('webhook_url'))).toBe(
        standIns.zenky.webhookUrl,
      );

      await waitForStep(popup, 'url-in-frontpad', true);
    });
  });

  describe('Webhook url already Zenky', () => {
    it('says the field is set correctly', async () => {
      const { page, hint } = await openApiDialog(extension, standIns.frontpadAppUrl);
      await waitForHintState(hint, 'equal');

      await expect(hint.locator('.hint').textContent()).resolves.toContain('всё настроено верно');
      expect(await hint.locator('.reminder').count()).toBe(0);
      await page.close();
    });
  });

  describe('Webhook url of another service', () => {
    let page: Page;
    let field: Locator;
    let hint: Locator;

    beforeAll(async () => {
      ({ page, field, hint } = await openApiDialog(extension, standIns.frontpadAppUrl));
      await page.evaluate((url) => localStorage.setItem('webhook_url', url), FOREIGN_URL);
      await page.reload();
      await hint.waitFor();
    });

    afterAll(async () => {
      await page?.close();
    });

    it('shows the current value and the risk', async () => {
      await waitForHintState(hint, 'foreign');

      await expect(hint.locator('.value').textContent()).resolves.toBe(FOREIGN_URL);
      await expect(hint.locator('.hint').textContent()).resolves.toContain('другой сервис');
      await page.locator('#popup').screenshot({ path: join(SCREENSHOT_DIR, 'dialog-foreign.png') });
    });

    it('records the foreign value for the popup', async () => {
      await waitForStep(popup, 'url-in-frontpad', false);

      await expect(
        setupItem(popup, 'url-in-frontpad').locator('.setup-detail').textContent(),
      ).resolves.toContain(FOREIGN_URL);
      await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-checklist-foreign.png') });
    });

    it('asks for confirmation before replacing', async () => {
      await hint.getByRole('button', { name: 'Заменить адресом Zenky…' }).click();
      await waitForHintState(hint, 'confirm');

      await expect(hint.locator('.value').textContent()).resolves.toBe(FOREIGN_URL);
      expect(await field.inputValue()).toBe(FOREIGN_URL);
      await page.locator('#popup').screenshot({ path: join(SCREENSHOT_DIR, 'dialog-confirm.png') });
    });

    it('keeps the value when cancelled', async () => {
      await hint.getByRole('button', { name: 'Отмена' }).click();
      await waitForHintState(hint, 'foreign');

      expect(await field.inputValue()).toBe(FOREIGN_URL);
    });

    it('replaces the value after confirmation', async () => {
      await hint.getByRole('button', { name: 'Заменить адресом Zenky…' }).click();
      await hint.getByRole('button', { name: 'Да, заменить адрес' }).click();
      await waitForHintState(hint, 'equal');

      expect(await field.inputValue()).toBe(standIns.zenky.webhookUrl);
    });

    it('offers the previous value back', async () => {
      await expect(hint.locator('.value').textContent()).resolves.toBe(FOREIGN_URL);
      await page
        .locator('#popup')
        .screenshot({ path: join(SCREENSHOT_DIR, 'dialog-replaced.png') });

      await hint.getByRole('button', { name: 'Вернуть прежний адрес' }).click();
      await waitForHintState(hint, 'foreign');

      expect(await field.inputValue()).toBe(FOREIGN_URL);
    });

    it('remembers the previous value after a reload', async () => {
      await hint.getByRole('button', { name: 'Заменить адресом Zenky…' }).click();
      await hint.getByRole('button', { name: 'Да, заменить адрес' }).click();
      await waitForHintState(hint, 'equal');
      await page.locator('#popup .btn.save').click();

      await page.reload();
      await waitForHintState(page.locator('#popup zenky-webhook-field-hint'), 'equal');

      await expect(
        page.locator('#popup zenky-webhook-field-hint .value').textContent(),
      ).resolves.toBe(FOREIGN_URL);
    });
  });

  it('finishes the checklist with the restart tick', async () => {
    await waitForStep(popup, 'url-in-frontpad', true);
    await popup.getByTestId('setup-restarted').click();
    await popup.locator('[data-testid="setup-checklist"][data-all-done="true"]').waitFor();

    expect(await doneSteps(popup)).toEqual([...SETUP_STEPS]);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-checklist-done.png') });
  });

  it('shows the finished checklist in the options page', async () => {
    await options.reload();

    expect(await doneSteps(options)).toEqual([...SETUP_STEPS]);
    await options
      .getByTestId('setup-checklist')
      .screenshot({ path: join(SCREENSHOT_DIR, 'options-checklist-done.png') });
  });

  it('reopens the restart step when the field changes', async () => {
    const { page, field, hint } = await openApiDialog(extension, standIns.frontpadAppUrl);
    await waitForHintState(hint, 'equal');
    await field.fill(`${standIns.zenky.webhookUrl}?changed=1`);
    await waitForHintState(hint, 'foreign');

    await waitForStep(popup, 'frontpad-restarted', false);
    await page.close();
  });
});
