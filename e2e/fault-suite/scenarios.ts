import { TIMEOUT_FAULT_DELAY_MS } from './driver';
import {
  checkpoint,
  edit,
  inject,
  startEdit,
  type FaultKind,
  type ScenarioContext,
  undoLastEdit,
} from './scenario-steps';

const MAPPING_PATH = '/v2/exchange/frontpad/status-mapping';

/** Only the mapping writes; without it a fault may also hit the read before a write. */
const PUT_ONLY = { path: MAPPING_PATH, method: 'PUT' };

export interface Scenario {
  kind: FaultKind;
  label: string;
  run: (ctx: ScenarioContext) => Promise<void>;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Before or after the server stores the write, alternating. */
const timing = (index: number) => (index % 2 === 0 ? 'before' : 'after');

/** PUT only for most, every request for every fifth. */
const target = (index: number) => (index % 5 === 4 ? {} : PUT_ONLY);

/**
 * Builds a scenario with a fault on the next request, then one edit, or two when the second
 * is made while the first waits for its retry. Every tenth scenario edits through the
 * mapping editor's UI.
 */
function simpleScenario(kind: FaultKind, index: number, fault: Record<string, unknown>): Scenario {
  const twoEdits = index % 3 === 0;
  return {
    kind,
    label: `${kind} ${JSON.stringify(fault)}${twoEdits ? ', two edits' : ''}`,
    run: async (ctx) => {
      await inject(ctx, kind, fault);
      await edit(ctx, index % 10 === 5 ? 'ui' : 'message');
      if (twoEdits) await edit(ctx);
      await checkpoint(ctx);
    },
  };
}

const SERVER_ERRORS = [500, 502, 503, 504];

function serverErrorScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) =>
    simpleScenario('5xx', index, {
      status: SERVER_ERRORS[index % SERVER_ERRORS.length],
      when: timing(index),
      ...target(index),
    }),
  );
}

function dropScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => {
    const fault = { drop: true, when: timing(index), ...target(index) };
    if (index % 8 !== 7) return simpleScenario('drop', index, fault);

    // The operator undoes the edit while its lost request may or may not have been stored.
    return {
      kind: 'drop',
      label: `drop ${JSON.stringify(fault)}, then undone`,
      run: async (ctx) => {
        await inject(ctx, 'drop', fault);
        await edit(ctx);
        await undoLastEdit(ctx);
        await checkpoint(ctx);
      },
    };
  });
}

function malformedScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) =>
    simpleScenario('malformed', index, {
      malformed_json: true,
      when: timing(index),
      ...target(index),
    }),
  );
}

/** Retry-After of 1 or 2 s; the second edit waits for it and goes out with the first. */
function rateLimitScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => {
    const fault = { status: 429, retry_after: String(1 + (index % 2)), ...PUT_ONLY };
    return {
      kind: '429',
      label: `429 ${JSON.stringify(fault)}, second edit inside Retry-After`,
      run: async (ctx) => {
        await inject(ctx, '429', fault);
        await edit(ctx);
        await edit(ctx);

        const state = await ctx.driver.appState();
        if (state.pending?.state !== 'retrying') {
          throw new Error(`429: expected a retrying write, got ${JSON.stringify(state.pending)}`);
        }
        const badge = await ctx.driver.badgeText();
        if (badge !== '↻') throw new Error(`429: expected the badge «↻», got «${badge}»`);

        await checkpoint(ctx);
      },
    };
  });
}

/**
 * Builds replies slower than the request timeout: stored with a late reply, never stored, or
 * stored after the client gave up. Every third scenario has a second edit after the timeout.
 */
function timeoutScenarios(count: number): Scenario[] {
  const variants = [
    { delay_ms: TIMEOUT_FAULT_DELAY_MS, when: 'after' },
    { status: 503, delay_ms: TIMEOUT_FAULT_DELAY_MS },
    { delay_ms: TIMEOUT_FAULT_DELAY_MS },
  ];
  return Array.from({ length: count }, (_, index) =>
    simpleScenario('timeout', index, { ...variants[index % variants.length], ...PUT_ONLY }),
  );
}

/** 401 or 403 stops the write until the operator saves the connection again. */
function unauthorizedScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => {
    const status = index % 5 === 4 ? 403 : 401;
    return {
      kind: '401',
      label: `${status}, then the connection saved again`,
      run: async (ctx) => {
        await inject(ctx, '401', { status, ...PUT_ONLY });
        await edit(ctx);

        const state = await ctx.driver.appState();
        const expected = status === 401 ? 'unauthorized' : 'forbidden';
        if (state.pending?.state !== 'failed' || state.pending.error?.code !== expected) {
          throw new Error(
            `${status}: expected a stopped write, got ${JSON.stringify(state.pending)}`,
          );
        }
        const badge = await ctx.driver.badgeText();
        if (badge !== '!') throw new Error(`${status}: expected the badge «!», got «${badge}»`);

        const { baseUrl, storeId, token } = ctx.driver.zenky;
        await ctx.driver.send({ type: 'connection/save', baseUrl, storeId, token });
        await checkpoint(ctx);
      },
    };
  });
}

/**
 * Another Zenky user changes the mapping first: the extension must stop at the conflict and
 * leave their revision in place, until the operator keeps their own version. The last
 * scenarios inject a 412 without a mapping in the body instead.
 */
