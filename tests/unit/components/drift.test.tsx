// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DriftPanel } from '@/components/DriftPanel';
import { DriftSummary } from '@/components/DriftSummary';
import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { AppState } from '@/utils/messages/state';

import { appState, catalogOf, mapping, mappingItem, ZENKY_ID } from './app-state-fixture';

await vi.hoisted(async () => {
  const { useRussianMessages } = await import('./russian-messages');
  useRussianMessages();
});

afterEach(() => {
  cleanup();
});

const SAVED = mapping(4, [
  mappingItem(1, 'Новый', ZENKY_ID.pending),
  mappingItem(10, 'Выполнен', ZENKY_ID.completed, true),
  mappingItem(11, 'Отменен', ZENKY_ID.cancelled, true),
]);

const IN_SYNC: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 10, name: 'Выполнен' },
  { code: 11, name: 'Отменен' },
];

/** Frontpad now lists 12, no longer lists 11, and calls 10 «Заказ выполнен». */
const DRIFTED: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 10, name: 'Заказ выполнен' },
  { code: 12, name: 'Произведен' },
];

function stateWith(statuses: FrontpadStatus[], remote: AppState['remote'] = SAVED): AppState {
  return appState({ catalog: catalogOf(statuses), remote });
}

function driftLines(kind: string): (string | null)[] {
  return [...document.querySelectorAll(`[data-drift="${kind}"]`)].map((item) => item.textContent);
}

describe('DriftPanel', () => {
  it('lists an added status', () => {
    render(<DriftPanel state={stateWith(DRIFTED)} />);

    expect(driftLines('added')).toEqual(['добавлен 12 «Произведен»']);
  });

  it('lists a removed status', () => {
    render(<DriftPanel state={stateWith(DRIFTED)} />);

    expect(driftLines('removed')).toEqual(['удалён 11 «Отменен»']);
  });

  it('lists a renamed status', () => {
    render(<DriftPanel state={stateWith(DRIFTED)} />);

    expect(driftLines('renamed')).toEqual(['код 10 переименован: «Выполнен» → «Заказ выполнен»']);
  });

  it('says what to do', () => {
    render(<DriftPanel state={stateWith(DRIFTED)} />);

    expect(screen.getByTestId('drift').textContent).toContain(
      'Проверьте сопоставление и нажмите «Сохранить и синхронизировать».',
    );
  });

  const hiddenCases: [string, AppState][] = [
    ['in sync', stateWith(IN_SYNC)],
    ['in sync in another order', stateWith([...IN_SYNC].reverse())],
    ['at revision 0', stateWith(DRIFTED, mapping(0, []))],
    ['without a mapping', stateWith(DRIFTED, null)],
    ['without a catalog', appState({ catalog: null, remote: SAVED })],
  ];

  it.each(hiddenCases)('shows nothing %s', (_case, state) => {
    const { container } = render(<DriftPanel state={state} />);

    expect(container.innerHTML).toBe('');
  });
});

describe('DriftSummary', () => {
  it('counts each change', () => {
    render(<DriftSummary state={stateWith(DRIFTED)} />);

    expect(screen.getByTestId('popup-drift').textContent).toBe(
      'Статусы во Frontpad изменились: добавлено 1, удалено 1, переименовано 1. Откройте настройки и синхронизируйте.',
    );
  });

  it('counts two added statuses', () => {
    const statuses = [...IN_SYNC, { code: 12, name: 'Произведен' }, { code: 13, name: 'Выдан' }];
    render(<DriftSummary state={stateWith(statuses)} />);

    expect(screen.getByTestId('popup-drift').textContent).toContain('добавлено 2, удалено 0');
  });

  const hiddenCases: [string, AppState][] = [
    ['in sync', stateWith(IN_SYNC)],
    ['at revision 0', stateWith(DRIFTED, mapping(0, []))],
    ['without a mapping', stateWith(DRIFTED, null)],
    ['without a catalog', appState({ catalog: null, remote: SAVED })],
  ];

  it.each(hiddenCases)('shows nothing %s', (_case, state) => {
    const { container } = render(<DriftSummary state={state} />);

    expect(container.innerHTML).toBe('');
  });
});
