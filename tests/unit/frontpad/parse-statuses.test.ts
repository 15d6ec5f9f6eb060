// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseSavedPage } from '@/utils/frontpad/parse-saved-page';
import { parseStatuses } from '@/utils/frontpad/parse-statuses';
import { StatusesTableNotFoundError } from '@/utils/frontpad/statuses-table-not-found-error';
import type { FrontpadStatus, StatusWarning } from '@/utils/frontpad/types';
import { statusesReadSchema } from '@/utils/frontpad/types';

function loadPage(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
}

function loadFixture(name: string): Document {
  return loadPage(join(import.meta.dirname, '../../fixtures/frontpad', name));
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const status = (code: number, name: string): FrontpadStatus => ({ code, name });
const shown = (code: number, name: string): FrontpadStatus => ({ code, name, hidden: false });
const hidden = (code: number, name: string): FrontpadStatus => ({ code, name, hidden: true });

interface PageCase {
  fixture: string;
  statuses: FrontpadStatus[];
  warnings: StatusWarning[];
}

const pageCases: PageCase[] = [
  {
    fixture: 'no-header.html',
    statuses: [
      status(1, 'Новый'),
      status(3, 'В производстве'),
      status(4, 'В пути'),
      status(10, 'Выполнен'),
    ],
    warnings: [],
  },
  {
    fixture: 'thead-th.html',
    statuses: [status(1, 'Новый'), status(13, 'Принят'), status(11, 'Отменен')],
    warnings: [],
  },
  {
    fixture: 'leading-column.html',
    statuses: [status(1, 'Новый'), status(3, 'В производстве'), status(10, 'Выполнен')],
    warnings: [],
  },
  {
    fixture: 'header-labels.html',
    statuses: [status(1, 'Новый'), status(10, 'Выполнен')],
    warnings: [],
  },
  {
    fixture: 'nested-layout.html',
    statuses: [status(1, 'Новый'), status(4, 'В пути'), status(10, 'Выполнен')],
    warnings: [],
  },
  {
    fixture: 'nested-no-header.html',
    statuses: [status(1, 'Новый'), status(13, 'Принят'), status(11, 'Отменен')],
    warnings: [],
  },
  {
    fixture: 'products-first.html',
    statuses: [status(1, 'Новый'), status(10, 'Выполнен')],
    warnings: [],
  },
  {
    fixture: 'orders-first.html',
    statuses: [status(1, 'Новый'), status(4, 'В пути')],
    warnings: [],
  },
  {
    fixture: 'menu-first.html',
    statuses: [status(1, 'Новый'), status(13, 'Принят'), status(10, 'Выполнен')],
    warnings: [],
  },
  {
    fixture: 'broken-codes.html',
    statuses: [status(1, 'Новый'), status(7, 'На паузе'), status(10, 'Доставлен')],
    warnings: [
      { kind: 'duplicate_code', row: 2, name: 'Принят', value: '1' },
      { kind: 'blank_code', row: 3, name: 'В производстве' },
      { kind: 'invalid_code', row: 4, name: 'Произведен', value: 'abc' },
      { kind: 'invalid_code', row: 5, name: 'Передан курьеру', value: '-3' },
      { kind: 'invalid_code', row: 6, name: 'В пути', value: '1.5' },
      { kind: 'invalid_code', row: 7, name: 'Выполнен', value: '١٢' },
      { kind: 'invalid_code', row: 8, name: 'Отменен', value: '1 000' },
      { kind: 'invalid_code', row: 10, name: 'Возврат', value: '99999999999999999999' },
    ],
  },
  {
    fixture: 'blank-names.html',
    statuses: [shown(1, 'Новый'), shown(10, 'Выполнен')],
    warnings: [
      { kind: 'blank_name', row: 2, value: '2' },
      { kind: 'blank_name', row: 3, value: 'abc' },
    ],
  },
  {
    fixture: 'markup-names.html',
    statuses: [
      status(1, 'Новый'),
      status(4, 'В пути'),
      status(5, '<script>'),
      status(6, '<b>Жирный</b> & «кавычки»'),
      status(7, 'Ссылка'),
      status(8, 'Скрипт'),
    ],
    warnings: [],
  },
  {
    fixture: 'whitespace-names.html',
    statuses: [
      status(3, 'В производстве'),
      status(15, 'Передан курьеру'),
      status(14, 'На паузе'),
      status(11, 'Отменен клиентом'),
      status(16, 'Отменен рестораном'),
      status(17, 'Возврат средств'),
    ],
    warnings: [],
  },
  {
    fixture: 'header-only.html',
    statuses: [],
    warnings: [{ kind: 'no_rows' }],
  },
];

describe.each(pageCases)('parseStatuses on $fixture', ({ fixture, statuses, warnings }) => {
  it('reads statuses', () => {
    expect(parseStatuses(loadFixture(fixture)).statuses).toEqual(statuses);
  });

  it('reports warnings', () => {
    expect(parseStatuses(loadFixture(fixture)).warnings).toEqual(warnings);
  });

  it('matches the schema', () => {
    expect(statusesReadSchema.safeParse(parseStatuses(loadFixture(fixture))).success).toBe(true);
  });
});

describe('parseStatuses', () => {
  it('throws without a statuses table', () => {
    expect(() => parseStatuses(loadFixture('no-statuses-table.html'))).toThrow(
      StatusesTableNotFoundError,
    );
  });

  it('throws on an empty page', () => {
    expect(() => parseStatuses(parseHtml(''))).toThrow(StatusesTableNotFoundError);
  });

  it('reads 400 rows', () => {
    const rows = Array.from(
      { length: 400 },
      (_, index) => `<tr><td>Статус ${index}</td><td>${index}</td></tr>`,
    );
    const page = parseHtml(
      `<table><tr><td>Название</td><td>Код API</td></tr>${rows.join('')}</table>`,
    );

    const read = parseStatuses(page);

    expect(read.statuses).toHaveLength(400);
    expect(read.statuses[399]).toEqual(status(399, 'Статус 399'));
    expect(read.warnings).toEqual([]);
  });

  it('accepts a table as root', () => {
    const table = loadFixture('thead-th.html').querySelector('table') as HTMLTableElement;

    expect(parseStatuses(table).statuses).toHaveLength(3);
  });

  it('accepts a fragment as root', () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<table><tr><td>Новый</td><td>1</td></tr><tr><td>Принят</td><td>13</td></tr></table>';

    expect(parseStatuses(template.content).statuses).toEqual([
      status(1, 'Новый'),
      status(13, 'Принят'),
    ]);
  });

  it('reads a table built without tbody', () => {
    const table = document.createElement('table');
    for (const [name, code] of [
      ['Название', 'Код API'],
      ['Новый', '1'],
    ]) {
      const row = table.appendChild(document.createElement('tr'));
      row.appendChild(document.createElement('td')).textContent = name as string;
      row.appendChild(document.createElement('td')).textContent = code as string;
    }

    expect(parseStatuses(table).statuses).toEqual([status(1, 'Новый')]);
  });

  it('counts colspan in the header', () => {
    const page = parseHtml(
      '<table><tr><td colspan="2">Название</td><td>Код API</td></tr>' +
        '<tr><td>●</td><td>Новый</td><td>1</td></tr></table>',
    );

    expect(parseStatuses(page).statuses).toEqual([status(1, '●')]);
  });

  it('truncates long names', () => {
    const page = parseHtml(
      `<table><tr><th>Название</th><th>Код API</th></tr><tr><td>${'я'.repeat(300)}</td><td>1</td></tr></table>`,
    );

    expect(parseStatuses(page).statuses[0]?.name).toHaveLength(200);
  });

  it('ignores templates', () => {
    const page = parseHtml(
      '<template><table><tr><td>Новый</td><td>1</td></tr><tr><td>Принят</td><td>13</td></tr></table></template>',
    );

    expect(() => parseStatuses(page)).toThrow(StatusesTableNotFoundError);
  });
});

