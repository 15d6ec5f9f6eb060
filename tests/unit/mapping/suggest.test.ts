import { describe, expect, it } from 'vitest';

import type { FrontpadStatus } from '@/utils/frontpad/types';
import { kindsForStatusName } from '@/utils/mapping/kind-for-name';
import { normalizeStatusName } from '@/utils/mapping/normalize-name';
import { pickOrderStatus, suggestMapping } from '@/utils/mapping/suggest';
import type { DraftChange } from '@/utils/messages/protocol';
import type { OrderStatus, OrderStatusKind } from '@/utils/zenky/schemas';

function zenkyStatus(
  id: string,
  name: string | null,
  kind: OrderStatusKind,
  extra: Partial<OrderStatus> = {},
): OrderStatus {
  return { id, name, kind, ...extra };
}

// A store's Zenky statuses, one of each kind, in the order the store sorts them.
const ZENKY: OrderStatus[] = [
  zenkyStatus('z-pending', 'Новый', 'pending', { sorting: 1 }),
  zenkyStatus('z-payment', 'Ожидает оплаты', 'awaiting_payment', { sorting: 2 }),
  zenkyStatus('z-submitted', 'Принят', 'submitted', { sorting: 3 }),
  zenkyStatus('z-exported', 'Передан в учётную систему', 'exported', { sorting: 4 }),
  zenkyStatus('z-packing', 'Готовится', 'packing', { sorting: 5 }),
  zenkyStatus('z-ready', 'Готов', 'ready', { sorting: 6 }),
  zenkyStatus('z-awaiting', 'Ожидает курьера', 'awaiting_delivery', { sorting: 7 }),
  zenkyStatus('z-delivering', 'В пути', 'delivering', { sorting: 8 }),
  zenkyStatus('z-delivered', 'Доставлен', 'delivered', { sorting: 9 }),
  zenkyStatus('z-completed', 'Выполнен', 'completed', { sorting: 10 }),
  zenkyStatus('z-cancelled', 'Отменён', 'cancelled', { sorting: 11 }),
  zenkyStatus('z-rejected', 'Отклонён', 'rejected', { sorting: 12 }),
  zenkyStatus('z-custom', 'На паузе', 'custom', { sorting: 13 }),
];

/** Frontpad's typical list: 1 Новый, 3 В производстве, 4 В пути, 10–12. */
const FRONTPAD: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 3, name: 'В производстве' },
  { code: 4, name: 'В пути' },
  { code: 10, name: 'Выполнен' },
  { code: 11, name: 'Отменен' },
  { code: 12, name: 'Произведен' },
];

function emptyRows(statuses: readonly FrontpadStatus[]): DraftChange[] {
  return statuses.map((status) => ({
    frontpad_code: status.code,
    order_status_id: null,
    notify: false,
  }));
}

function markedCodes(rows: readonly DraftChange[]): number[] {
  return rows.filter((row) => row.notify).map((row) => row.frontpad_code);
}

describe('normalizeStatusName', () => {
  const cases: [string, string][] = [
    ['Отменён', 'отменен'],
    ['Отменен', 'отменен'],
    ['ВЫПОЛНЕН', 'выполнен'],
    ['Ёлка', 'елка'],
    ['  В   пути  ', 'в пути'],
    ['В\u00a0пути', 'в пути'],
    ['Передан\tкурьеру', 'передан курьеру'],
    ['Отменён!', 'отменен'],
    ['Новый (сайт)', 'новый сайт'],
    ['Новый — сайт', 'новый сайт'],
    ['«Готов»', 'готов'],
    ['Статус №5', 'статус 5'],
    ['Out-for-delivery', 'out for delivery'],
    ['!!!', ''],
    ['', ''],
  ];

  it.each(cases)('normalizes %j', (name, expected) => {
    expect(normalizeStatusName(name)).toBe(expected);
  });
});

