// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { MappingEditor } from '@/components/MappingEditor';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

import {
  appState,
  draftEntry,
  FRONTPAD_STATUSES,
  mapping,
  mappingItem,
  ZENKY_ID,
} from './app-state-fixture';

await vi.hoisted(async () => {
  const { useRussianMessages } = await import('./russian-messages');
  useRussianMessages();
});

afterEach(() => {
  cleanup();
});

type Run = (request: PageRequest) => Promise<ReplyError | null>;

function renderEditor(state: AppState, error: ReplyError | null = null) {
  const run = vi.fn<Run>(async () => null);
  const view = render(<MappingEditor state={state} error={error} busy={false} run={run} />);
  return { run, view };
}

/** Returns the table row of a Frontpad code. */
function row(code: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`tr[data-code="${code}"]`);
  if (!found) throw new Error(`no row for code ${code}`);
  return found;
}

function selectOf(code: number): HTMLSelectElement {
  return within(row(code)).getByRole('combobox') as HTMLSelectElement;
}

function checkboxOf(code: number): HTMLInputElement {
  return within(row(code)).getByRole('checkbox') as HTMLInputElement;
}

/** Five codes mapped and marked, plus code 12 mapped but not marked. */
const FIVE_MARKED: AppState['draft'] = {
  '1': draftEntry(ZENKY_ID.pending, true),
  '3': draftEntry(ZENKY_ID.packing, true),
  '4': draftEntry(ZENKY_ID.delivering, true),
  '10': draftEntry(ZENKY_ID.completed, true),
  '11': draftEntry(ZENKY_ID.cancelled, true),
  '12': draftEntry(ZENKY_ID.ready),
};

describe('MappingEditor suggestions', () => {
  it('fills unmapped rows', () => {
    renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    const values = FRONTPAD_STATUSES.map((status) => selectOf(status.code).value);
    expect(values).toEqual([
      ZENKY_ID.pending,
      ZENKY_ID.packing,
      ZENKY_ID.delivering,
      ZENKY_ID.completed,
      ZENKY_ID.cancelled,
      ZENKY_ID.ready,
      '',
    ]);
  });

  it('tags each suggested row', () => {
    renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    const tagged = FRONTPAD_STATUSES.filter(
      (status) =>
        within(row(status.code)).queryByTestId('row-origin')?.textContent === 'предложено',
    ).map((status) => status.code);
    expect(tagged).toEqual([1, 3, 4, 10, 11, 12]);
  });

  it('proposes webhook marks', () => {
    renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    expect(screen.getByTestId('notify-counter').textContent).toBe('Отмечено для вебхуков: 5 из 5.');
  });

  it('sends nothing', () => {
    const { run } = renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    expect(run).not.toHaveBeenCalled();
  });

  it('keeps the operator’s choice', () => {
    renderEditor(appState({ draft: { '10': draftEntry(ZENKY_ID.delivered) } }));
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    expect(selectOf(10).value).toBe(ZENKY_ID.delivered);
  });

  it('does not tag the operator’s row', () => {
    renderEditor(appState({ draft: { '10': draftEntry(ZENKY_ID.delivered) } }));
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    expect(within(row(10)).queryByTestId('row-origin')).toBeNull();
  });

  it('discarding reverts the rows', () => {
    renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отменить несохранённые изменения' }));

    const values = FRONTPAD_STATUSES.map((status) => selectOf(status.code).value);
    expect(values).toEqual(FRONTPAD_STATUSES.map(() => ''));
  });

  it('discarding removes the tags', () => {
    renderEditor(appState());
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));
    fireEvent.click(screen.getByRole('button', { name: 'Отменить несохранённые изменения' }));

    expect(screen.queryAllByTestId('row-origin')).toHaveLength(0);
  });

  it('is off without Zenky statuses', () => {
    renderEditor(appState({ orderStatuses: [] }));

    const button = screen.getByRole('button', { name: 'Предложить сопоставление' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('MappingEditor webhook limit', () => {
  it('shows five of five', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));

    expect(screen.getByTestId('notify-counter').textContent).toBe('Отмечено для вебхуков: 5 из 5.');
  });

  it('disables a sixth checkbox', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));

    expect(checkboxOf(12).disabled).toBe(true);
  });

  it('gives the reason on the sixth row', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));

    const label = checkboxOf(12).closest('label');
    expect(label?.getAttribute('title')).toBe('Уже отмечено 5: снимите отметку с другого статуса.');
  });

  it('keeps marked checkboxes enabled', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));

    expect(checkboxOf(10).disabled).toBe(false);
  });

  it('lists the marked statuses', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));

    expect(screen.getByTestId('notify-marked').textContent).toBe(
      'Отмечены: 1 Новый, 3 В производстве, 4 В пути, 10 Выполнен, 11 Отменен.',
    );
  });

  it('frees a slot when one is unmarked', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));
    fireEvent.click(checkboxOf(1));

    expect(checkboxOf(12).disabled).toBe(false);
  });

  it('counts an unmarked slot', () => {
    renderEditor(appState({ draft: FIVE_MARKED }));
    fireEvent.click(checkboxOf(1));

    expect(screen.getByTestId('notify-counter').textContent).toBe('Отмечено для вебхуков: 4 из 5.');
  });

  it('disables the checkbox of an unmapped row', () => {
    renderEditor(appState());

    expect(checkboxOf(14).disabled).toBe(true);
  });
});

