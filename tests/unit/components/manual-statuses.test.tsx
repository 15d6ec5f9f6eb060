// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ManualStatuses } from '@/components/ManualStatuses';
import type { PageRequest } from '@/utils/messages/protocol';
import type { ReplyError } from '@/utils/messages/state';

await vi.hoisted(async () => {
  const { useRussianMessages } = await import('./russian-messages');
  useRussianMessages();
});

afterEach(() => {
  cleanup();
});

type Run = (request: PageRequest) => Promise<ReplyError | null>;

function renderManual(reply: ReplyError | null = null) {
  const run = vi.fn<Run>(async () => reply);
  render(<ManualStatuses busy={false} run={run} />);
  return run;
}

function codeInput(): HTMLInputElement {
  return screen.getByLabelText('Код API') as HTMLInputElement;
}

function nameInput(): HTMLInputElement {
  return screen.getByLabelText('Название') as HTMLInputElement;
}

function pasteInput(): HTMLTextAreaElement {
  return screen.getByLabelText('Или вставьте строки:') as HTMLTextAreaElement;
}

function addOne(code: string, name: string) {
  fireEvent.input(codeInput(), { target: { value: code } });
  fireEvent.input(nameInput(), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Добавить' }));
}

function addLines(text: string) {
  fireEvent.input(pasteInput(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Добавить строки' }));
}

function alerts(): (string | null)[] {
  return screen.queryAllByRole('alert').map((alert) => alert.textContent);
}

describe('ManualStatuses one status', () => {
  it('sends the code and name', async () => {
    const run = renderManual();
    addOne('14', 'Самовывоз');

    await waitFor(() =>
      expect(run).toHaveBeenCalledWith({
        type: 'catalog/add-manual',
        statuses: [{ code: 14, name: 'Самовывоз' }],
      }),
    );
  });

  it('trims the fields', async () => {
    const run = renderManual();
    addOne(' 14 ', '  Выдан в зале ');

    await waitFor(() =>
      expect(run).toHaveBeenCalledWith({
        type: 'catalog/add-manual',
        statuses: [{ code: 14, name: 'Выдан в зале' }],
      }),
    );
  });

  it('keeps a comma in the name', async () => {
    const run = renderManual();
    addOne('14', 'Самовывоз, зал');

    await waitFor(() => expect(run).toHaveBeenCalledTimes(1));
    expect(run.mock.calls[0]?.[0]).toMatchObject({ statuses: [{ name: 'Самовывоз, зал' }] });
  });

  it('clears the fields after adding', async () => {
    renderManual();
    addOne('14', 'Самовывоз');

    await waitFor(() => expect(codeInput().value).toBe(''));
    expect(nameInput().value).toBe('');
  });

  it('confirms the count', async () => {
    renderManual();
    addOne('14', 'Самовывоз');

    expect((await screen.findByRole('status')).textContent).toBe('Добавлено статусов: 1.');
  });

  it('rejects a missing name', () => {
    const run = renderManual();
    addOne('14', '');

    expect(alerts()).toEqual([expect.stringContaining('не указано название статуса')]);
    expect(run).not.toHaveBeenCalled();
  });

  it('rejects a code that is not a number', () => {
    const run = renderManual();
    addOne('-3', 'Отменен');

    expect(alerts()).toEqual([expect.stringContaining('не найден код API')]);
    expect(run).not.toHaveBeenCalled();
  });

  it('asks for input when empty', () => {
    const run = renderManual();
    addOne('', ' ');

    expect(alerts()).toEqual(['Нечего добавить: введите код и название.']);
    expect(run).not.toHaveBeenCalled();
  });

  it('rejects a name without a code', () => {
    const run = renderManual();
    addOne('', 'Самовывоз');

    expect(alerts()).toEqual([expect.stringContaining('не найден код API')]);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('ManualStatuses pasted lines', () => {
  it('sends every line', async () => {
    const run = renderManual();
    addLines('14 Самовывоз\r\n15;Ожидает курьера\nВыдан\t16\t\tДа\t✎');

    await waitFor(() =>
      expect(run).toHaveBeenCalledWith({
        type: 'catalog/add-manual',
        statuses: [
          { code: 14, name: 'Самовывоз' },
          { code: 15, name: 'Ожидает курьера' },
          { code: 16, name: 'Выдан' },
        ],
      }),
    );
  });

  it('clears the text after adding', async () => {
    renderManual();
    addLines('14 Самовывоз\n15 Выдан');

    await waitFor(() => expect(pasteInput().value).toBe(''));
  });

  it('names the bad line', () => {
    renderManual();
    addLines('14 Самовывоз\n\nВыдан без кода');

    expect(alerts()).toEqual([
      'Строка 3 («Выдан без кода»): не найден код API — он должен быть целым неотрицательным числом.',
    ]);
  });

  it('sends nothing with a bad line', () => {
    const run = renderManual();
    addLines('14 Самовывоз\n\nВыдан без кода');

    expect(run).not.toHaveBeenCalled();
  });

  it('lists every bad line', () => {
    renderManual();
    addLines('14 Самовывоз\n14 Выдан\n1.5 Готов');

    expect(alerts()).toEqual([
      'Строка 2 («14 Выдан»): этот код уже есть выше.',
      'Строка 3 («1.5 Готов»): не найден код API — он должен быть целым неотрицательным числом.',
    ]);
  });

  it('keeps the text after an error', () => {
    renderManual();
    addLines('14 Самовывоз\nВыдан');

    expect(pasteInput().value).toBe('14 Самовывоз\nВыдан');
  });

  it('says when nothing was pasted', () => {
    const run = renderManual();
    addLines('\n   \n');

    expect(alerts()).toEqual(['Нечего добавить: введите код и название.']);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('ManualStatuses reply', () => {
  const failure: ReplyError = {
    code: 'manual_rejected',
    message: 'Код 10 уже прочитан со страницы Frontpad: его нельзя заменить вручную.',
  };

  it('shows the reply error', async () => {
    renderManual(failure);
    addLines('10 Закрыт');

    expect((await screen.findByRole('alert')).textContent).toBe(failure.message);
  });

  it('keeps the text after a reply error', async () => {
    renderManual(failure);
    addLines('10 Закрыт');

    await screen.findByRole('alert');
    expect(pasteInput().value).toBe('10 Закрыт');
  });

  it('shows no success after a reply error', async () => {
    renderManual(failure);
    addLines('10 Закрыт');

    await screen.findByRole('alert');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
