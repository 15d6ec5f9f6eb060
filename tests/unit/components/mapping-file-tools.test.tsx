// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MappingFileTools } from '@/components/MappingFileTools';
import type { EditorRow } from '@/components/use-mapping-rows';
import { writeMappingFile } from '@/utils/mapping/mapping-file';
import type { MappingItem } from '@/utils/zenky/schemas';

import { appState, FRONTPAD_STATUSES, mappingItem, ZENKY_ID } from './app-state-fixture';

await vi.hoisted(async () => {
  const { useRussianMessages } = await import('./russian-messages');
  useRussianMessages();
});

afterEach(() => {
  cleanup();
});

const EXPORTED_AT = new Date('2026-12-04T12:30:00.000Z');

/** The editor's rows before an import: code 1 mapped, the rest empty. */
const ROWS: EditorRow[] = FRONTPAD_STATUSES.map((status) => ({
  frontpad_code: status.code,
  order_status_id: status.code === 1 ? ZENKY_ID.pending : null,
  notify: false,
  origin: null,
  notifyOrigin: null,
}));

const GOOD_ITEMS: MappingItem[] = [
  mappingItem(4, 'В пути', ZENKY_ID.delivering, true),
  mappingItem(10, 'Выполнен', ZENKY_ID.completed, true),
  mappingItem(11, 'Отменен', ZENKY_ID.cancelled),
];

function renderTools() {
  const onImport = vi.fn<(rows: EditorRow[]) => void>();
  render(<MappingFileTools state={appState()} rows={ROWS} items={[]} onImport={onImport} />);
  return onImport;
}

function chooseFile(text: string) {
  const input = screen.getByTestId('import-file');
  const file = new File([text], 'm.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function importMessages(): Promise<(string | null)[]> {
  const box = await screen.findByTestId('import-messages');
  return [...box.querySelectorAll('p')].map((message) => message.textContent);
}

/** Builds an exported file of `items` whose line number `line` (1-based) `edit` changes. */
function editedFile(items: MappingItem[], line: number, edit: (text: string) => string) {
  const lines = writeMappingFile(items, EXPORTED_AT).split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  return lines.join('\n');
}

/** Returns the 1-based number of the first line of an exported file containing `fragment`. */
function lineWith(items: MappingItem[], fragment: string): number {
  const lines = writeMappingFile(items, EXPORTED_AT).split('\n');
  return lines.findIndex((line) => line.includes(fragment)) + 1;
}

describe('MappingFileTools import errors', () => {
  it('rejects a file that is not JSON', async () => {
    const onImport = renderTools();
    const line = lineWith(GOOD_ITEMS, '"version"');
    chooseFile(editedFile(GOOD_ITEMS, line, (text) => text.replace(',', '')));

    expect(await importMessages()).toEqual([
      `Файл не является JSON (ошибка в строке ${line + 1}). Выберите файл, сохранённый кнопкой «Экспорт в файл».`,
    ]);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('rejects a wrong format', async () => {
    const onImport = renderTools();
    chooseFile(editedFile(GOOD_ITEMS, 2, () => '  "format": "another/app",'));

    expect(await importMessages()).toEqual([
      'Строка 2: поле «format» не то — это не файл сопоставления этого расширения.',
    ]);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('rejects a newer version', async () => {
    renderTools();
    chooseFile(editedFile(GOOD_ITEMS, 3, () => '  "version": 2,'));

    expect(await importMessages()).toEqual([
      'Строка 3: версия файла «2» не поддерживается. Обновите расширение или экспортируйте файл заново.',
    ]);
  });

  it('names the line and field', async () => {
    const onImport = renderTools();
    // An item takes six lines, so the second item's notify is six lines below the first's.
    const line = lineWith(GOOD_ITEMS, '"notify": true') + 6;
    chooseFile(editedFile(GOOD_ITEMS, line, (text) => text.replace('true', '"да"')));

    const [message] = await importMessages();
    expect(message).toMatch(new RegExp(`^Строка ${line}, поле «items\\.1\\.notify»: `));
    expect(onImport).not.toHaveBeenCalled();
  });

  it('rejects six webhook marks', async () => {
    const onImport = renderTools();
    const items = FRONTPAD_STATUSES.slice(0, 6).map((status) =>
      mappingItem(status.code, status.name, ZENKY_ID.completed, true),
    );
    chooseFile(writeMappingFile(items, EXPORTED_AT));

    expect(await importMessages()).toEqual([
      `Строка ${lineWith(items, '"items"')}: Для вебхуков отмечено 6 статусов, а Frontpad допускает не более 5: снимите лишние отметки.`,
    ]);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('names the line of an unknown status', async () => {
    const missing = '5e3d0000-0000-4000-8000-00000000dead';
    const items = [...GOOD_ITEMS, mappingItem(12, 'Произведен', missing)];
    renderTools();
    chooseFile(writeMappingFile(items, EXPORTED_AT));

    expect(await importMessages()).toEqual([
      `Строка ${lineWith(items, missing)}: Статус Zenky для кода 12 больше не существует: выберите другой.`,
    ]);
  });

  it('lists every rule problem', async () => {
    const items = [
      mappingItem(4, 'В пути', null, true),
      mappingItem(4, 'В пути', ZENKY_ID.delivering),
    ];
    renderTools();
    chooseFile(writeMappingFile(items, EXPORTED_AT));

    expect(await importMessages()).toHaveLength(2);
  });
});

describe('MappingFileTools import', () => {
  it('fills rows from the file', async () => {
    const onImport = renderTools();
    chooseFile(writeMappingFile(GOOD_ITEMS, EXPORTED_AT));

    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const imported = onImport.mock.calls[0]?.[0] ?? [];
    expect(imported.map((row) => row.order_status_id)).toEqual([
      ZENKY_ID.pending,
      null,
      ZENKY_ID.delivering,
      ZENKY_ID.completed,
      ZENKY_ID.cancelled,
      null,
      null,
    ]);
  });

  it('marks imported rows', async () => {
    const onImport = renderTools();
    chooseFile(writeMappingFile(GOOD_ITEMS, EXPORTED_AT));

    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const imported = onImport.mock.calls[0]?.[0] ?? [];
    expect(imported.map((row) => row.origin)).toEqual([
      null,
      null,
      'imported',
      'imported',
      'imported',
      null,
      null,
    ]);
  });

  it('takes the webhook marks', async () => {
    const onImport = renderTools();
    chooseFile(writeMappingFile(GOOD_ITEMS, EXPORTED_AT));

    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    const imported = onImport.mock.calls[0]?.[0] ?? [];
    expect(imported.map((row) => row.notifyOrigin)).toEqual([
      null,
      null,
      'imported',
      'imported',
      null,
      null,
      null,
    ]);
  });

  it('reports the count', async () => {
    renderTools();
    chooseFile(writeMappingFile(GOOD_ITEMS, EXPORTED_AT));

    expect(await importMessages()).toEqual([
      'Из файла загружено строк: 3. Проверьте их и нажмите «Сохранить и синхронизировать».',
    ]);
  });

  it('skips codes Frontpad does not list', async () => {
    renderTools();
    const items = [...GOOD_ITEMS, mappingItem(99, 'Архив', null)];
    chooseFile(writeMappingFile(items, EXPORTED_AT));

    expect(await importMessages()).toEqual([
      'Из файла загружено строк: 3. Проверьте их и нажмите «Сохранить и синхронизировать».',
      'Этих кодов нет среди прочитанных статусов Frontpad, они пропущены: 99 Архив.',
    ]);
  });
});