describe('MappingEditor errors', () => {
  const error: ReplyError = {
    code: 'validation',
    message: 'Zenky отклонил сопоставление.',
    fieldErrors: { 'items.2.notify': ['Для вебхука выберите статус Zenky.'] },
  };

  it('shows a field error in its row', () => {
    renderEditor(appState(), error);

    expect(within(row(4)).getByRole('alert').textContent).toBe(
      'Для вебхука выберите статус Zenky.',
    );
  });

  it('shows it in no other row', () => {
    renderEditor(appState(), error);

    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('marks the row’s select invalid', () => {
    renderEditor(appState(), error);

    expect(selectOf(4).getAttribute('aria-invalid')).toBe('true');
  });
});

describe('MappingEditor preview', () => {
  const saved = appState({
    draft: {
      '1': draftEntry(ZENKY_ID.pending),
      '10': draftEntry(ZENKY_ID.completed, true),
    },
    remote: mapping(3, [
      mappingItem(1, 'Новый', ZENKY_ID.pending),
      mappingItem(10, 'Выполнен', ZENKY_ID.completed),
      mappingItem(13, 'Удалён', null),
    ]),
  });

  function openPreview(state: AppState) {
    const rendered = renderEditor(state);
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить и синхронизировать' }));
    return rendered;
  }

  it('lists the changes', () => {
    openPreview(saved);

    const lines = within(screen.getByTestId('preview'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      '3 «В производстве»: новая строка → — не сопоставлен —',
      '4 «В пути»: новая строка → — не сопоставлен —',
      '10 «Выполнен»: вебхук включается',
      '11 «Отменен»: новая строка → — не сопоставлен —',
      '12 «Произведен»: новая строка → — не сопоставлен —',
      '14 «Самовывоз»: новая строка → — не сопоставлен —',
      '13 «Удалён»: строка будет удалена',
    ]);
  });

  it('lists a suggested status', () => {
    renderEditor(saved);
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить и синхронизировать' }));

    const preview = screen.getByTestId('preview');
    expect(within(preview).getByText('4 «В пути»: новая строка → В пути')).toBeTruthy();
  });

  it('sends nothing before confirming', () => {
    const { run } = openPreview(saved);

    expect(run).not.toHaveBeenCalled();
  });

  it('sends every row on confirm', async () => {
    const { run } = openPreview(saved);
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить и отправить' }));

    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(run).toHaveBeenCalledWith({
      type: 'mapping/save-and-sync',
      changes: [
        { frontpad_code: 1, order_status_id: ZENKY_ID.pending, notify: false },
        { frontpad_code: 3, order_status_id: null, notify: false },
        { frontpad_code: 4, order_status_id: null, notify: false },
        { frontpad_code: 10, order_status_id: ZENKY_ID.completed, notify: true },
        { frontpad_code: 11, order_status_id: null, notify: false },
        { frontpad_code: 12, order_status_id: null, notify: false },
        { frontpad_code: 14, order_status_id: null, notify: false },
      ],
    });
  });

  it('closes after a sent mapping', async () => {
    openPreview(saved);
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить и отправить' }));

    await waitFor(() => expect(screen.queryByTestId('preview')).toBeNull());
  });

  it('stays open after a failure', async () => {
    const { run } = openPreview(saved);
    run.mockResolvedValueOnce({ code: 'network', message: 'Zenky недоступен.' });
    fireEvent.click(screen.getByRole('button', { name: 'Подтвердить и отправить' }));

    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('preview')).toBeTruthy();
  });

  it('returns to editing on cancel', () => {
    openPreview(saved);
    fireEvent.click(screen.getByRole('button', { name: 'Вернуться к редактированию' }));

    expect(screen.queryByTestId('preview')).toBeNull();
  });

  it('says when nothing changes', () => {
    const items = FRONTPAD_STATUSES.map((status) => mappingItem(status.code, status.name, null));
    openPreview(appState({ remote: mapping(2, items) }));

    expect(within(screen.getByTestId('preview')).getByText(/Изменений нет/)).toBeTruthy();
  });
});

describe('MappingEditor state updates', () => {
  it('keeps edits when an equal state arrives', () => {
    const state = appState();
    const { view } = renderEditor(state);
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    view.rerender(
      <MappingEditor state={structuredClone(state)} error={null} busy={false} run={vi.fn()} />,
    );

    expect(selectOf(10).value).toBe(ZENKY_ID.completed);
  });

  it('keeps unsaved suggestions after a sync', () => {
    const state = appState();
    const { view } = renderEditor(state);
    fireEvent.click(screen.getByRole('button', { name: 'Предложить сопоставление' }));

    const lastSync = {
      at: '2026-12-04T12:05:00.000Z',
      ok: true,
      revision: 1,
      changed: true,
      errorCode: null,
      message: 'Сопоставление сохранено в Zenky.',
    };
    const suggested = screen.queryAllByTestId('row-origin').length;
    view.rerender(
      <MappingEditor state={{ ...state, lastSync }} error={null} busy={false} run={vi.fn()} />,
    );

    expect(suggested).toBeGreaterThan(0);
    expect(screen.queryAllByTestId('row-origin')).toHaveLength(suggested);
  });

  it('shows a new draft', () => {
    const { view } = renderEditor(appState());

    const next = appState({ draft: { '10': draftEntry(ZENKY_ID.delivered) } });
    view.rerender(<MappingEditor state={next} error={null} busy={false} run={vi.fn()} />);

    expect(selectOf(10).value).toBe(ZENKY_ID.delivered);
  });

  it('asks to read Frontpad first', () => {
    renderEditor(appState({ catalog: null }));

    expect(screen.getByText(/Статусы Frontpad ещё не прочитаны/)).toBeTruthy();
  });
});
