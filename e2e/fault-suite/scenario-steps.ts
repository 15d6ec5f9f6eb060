import type { FaultSuiteDriver, FaultSpec } from './driver';
import type { EditChannel, EditCheck, EditModel } from './edit-model';

/** Kinds of faults the suite injects, in the order the report lists them. */
export const FAULT_KINDS = [
  '5xx',
  '429',
  'timeout',
  'drop',
  'malformed',
  '401',
  '412',
  'server-restart',
  'worker-stop',
  'browser-reopen',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** Counts of what the suite did and found, filled as the scenarios run. */
export class Tally {
  readonly faults = new Map<FaultKind, number>(FAULT_KINDS.map((kind) => [kind, 0]));
  /** Server faults the stand-in played, kind-counted or not (delays that only set up a stop). */
  serverFaults = 0;
  readonly checks: EditCheck[] = [];
  /** Revisions written by the other Zenky user of the 412 scenarios. */
  readonly otherWriterRevisions = new Set<number>();
  /** Times a stopped service worker or a reopened browser took to resume by itself. */
  readonly resumeTimesMs: number[] = [];
  /** Zenky's revision when each scenario started, by scenario index. */
  readonly startRevisions: number[] = [];

  count(kind: FaultKind, times = 1): void {
    this.faults.set(kind, (this.faults.get(kind) ?? 0) + times);
  }

  totalFaults(): number {
    return [...this.faults.values()].reduce((sum, value) => sum + value, 0);
  }
}

/** What a scenario works with. */
export interface ScenarioContext {
  driver: FaultSuiteDriver;
  model: EditModel;
  tally: Tally;
  /** Index of the running scenario; edits made now are checked at its checkpoint. */
  scenario: number;
}

/** Maximum wait for the extension to get a scenario's edits into Zenky. */
const CHECKPOINT_TIMEOUT_MS = 45_000;

/** Adds a fault to the stand-in; `kind` counts it in the report, null only sets up a stop. */
export async function inject(
  ctx: ScenarioContext,
  kind: FaultKind | null,
  fault: FaultSpec,
): Promise<void> {
  await ctx.driver.addFault(fault);
  ctx.tally.serverFaults += Number(fault.times ?? 1);
  if (kind) ctx.tally.count(kind, Number(fault.times ?? 1));
}

/** Makes one edit that changes the mapping and waits for the extension's reply. */
export async function edit(ctx: ScenarioContext, channel: EditChannel = 'message'): Promise<void> {
  const change = ctx.model.pick();
  ctx.model.record(change, channel, ctx.scenario);

  if (channel === 'ui') {
    await ctx.driver.editInUi(change.code, change.statusId);
  } else {
    await ctx.driver.editByMessage(change.code, change.statusId);
  }
}

/** Starts an edit by message without waiting for its reply, which may never come. */
export function startEdit(ctx: ScenarioContext): Promise<void> {
  const change = ctx.model.pick();
  ctx.model.record(change, 'message', ctx.scenario);
  return ctx.driver.editByMessage(change.code, change.statusId);
}

/** Undoes the last edit: maps its code back to the status it had before. */
export async function undoLastEdit(ctx: ScenarioContext): Promise<void> {
  const last = ctx.model.edits.at(-1);
  if (!last) throw new Error('Nothing to undo');

  ctx.model.record({ code: last.code, statusId: last.previous }, 'message', ctx.scenario);
  await ctx.driver.editByMessage(last.code, last.previous);
}

/**
 * Waits until Zenky has the mapping the operator intends, the extension has nothing left
 * to send and no conflict, and every injected fault has hit a request. Then checks each edit
 * of the scenario against Zenky's mapping.
 */
export async function checkpoint(ctx: ScenarioContext): Promise<void> {
  const { driver, model } = ctx;

  await driver.waitUntil(
    async () => {
      if (!model.matches(await driver.serverMapping())) return false;

      const state = await driver.appState();
      return state.pending === null && state.conflict === null;
    },
    CHECKPOINT_TIMEOUT_MS,
    async () => {
      const state = await driver.appState().catch((error: unknown) => String(error));
      const mapping = await driver.serverMapping();
      return `scenario ${ctx.scenario}: server revision ${mapping.revision}, state ${JSON.stringify(
        typeof state === 'string' ? state : { pending: state.pending, lastSync: state.lastSync },
      )}`;
    },
  );

  const unplayed = await driver.pendingFaults();
  if (unplayed > 0) throw new Error(`scenario ${ctx.scenario}: ${unplayed} faults never hit`);

  ctx.tally.checks.push(...model.checkScenario(ctx.scenario, await driver.serverMapping()));
}