describe('stand-in Frontpad page', () => {
  const appPage = () => loadPage(join(import.meta.dirname, '../../../dev/frontpad/app.html'));
  const appStatuses = [
    shown(1, 'Новый'),
    shown(13, 'Принят'),
    shown(3, 'В производстве'),
    shown(12, 'Произведен'),
    shown(15, 'Передан курьеру'),
    shown(4, 'В пути'),
    shown(10, 'Выполнен'),
    shown(11, 'Отменен'),
    hidden(14, 'На паузе'),
  ];

  it('reads the statuses template', () => {
    const template = appPage().querySelector('#page-statuses') as HTMLTemplateElement;

    expect(parseStatuses(template.content).statuses).toEqual(appStatuses);
  });

  it('has no warnings', () => {
    const template = appPage().querySelector('#page-statuses') as HTMLTemplateElement;

    expect(parseStatuses(template.content).warnings).toEqual([]);
  });

  it.each(['page-orders', 'page-products', 'page-couriers', 'page-settings', 'popup-api'])(
    'rejects the %s template',
    (id) => {
      const template = appPage().getElementById(id) as HTMLTemplateElement;

      expect(() => parseStatuses(template.content)).toThrow(StatusesTableNotFoundError);
    },
  );

  it('throws before a section opens', () => {
    expect(() => parseStatuses(appPage())).toThrow(StatusesTableNotFoundError);
  });

  it('reads the opened section', () => {
    const page = appPage();
    const template = page.querySelector('#page-statuses') as HTMLTemplateElement;
    page.getElementById('content')?.replaceChildren(template.content.cloneNode(true));

    expect(parseStatuses(page).statuses).toEqual(appStatuses);
  });

  it('is read by parseSavedPage', () => {
    expect(parseSavedPage(appPage())).toEqual({ statuses: appStatuses, warnings: [] });
  });
});

