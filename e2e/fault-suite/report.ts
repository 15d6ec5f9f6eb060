import type { PlayedFault } from '../../dev/zenky-server/faults';
import type { StoredRevision } from '../../dev/zenky-server/mapping-store';

import type { Edit, EditModel } from './edit-model';
import { FAULT_KINDS, type FaultKind, type Tally } from './scenario-steps';

const KIND_LABELS: Record<FaultKind, string> = {
  '5xx': '5xx (500, 502, 503, 504), before or after the write is stored',
  '429': '429 with Retry-After (1 or 2 s)',
  timeout: 'timeout (reply 2 s late, request limit 1.5 s)',
  drop: 'dropped connection, before or after the write is stored',
  malformed: 'malformed JSON with 200, before or after the write is stored',
  '401': '401 or 403, then the connection saved again',
  '412': "412 (another user's write, or without a mapping)",
  'server-restart': 'server killed (SIGKILL) and restarted',
  'worker-stop': 'service worker stopped mid-retry or mid-request',
  'browser-reopen': 'browser closed and reopened on the same profile',
};

/** The suite's figures, as the test checks them and the table prints them. */
export interface FaultSuiteFigures {
  faultsByKind: Map<FaultKind, number>;
  totalFaults: number;
  /** Faults the stand-in played, counted by the server itself. */
  serverFaultsPlayed: number;
  /** Faults the suite added to the stand-in, counted by the suite. */
  serverFaultsInjected: number;
  editsMade: number;
  editsInUi: number;
  editsReached: number;
  editsLost: number;
  /** Edits whose whole intended mapping became a revision during their scenario. */
  editsInOwnRevision: number;
  revisionsByExtension: number;
  revisionsByOtherUser: number;
  /** Revisions with the same items as the revision before. */
  repeatedRevisions: number;
  /** Idempotency keys stored with more than one revision. */
  repeatedKeys: number;
  maxResumeMs: number;
  runtimeMs: number;
}

function itemsKey(revision: StoredRevision): string {
  return JSON.stringify(
    [...revision.items]
      .sort((a, b) => a.frontpad_code - b.frontpad_code)
      .map((item) => [item.frontpad_code, item.order_status_id]),
  );
}

function intendedKey(intended: Record<number, string | null>): string {
  return JSON.stringify(
    Object.entries(intended)
      .map(([code, status]) => [Number(code), status] as const)
      .sort((a, b) => a[0] - b[0]),
  );
}

/** Counts the figures from what the suite did, Zenky's revisions and the played faults. */
export function computeFigures(
  tally: Tally,
  model: EditModel,
  revisions: readonly StoredRevision[],
  played: readonly PlayedFault[],
  runtimeMs: number,
): FaultSuiteFigures {
  const lastRevision = revisions.at(-1)?.revision ?? 0;
  /** Tells whether a revision written during the edit's scenario has the edit's whole mapping. */
  const inOwnRevision = (edit: Edit) => {
    const from = tally.startRevisions[edit.scenario] ?? 0;
    const to = tally.startRevisions[edit.scenario + 1] ?? lastRevision;
    const wanted = intendedKey(edit.intended);
    return revisions.some(
      (revision) =>
        revision.revision > from && revision.revision <= to && itemsKey(revision) === wanted,
    );
  };
  const keyCounts = new Map<string, number>();
  for (const revision of revisions) {
    if (revision.idempotency_key === null) continue;
    keyCounts.set(revision.idempotency_key, (keyCounts.get(revision.idempotency_key) ?? 0) + 1);
  }

  const reached = tally.checks.filter((check) => check.reached).length;

  return {
    faultsByKind: tally.faults,
    totalFaults: tally.totalFaults(),
    serverFaultsPlayed: played.length,
    serverFaultsInjected: tally.serverFaults,
    editsMade: model.edits.length,
    editsInUi: model.edits.filter((edit) => edit.channel === 'ui').length,
    editsReached: reached,
    editsLost: model.edits.length - reached,
    editsInOwnRevision: model.edits.filter(inOwnRevision).length,
    revisionsByExtension: revisions.length - tally.otherWriterRevisions.size,
    revisionsByOtherUser: tally.otherWriterRevisions.size,
    repeatedRevisions: revisions.filter(
      (revision, index) => index > 0 && itemsKey(revision) === itemsKey(revisions[index - 1]!),
    ).length,
    repeatedKeys: [...keyCounts.values()].filter((count) => count > 1).length,
    maxResumeMs: Math.max(0, ...tally.resumeTimesMs),
    runtimeMs,
  };
}

function table(rows: [string, string | number][], header: [string, string]): string {
  const width = Math.max(header[0].length, ...rows.map(([label]) => label.length));
  const valueWidth = Math.max(header[1].length, ...rows.map(([, value]) => String(value).length));
  const line = (label: string, value: string | number) =>
    `| ${label.padEnd(width)} | ${String(value).padStart(valueWidth)} |`;

  return [
    line(header[0], header[1]),
    `| ${'-'.repeat(width)} | ${'-'.repeat(valueWidth - 1)}: |`,
    ...rows.map(([label, value]) => line(label, value)),
  ].join('\n');
}

/** Formats the figures as two Markdown tables: the faults, then the edits and revisions. */
export function formatReport(figures: FaultSuiteFigures): string {
  const faultRows: [string, number][] = FAULT_KINDS.map((kind) => [
    KIND_LABELS[kind],
    figures.faultsByKind.get(kind) ?? 0,
  ]);
  faultRows.push(['total', figures.totalFaults]);

  const resultRows: [string, string | number][] = [
    ['edits made (in the options page UI)', `${figures.editsMade} (${figures.editsInUi})`],
    ['edits that reached the server', figures.editsReached],
    ['edits lost', figures.editsLost],
    ['edits written in a revision of their own', figures.editsInOwnRevision],
    [
      'edits merged into a later edit’s request, or undone',
      figures.editsReached - figures.editsInOwnRevision,
    ],
    ['revisions written by the extension', figures.revisionsByExtension],
    ["revisions written by the 412 scenarios' other user", figures.revisionsByOtherUser],
    ['duplicate revisions (same items as the one before)', figures.repeatedRevisions],
    ['idempotency keys stored twice', figures.repeatedKeys],
    [
      'stand-in faults injected / played',
      `${figures.serverFaultsInjected} / ${figures.serverFaultsPlayed}`,
    ],
    [
      'slowest resume after a worker stop or browser reopen, s',
      (figures.maxResumeMs / 1000).toFixed(1),
    ],
    ['suite run time, s', Math.round(figures.runtimeMs / 1000)],
  ];

  return `${table(faultRows, ['fault injected', 'count'])}\n\n${table(resultRows, ['result', 'count'])}\n`;
}
