import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FaultSuiteDriver } from './fault-suite/driver';
import { EditModel, seededRandom } from './fault-suite/edit-model';
import { computeFigures, formatReport, type FaultSuiteFigures } from './fault-suite/report';
import { Tally } from './fault-suite/scenario-steps';
import { allScenarios } from './fault-suite/scenarios';
import { buildLocalExtension } from './support/build-extension';

/** Fixed, so that a failing run can be repeated with the same edits. */
const SEED = 20261204;

/** Where the report goes, besides the test output. */
const REPORT_PATH = resolve('artifacts/fault-suite.md');

const SUITE_TIMEOUT_MS = 20 * 60_000;

describe('fault suite in Chromium', () => {
  let driver: FaultSuiteDriver;
  let figures: FaultSuiteFigures;

  beforeAll(async () => {
    const started = Date.now();
    driver = await FaultSuiteDriver.start(buildLocalExtension());

    const model = new EditModel(
      await driver.catalogCodes(),
      await driver.zenkyStatusIds(),
      seededRandom(SEED),
    );
    const tally = new Tally();
    const scenarios = allScenarios();

    for (const [index, scenario] of scenarios.entries()) {
      try {
        tally.startRevisions[index] = (await driver.serverMapping()).revision;
        await scenario.run({ driver, model, tally, scenario: index });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Scenario ${index} (${scenario.label}) failed: ${reason}`);
      }
    }

    figures = computeFigures(
      tally,
      model,
      await driver.revisions(),
      await driver.collectPlayed(),
      Date.now() - started,
    );
    const report = formatReport(figures);
    console.log(`\nFault suite, seed ${SEED}:\n\n${report}`);
    mkdirSync(join(REPORT_PATH, '..'), { recursive: true });
    writeFileSync(REPORT_PATH, `# Fault suite, seed ${SEED}\n\n${report}`);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    await driver?.close();
  });

  it('injects at least 200 faults', () => {
    expect(figures.totalFaults).toBeGreaterThanOrEqual(200);
  });

  it('injects every kind', () => {
    for (const [kind, count] of figures.faultsByKind) {
      expect(count, kind).toBeGreaterThan(0);
    }
  });

  it('plays every stand-in fault it adds', () => {
    expect(figures.serverFaultsPlayed).toBe(figures.serverFaultsInjected);
  });

  it('makes more than 200 edits', () => {
    expect(figures.editsMade).toBeGreaterThan(200);
  });

  it('loses no edit', () => {
    expect(figures.editsLost).toBe(0);
  });

  it('writes no duplicate revision', () => {
    expect(figures.repeatedRevisions).toBe(0);
  });

  it('stores no idempotency key twice', () => {
    expect(figures.repeatedKeys).toBe(0);
  });

  it('collapses some edits', () => {
    expect(figures.editsReached - figures.editsInOwnRevision).toBeGreaterThan(0);
  });
});
