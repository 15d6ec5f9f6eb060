// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { mutationsTouchTables } from '@/utils/frontpad/table-mutations';

const PAGE = `
  <div id="clock">12:00</div>
  <div id="content">
    <table id="statuses">
      <tr><td>Название</td><td>Код API</td></tr>
      <tr><td>Новый</td><td>1</td></tr>
    </table>
  </div>
  <div id="control"><p>Прочитано статусов: 1</p></div>
`;

/** Runs `change` on the page and returns the records a body-wide observer collected. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();

  return records;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const statusesTable = () => document.getElementById('statuses') as HTMLTableElement;

describe('mutationsTouchTables', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it.each([
    [
      'a cell text change',
      () => ((statusesTable().rows[1]!.cells[0]!.firstChild as Text).data = 'Принят'),
    ],
    [
      'an added row',
      () => statusesTable().rows[0]!.parentElement!.append(document.createElement('tr')),
    ],
    ['a removed row', () => statusesTable().rows[1]!.remove()],
    [
      'an added section with a table',
      () => (byId('content').innerHTML = '<div><table></table></div>'),
    ],
    ['a removed table', () => byId('statuses').remove()],
  ])('reports %s', (_name, change) => {
    const records = recordsOf(change);

    expect(records.length).toBeGreaterThan(0);
    expect(mutationsTouchTables(records, null)).toBe(true);
  });

  it.each([
    ['a text change outside tables', () => ((byId('clock').firstChild as Text).data = '12:01')],
    ['an added paragraph', () => byId('content').append(document.createElement('p'))],
    ['a section without tables', () => (byId('clock').innerHTML = '<span>12:02</span>')],
  ])('ignores %s', (_name, change) => {
    const records = recordsOf(change);

    expect(records.length).toBeGreaterThan(0);
    expect(mutationsTouchTables(records, null)).toBe(false);
  });

  it('skips changes inside the ignored node', () => {
    const control = byId('control');
    const records = recordsOf(() => (control.innerHTML = '<table><tr><td>x</td></tr></table>'));

    expect(mutationsTouchTables(records, control)).toBe(false);
  });

  it('reports a table change next to an ignored one', () => {
    const control = byId('control');
    const records = recordsOf(() => {
      control.textContent = 'Синхронизация…';
      statusesTable().rows[1]!.remove();
    });

    expect(mutationsTouchTables(records, control)).toBe(true);
  });
});