describe('parseSavedPage', () => {
  it('prefers document tables', () => {
    const page = parseHtml(
      '<template><table><tr><td>Название</td><td>Код API</td></tr><tr><td>Шаблон</td><td>2</td></tr></table></template>' +
        '<table><tr><td>Документ</td><td>1</td></tr><tr><td>Другой</td><td>3</td></tr></table>',
    );

    expect(parseSavedPage(page).statuses[0]).toEqual(status(1, 'Документ'));
  });

  it('searches nested templates', () => {
    const page = parseHtml(
      '<template><div><template><table><tr><th>Название</th><th>Код</th></tr><tr><td>Новый</td><td>1</td></tr></table></template></div></template>',
    );

    expect(parseSavedPage(page).statuses).toEqual([status(1, 'Новый')]);
  });

  it('throws without a statuses table', () => {
    expect(() => parseSavedPage(loadFixture('no-statuses-table.html'))).toThrow(
      StatusesTableNotFoundError,
    );
  });
});

describe('visibility column', () => {
  const parseTable = (rows: string) => {
    const header = '<tr><td>Название</td><td>Код API</td><td>Отображать</td></tr>';
    const page = new DOMParser().parseFromString(`<table>${header}${rows}</table>`, 'text/html');
    return parseStatuses(page).statuses;
  };

  it('marks «Нет» as hidden', () => {
    expect(parseTable('<tr><td>На паузе</td><td>14</td><td>Нет</td></tr>')).toEqual([
      hidden(14, 'На паузе'),
    ]);
  });

  it('marks «Да» as shown', () => {
    expect(parseTable('<tr><td>Новый</td><td>1</td><td> да </td></tr>')).toEqual([
      shown(1, 'Новый'),
    ]);
  });

  it('leaves other values unset', () => {
    expect(parseTable('<tr><td>Новый</td><td>1</td><td>?</td></tr>')).toEqual([status(1, 'Новый')]);
  });
});
