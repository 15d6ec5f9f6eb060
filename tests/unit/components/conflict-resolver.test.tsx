// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ConflictResolver } from '@/components/ConflictResolver';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

import { appState, mapping, mappingItem, ZENKY_ID } from './app-state-fixture';

await vi.hoisted(async () => {
  const { useRussianMessages } = await import('./russian-messages');
  useRussianMessages();
});

afterEach(() => {
  cleanup();
});

type Run = (request: PageRequest) => Promise<ReplyError | null>;

// The operator's version and Zenky's revision 7 agree on 1, differ on 10 and 11, and each
// has a row the other lacks (12 only in mine, 13 only in Zenky's).
const CONFLICT: NonNullable<AppState['conflict']> = {
  mine: [
    mappingItem(1, 'Новый', ZENKY_ID.pending),
    mappingItem(10, 'Выполнен', ZENKY_ID.completed, true),
    mappingItem(11, 'Отменен', ZENKY_ID.cancelled),
    mappingItem(12, 'Произведен', ZENKY_ID.ready),
  ],
  theirs: mapping(7, [
    mappingItem(1, 'Новый', ZENKY_ID.pending),
    mappingItem(10, 'Выполнен', ZENKY_ID.delivered, true),
    mappingItem(11, 'Отменен', ZENKY_ID.cancelled, true),
    mappingItem(13, 'Выдан', ZENKY_ID.completed),
  ]),
  at: '2026-12-04T12:10:00.000Z',
};

function renderResolver(busy = false) {
  const run = vi.fn<Run>(async () => null);
  render(<ConflictResolver state={appState({ conflict: CONFLICT })} busy={busy} run={run} />);
  return run;
}

function row(code: number): HTMLElement {
  const found = document.querySelector<HTMLElement>(`tr[data-code="${code}"]`);
  if (!found) throw new Error(`no row for code ${code}`);
  return found;
}

/** Returns the texts of a row's cells: code, Frontpad name, mine, Zenky's. */
function cells(code: number): string[] {
  return [...row(code).querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '');
}

/** Returns a row's radio buttons: the operator's version first, Zenky's second. */
function radios(code: number): HTMLInputElement[] {
  return within(row(code)).getAllByRole('radio') as HTMLInputElement[];
}

describe('ConflictResolver', () => {
  it('names Zenky’s revision', () => {
    renderResolver();

    expect(screen.getByTestId('conflict').textContent).toContain('(ревизия 7)');
  });

  it('lists every code once', () => {
    renderResolver();

    const codes = [...document.querySelectorAll('tr[data-code]')].map((tr) =>
      tr.getAttribute('data-code'),
    );
    expect(codes).toEqual(['1', '10', '11', '12', '13']);
  });

  const rowCases: [number, string[]][] = [
    [1, ['1', 'Новый', 'Новый', 'Новый']],
    [10, ['10', 'Выполнен', 'Выполнен, вебхук', 'Доставлен, вебхук']],
    [11, ['11', 'Отменен', 'Отменён', 'Отменён, вебхук']],
    [12, ['12', 'Произведен', 'Готов', '— нет строки —']],
    [13, ['13', 'Выдан', '— нет строки —', 'Выполнен']],
  ];

  it.each(rowCases)('shows both versions of %i', (code, expected) => {
    renderResolver();

    expect(cells(code)).toEqual(expected);
  });

  it('marks rows that differ', () => {
    renderResolver();

    const differing = [1, 10, 11, 12, 13].filter((code) => row(code).className === 'differs');
    expect(differing).toEqual([10, 11, 12, 13]);
  });

  it('locks a row that agrees', () => {
    renderResolver();

    expect(radios(1).map((radio) => radio.disabled)).toEqual([true, true]);
  });

  it('preselects Zenky’s version', () => {
    renderResolver();

    expect(radios(10).map((radio) => radio.checked)).toEqual([false, true]);
  });

  it('takes Zenky’s version', () => {
    const run = renderResolver();
    fireEvent.click(screen.getByRole('button', { name: 'Взять версию из Zenky' }));

    expect(run).toHaveBeenCalledWith({ type: 'conflict/resolve', keep: 'theirs' });
  });

  it('keeps mine and sends it', () => {
    const run = renderResolver();
    fireEvent.click(screen.getByRole('button', { name: 'Оставить мою и отправить' }));

    expect(run).toHaveBeenCalledWith({ type: 'conflict/resolve', keep: 'mine' });
  });

  it('applies a choice per row', () => {
    const run = renderResolver();
    fireEvent.click(radios(10)[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Применить выбор по строкам' }));

    expect(run).toHaveBeenCalledWith({
      type: 'conflict/resolve',
      keep: 'rows',
      choices: { '10': 'mine' },
    });
  });

  it('checks the chosen version', () => {
    renderResolver();
    fireEvent.click(radios(10)[0]!);

    expect(radios(10).map((radio) => radio.checked)).toEqual([true, false]);
  });

  it('applies a changed mind', () => {
    const run = renderResolver();
    fireEvent.click(radios(10)[0]!);
    fireEvent.click(radios(12)[0]!);
    fireEvent.click(radios(10)[1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Применить выбор по строкам' }));

    expect(run).toHaveBeenCalledWith({
      type: 'conflict/resolve',
      keep: 'rows',
      choices: { '10': 'theirs', '12': 'mine' },
    });
  });

  it('sends nothing before a button', () => {
    const run = renderResolver();
    fireEvent.click(radios(10)[0]!);

    expect(run).not.toHaveBeenCalled();
  });

  it('disables the buttons while busy', () => {
    renderResolver(true);

    const disabled = screen
      .getAllByRole('button')
      .map((button) => (button as HTMLButtonElement).disabled);
    expect(disabled).toEqual([true, true, true]);
  });

  it('shows nothing without a conflict', () => {
    const { container } = render(
      <ConflictResolver state={appState()} busy={false} run={vi.fn<Run>()} />,
    );

    expect(container.innerHTML).toBe('');
  });
});

describe('ConflictResolver webhook limit', () => {
  // Mine marks codes 1–5, Zenky marks 6; choosing mine everywhere and Zenky's 6 makes six.
  const mine = [1, 2, 3, 4, 5].map((code) =>
    mappingItem(code, `Статус ${code}`, ZENKY_ID.completed, true),
  );
  const theirs = mapping(8, [
    ...[1, 2, 3, 4, 5].map((code) => mappingItem(code, `Статус ${code}`, ZENKY_ID.pending)),
    mappingItem(6, 'Статус 6', ZENKY_ID.cancelled, true),
  ]);

  function renderLimited() {
    const run = vi.fn<Run>(async () => null);
    const conflict = { mine, theirs, at: '2026-12-04T12:10:00.000Z' };
    render(<ConflictResolver state={appState({ conflict })} busy={false} run={run} />);
    for (const code of [1, 2, 3, 4, 5]) fireEvent.click(radios(code)[0] as HTMLInputElement);
    return run;
  }

  it('blocks a choice with six webhooks', () => {
    renderLimited();

    expect(screen.getByRole('button', { name: 'Применить выбор по строкам' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('explains the six webhooks', () => {
    renderLimited();

    expect(screen.getByText(/отмечено 6 статусов/)).toBeTruthy();
  });
});