function conflictScenarios(real: number, injected: number): Scenario[] {
  const conflicts: Scenario[] = Array.from({ length: real }, () => ({
    kind: '412',
    label: '412 from another user’s write, resolved as mine',
    run: async (ctx) => {
      const mine = ctx.model.pick();
      const theirs = ctx.model.pick([mine.code]);
      const other = await ctx.driver.writeAsOtherUser(theirs.code, theirs.statusId);
      ctx.tally.otherWriterRevisions.add(other.revision);
      ctx.tally.count('412');

      ctx.model.record(mine, 'message', ctx.scenario);
      await ctx.driver.editByMessage(mine.code, mine.statusId);

      const state = await ctx.driver.appState();
      const current = await ctx.driver.serverMapping();
      if (state.conflict?.theirs.revision !== other.revision) {
        throw new Error(`412: expected a conflict with revision ${other.revision}`);
      }
      if (current.revision !== other.revision) {
        throw new Error(`412: the other user's revision ${other.revision} was overwritten`);
      }

      await ctx.driver.send({ type: 'conflict/resolve', keep: 'mine' });
      await checkpoint(ctx);
    },
  }));

  const bodiless = Array.from({ length: injected }, (_, index) =>
    simpleScenario('412', index, { status: 412, ...PUT_ONLY }),
  );

  return [...conflicts, ...bodiless];
}

/**
 * Kills the server process with SIGKILL, either after it stored a write and before it
 * replied, or while idle before an edit. It starts again on the same port and database.
 */
function serverRestartScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'server-restart',
    label: index % 2 === 0 ? 'server killed after storing a write' : 'server killed before an edit',
    run: async (ctx) => {
      ctx.tally.count('server-restart');
      if (index % 2 === 0) {
        await inject(ctx, null, { delay_ms: 1000, when: 'after', ...PUT_ONLY });
        const editing = startEdit(ctx);
        await wait(400);
        await ctx.driver.killServer();
        await editing;
      } else {
        await ctx.driver.killServer();
        await edit(ctx);
      }

      await wait(1500);
      await ctx.driver.restartServer();
      await checkpoint(ctx);
    },
  }));
}

/**
 * Stops the service worker while a write waits for its retry (after a 503 with
 * Retry-After), or while its PUT is out. Nothing is sent to the extension until the browser
 * has started the worker again by itself, from the alarm.
 */
function workerStopScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'worker-stop',
    label: index % 2 === 0 ? 'worker stopped while waiting to retry' : 'worker stopped mid-PUT',
    run: async (ctx) => {
      ctx.tally.count('worker-stop');
      if (index % 2 === 0) {
        await inject(ctx, '5xx', { status: 503, retry_after: '2', ...PUT_ONLY });
        await edit(ctx);
        await ctx.driver.stopServiceWorker();
      } else {
        await inject(ctx, null, { delay_ms: 1000, when: 'after', ...PUT_ONLY });
        const editing = startEdit(ctx);
        await wait(300);
        await ctx.driver.stopServiceWorker();
        await editing;
      }

      ctx.tally.resumeTimesMs.push(await ctx.driver.waitForWorkerRestart(20_000));
      await checkpoint(ctx);
    },
  }));
}

/**
 * Closes the browser while a write waits for its retry, or while its PUT is out, and opens
 * it again on the same profile. Zenky must get the write without any message to the
 * extension; only then does the checkpoint ask the extension for its state.
 */
function browserReopenScenarios(count: number): Scenario[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'browser-reopen',
    label: index % 2 === 0 ? 'browser closed while waiting to retry' : 'browser closed mid-PUT',
    run: async (ctx) => {
      ctx.tally.count('browser-reopen');
      if (index % 2 === 0) {
        await inject(ctx, '5xx', { status: 503, retry_after: '2', ...PUT_ONLY });
        await edit(ctx);
      } else {
        await inject(ctx, null, { delay_ms: 1000, when: 'after', ...PUT_ONLY });
        void startEdit(ctx);
        await wait(300);
      }

      await ctx.driver.closeBrowser();
      const closedAt = Date.now();
      await ctx.driver.reopenBrowser();
      await ctx.driver.waitUntil(
        async () => ctx.model.matches(await ctx.driver.serverMapping()),
        30_000,
        async () =>
          `browser reopened, server revision ${(await ctx.driver.serverMapping()).revision}`,
      );
      ctx.tally.resumeTimesMs.push(Date.now() - closedAt);
      await checkpoint(ctx);
    },
  }));
}

/** Interleaves the lists, so that each kind of fault meets the state the others leave. */
function interleave(lists: Scenario[][]): Scenario[] {
  const result: Scenario[] = [];
  const longest = Math.max(...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++) {
    for (const list of lists) {
      const scenario = list[index];
      if (scenario) result.push(scenario);
    }
  }
  return result;
}

/** Lists every scenario of the suite: 221 faults of ten kinds. */
export function allScenarios(): Scenario[] {
  return interleave([
    serverErrorScenarios(50),
    rateLimitScenarios(20),
    timeoutScenarios(20),
    dropScenarios(40),
    malformedScenarios(40),
    unauthorizedScenarios(10),
    conflictScenarios(10, 5),
    serverRestartScenarios(5),
    workerStopScenarios(10),
    browserReopenScenarios(4),
  ]);
}