describe('kindsForStatusName', () => {
  it('maps «Выполнен» to completed, then delivered', () => {
    expect(kindsForStatusName('Выполнен')).toEqual(['completed', 'delivered']);
  });

  it('maps «Отменен» to cancelled, then rejected', () => {
    expect(kindsForStatusName('Отменен')).toEqual(['cancelled', 'rejected']);
  });

  it('maps «В пути» to delivering first', () => {
    expect(kindsForStatusName('В пути')[0]).toBe('delivering');
  });

  it('maps «Передан курьеру» to delivering first', () => {
    expect(kindsForStatusName('Передан курьеру')[0]).toBe('delivering');
  });

  it('maps «Произведен» to ready first', () => {
    expect(kindsForStatusName('Произведен')[0]).toBe('ready');
  });

  // Real-world Frontpad names with the kind an operator would choose for them.
  const firstKindCases: [string, OrderStatusKind][] = [
    ['Новый', 'pending'],
    ['Новый заказ', 'pending'],
    ['Новый (сайт)', 'pending'],
    ['Создан', 'pending'],
    ['Ожидает подтверждения', 'pending'],
    ['Не подтвержден', 'pending'],
    ['Неподтверждён', 'pending'],
    ['Принят', 'submitted'],
    ['Принят оператором', 'submitted'],
    ['Подтвержден', 'submitted'],
    ['Подтверждён', 'submitted'],
    ['Оформлен', 'submitted'],
    ['Передан в iiko', 'exported'],
    ['Выгружен', 'exported'],
    ['В производстве', 'packing'],
    ['Готовится', 'packing'],
    ['На кухне', 'packing'],
    ['Передан на кухню', 'packing'],
    ['Собирается', 'packing'],
    ['Упакован', 'packing'],
    ['Произведён', 'ready'],
    ['ПРОИЗВЕДЕН', 'ready'],
    ['Готов', 'ready'],
    ['Готово', 'ready'],
    ['Заказ готов', 'ready'],
    ['Готов к выдаче', 'ready'],
    ['Приготовлен', 'ready'],
    ['Собран', 'ready'],
    ['Ожидает курьера', 'awaiting_delivery'],
    ['Ждёт курьера', 'awaiting_delivery'],
    ['Ожидает доставки', 'awaiting_delivery'],
    ['Передан курьеру Ивану', 'delivering'],
    ['передан  курьеру', 'delivering'],
    ['Передан в доставку', 'delivering'],
    ['Курьер выехал', 'delivering'],
    ['Курьер в пути', 'delivering'],
    ['  в  пути ', 'delivering'],
    ['В пути.', 'delivering'],
    ['Доставляется', 'delivering'],
    ['Доставка', 'delivering'],
    ['Отправлен', 'delivering'],
    ['Доставлен', 'delivered'],
    ['Доставлен клиенту', 'delivered'],
    ['Вручен', 'delivered'],
    ['Получен клиентом', 'delivered'],
    ['ВЫПОЛНЕН', 'completed'],
    ['выполнен', 'completed'],
    ['Заказ выполнен', 'completed'],
    ['Выполнен!', 'completed'],
    ['Завершен', 'completed'],
    ['Завершён', 'completed'],
    ['Закрыт', 'completed'],
    ['Выдан', 'completed'],
    ['Выдан клиенту', 'completed'],
    ['Отменён', 'cancelled'],
    ['ОТМЕНЕН', 'cancelled'],
    ['Отменен клиентом', 'cancelled'],
    ['Отменен (стоп-лист)', 'cancelled'],
    ['Отмена', 'cancelled'],
    ['Аннулирован', 'cancelled'],
    ['Не доставлен', 'cancelled'],
    ['Не выполнен', 'cancelled'],
    ['Не получен клиентом', 'cancelled'],
    ['Отказ', 'rejected'],
    ['Отказ клиента', 'rejected'],
    ['Отклонен', 'rejected'],
    ['Отклонён', 'rejected'],
    ['Ожидает оплаты', 'awaiting_payment'],
    ['Ожидает оплату', 'awaiting_payment'],
    ['Не оплачен', 'awaiting_payment'],
    ['На паузе', 'custom'],
    ['Отложен', 'custom'],
    ['New', 'pending'],
    ['Pending', 'pending'],
    ['Accepted', 'submitted'],
    ['Confirmed', 'submitted'],
    ['Cooking', 'packing'],
    ['Ready', 'ready'],
    ['On the way', 'delivering'],
    ['Out for delivery', 'delivering'],
    ['Delivered', 'delivered'],
    ['Not delivered', 'cancelled'],
    ['Completed', 'completed'],
    ['Done', 'completed'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Rejected', 'rejected'],
    ['On hold', 'custom'],
  ];

  it.each(firstKindCases)('maps %j to %s first', (name, kind) => {
    expect(kindsForStatusName(name)[0]).toBe(kind);
  });

  const unmatchedNames = ['Самовывоз', 'Предзаказ', 'Возврат', 'Ошибка', 'Недозвон', '', '—'];

  it.each(unmatchedNames)('finds no kind for %j', (name) => {
    expect(kindsForStatusName(name)).toEqual([]);
  });
});

describe('pickOrderStatus', () => {
  it('picks the status of the best kind', () => {
    expect(pickOrderStatus('Выполнен', ZENKY)?.id).toBe('z-completed');
  });

  it('falls back to the next kind', () => {
    const withoutCompleted = ZENKY.filter((status) => status.kind !== 'completed');

    expect(pickOrderStatus('Выполнен', withoutCompleted)?.id).toBe('z-delivered');
  });

  it('prefers a same name among one kind', () => {
    const statuses = [
      zenkyStatus('by-client', 'Отменён клиентом', 'cancelled', { sorting: 1 }),
      zenkyStatus('by-store', 'Отменен', 'cancelled', { sorting: 2 }),
    ];

    expect(pickOrderStatus('ОТМЕНЁН', statuses)?.id).toBe('by-store');
  });

  it('otherwise picks the lowest sorting', () => {
    const statuses = [
      zenkyStatus('later', 'Отмена кухней', 'cancelled', { sorting: 5 }),
      zenkyStatus('first', 'Отмена клиентом', 'cancelled', { sorting: 2 }),
    ];

    expect(pickOrderStatus('Отменен', statuses)?.id).toBe('first');
  });

  it('skips hidden Zenky statuses', () => {
    const statuses = [
      zenkyStatus('hidden', 'Выполнен', 'completed', { is_hidden: true }),
      zenkyStatus('shown', 'Доставлен', 'delivered'),
    ];

    expect(pickOrderStatus('Выполнен', statuses)?.id).toBe('shown');
  });

  it('accepts statuses without a name', () => {
    const statuses = [zenkyStatus('unnamed', null, 'ready')];

    expect(pickOrderStatus('Произведен', statuses)?.id).toBe('unnamed');
  });

  it('returns nothing for an unknown name', () => {
    expect(pickOrderStatus('Самовывоз', ZENKY)).toBeUndefined();
  });

  it('returns nothing without a fitting kind', () => {
    const statuses = [zenkyStatus('z-pending', 'Новый', 'pending')];

    expect(pickOrderStatus('Выполнен', statuses)).toBeUndefined();
  });
});

describe('suggestMapping', () => {
  it('fills the typical Frontpad list', () => {
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), ZENKY);

    expect(suggested.map((row) => row.order_status_id)).toEqual([
      'z-pending',
      'z-packing',
      'z-delivering',
      'z-completed',
      'z-cancelled',
      'z-ready',
    ]);
  });

  it('flags the filled rows as suggested', () => {
    const statuses = [...FRONTPAD, { code: 14, name: 'Самовывоз' }];
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(suggested.map((row) => row.suggestedStatus)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('leaves an unknown name unmapped', () => {
    const statuses = [{ code: 14, name: 'Самовывоз' }];
    const [row] = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(row?.order_status_id).toBeNull();
  });

  it('keeps the operator’s status', () => {
    const rows = emptyRows(FRONTPAD);
    rows[3] = { frontpad_code: 10, order_status_id: 'z-delivered', notify: false };
    const suggested = suggestMapping(FRONTPAD, rows, ZENKY);

    expect(suggested[3]?.order_status_id).toBe('z-delivered');
  });

  it('does not flag the operator’s row', () => {
    const rows = emptyRows(FRONTPAD);
    rows[3] = { frontpad_code: 10, order_status_id: 'z-delivered', notify: false };
    const suggested = suggestMapping(FRONTPAD, rows, ZENKY);

    expect(suggested[3]?.suggestedStatus).toBe(false);
  });

  it('never proposes a hidden Zenky status', () => {
    const zenky = ZENKY.map((status) =>
      status.kind === 'cancelled' ? { ...status, is_hidden: true } : status,
    );
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), zenky);

    expect(suggested[4]?.order_status_id).toBe('z-rejected');
  });

  it('prefers the same name among one kind', () => {
    const zenky = [...ZENKY, zenkyStatus('z-made', 'Произведён', 'ready', { sorting: 20 })];
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), zenky);

    expect(suggested[5]?.order_status_id).toBe('z-made');
  });

  it('marks by usefulness', () => {
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), ZENKY);

    // Выполнен, Отменен, В пути, Произведен and В производстве are marked, but not «Новый».
    expect(markedCodes(suggested)).toEqual([3, 4, 10, 11, 12]);
  });

  it('flags the proposed marks', () => {
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), ZENKY);
    const flagged = suggested.filter((row) => row.suggestedNotify).map((row) => row.frontpad_code);

    expect(flagged).toEqual([3, 4, 10, 11, 12]);
  });

  it('marks at most five', () => {
    const statuses: FrontpadStatus[] = [
      { code: 1, name: 'Готовится' },
      { code: 2, name: 'Готов' },
      { code: 3, name: 'В пути' },
      { code: 4, name: 'Отклонен' },
      { code: 5, name: 'Отменен' },
      { code: 6, name: 'Доставлен' },
      { code: 7, name: 'Выполнен' },
    ];
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(markedCodes(suggested)).toEqual([3, 4, 5, 6, 7]);
  });

  it('spreads marks over kinds', () => {
    const statuses: FrontpadStatus[] = [
      { code: 1, name: 'Готов' },
      { code: 2, name: 'В пути' },
      { code: 3, name: 'Отменен' },
      { code: 4, name: 'Доставлен' },
      { code: 5, name: 'Выполнен' },
      { code: 6, name: 'Закрыт' },
      { code: 7, name: 'Отказ' },
    ];
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    // One row of each kind by usefulness: completed 5, delivered 4, cancelled 3, rejected 7,
    // delivering 2. A second completed row (6) and the ready row (1) are left out.
    expect(markedCodes(suggested)).toEqual([2, 3, 4, 5, 7]);
  });

  it('gives spare marks to repeated kinds', () => {
    const statuses: FrontpadStatus[] = [
      { code: 1, name: 'Выполнен' },
      { code: 2, name: 'Закрыт' },
      { code: 3, name: 'Выдан' },
      { code: 4, name: 'Отменен' },
      { code: 5, name: 'Новый' },
      { code: 6, name: 'Готов' },
    ];
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(markedCodes(suggested)).toEqual([1, 2, 3, 4, 6]);
  });

  it('breaks ties by page order', () => {
    const statuses: FrontpadStatus[] = Array.from({ length: 7 }, (_, index) => ({
      code: 20 + index,
      name: `Выполнен ${index + 1}`,
    }));
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(markedCodes(suggested)).toEqual([20, 21, 22, 23, 24]);
  });

  it('never marks a Frontpad-hidden status', () => {
    const statuses = FRONTPAD.map((status) =>
      status.code === 10 ? { ...status, hidden: true } : status,
    );
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(suggested[3]?.notify).toBe(false);
  });

  it('still maps a Frontpad-hidden status', () => {
    const statuses = FRONTPAD.map((status) =>
      status.code === 10 ? { ...status, hidden: true } : status,
    );
    const suggested = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(suggested[3]?.order_status_id).toBe('z-completed');
  });

  const unmarkedKinds: [string, string][] = [
    ['pending', 'Новый'],
    ['awaiting_payment', 'Ожидает оплаты'],
    ['exported', 'Передан в iiko'],
    ['custom', 'На паузе'],
  ];

  it.each(unmarkedKinds)('never marks a %s row', (_kind, name) => {
    const statuses = [{ code: 1, name }];
    const [row] = suggestMapping(statuses, emptyRows(statuses), ZENKY);

    expect(row?.notify).toBe(false);
  });

  it('marks nothing when a row is marked', () => {
    const rows = emptyRows(FRONTPAD);
    rows[0] = { frontpad_code: 1, order_status_id: 'z-pending', notify: true };
    const suggested = suggestMapping(FRONTPAD, rows, ZENKY);

    expect(markedCodes(suggested)).toEqual([1]);
  });

  it('flags no marks when a row is marked', () => {
    const rows = emptyRows(FRONTPAD);
    rows[0] = { frontpad_code: 1, order_status_id: 'z-pending', notify: true };
    const suggested = suggestMapping(FRONTPAD, rows, ZENKY);

    expect(suggested.some((row) => row.suggestedNotify)).toBe(false);
  });

  it('marks rows the operator mapped', () => {
    const statuses = [{ code: 14, name: 'Самовывоз' }];
    const rows = [{ frontpad_code: 14, order_status_id: 'z-completed', notify: false }];
    const [row] = suggestMapping(statuses, rows, ZENKY);

    expect(row?.notify).toBe(true);
  });

  it('marks nothing without Zenky statuses', () => {
    const suggested = suggestMapping(FRONTPAD, emptyRows(FRONTPAD), []);

    expect(markedCodes(suggested)).toEqual([]);
  });

  it('does not change its input', () => {
    const rows = emptyRows(FRONTPAD);
    suggestMapping(FRONTPAD, rows, ZENKY);

    expect(rows).toEqual(emptyRows(FRONTPAD));
  });
});
