import type { Mapping } from '../../utils/zenky/schemas';

/** How an edit reached the extension. */
export type EditChannel = 'ui' | 'message';

/** One operator edit: a Frontpad code mapped to another Zenky status. */
export interface Edit {
  id: number;
  code: number;
  /** Null when the edit clears the code's status (an undo back to unmapped). */
  statusId: string | null;
  /** The code's status before the edit. */
  previous: string | null;
  channel: EditChannel;
  /** Scenario whose checkpoint must find the edit on the server. */
  scenario: number;
  /** The whole mapping the operator intends after this edit, code to status id. */
  intended: Record<number, string | null>;
}

/** Outcome of one edit at its scenario's checkpoint. */
export interface EditCheck {
  edit: Edit;
  /** Zenky has the edit, or a later edit of the same scenario changed the same code again. */
  reached: boolean;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so that a run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The mapping the operator intends, and every edit made to it. Each edit maps a random code
 * to a status other than its current one, so that every edit changes the mapping.
 */
export class EditModel {
  readonly edits: Edit[] = [];
  private readonly current: Record<number, string | null> = {};

  constructor(
    private readonly codes: readonly number[],
    private readonly statusIds: readonly string[],
    private readonly random: () => number,
  ) {
    for (const code of codes) this.current[code] = null;
  }

  /** Picks the next edit without recording it. */
  pick(avoidCodes: readonly number[] = []): { code: number; statusId: string } {
    const codes = this.codes.filter((code) => !avoidCodes.includes(code));
    const code = codes[Math.floor(this.random() * codes.length)]!;
    const choices = this.statusIds.filter((id) => id !== this.current[code]);
    const statusId = choices[Math.floor(this.random() * choices.length)]!;

    return { code, statusId };
  }

  /** Records an edit the extension has been given. */
  record(
    change: { code: number; statusId: string | null },
    channel: EditChannel,
    scenario: number,
  ) {
    const previous = this.current[change.code] ?? null;
    this.current[change.code] = change.statusId;

    this.edits.push({
      id: this.edits.length + 1,
      code: change.code,
      statusId: change.statusId,
      previous,
      channel,
      scenario,
      intended: { ...this.current },
    });
  }

  statusOf(code: number): string | null {
    return this.current[code] ?? null;
  }

  /** Tells whether Zenky's mapping is the one the operator intends. */
  matches(mapping: Mapping): boolean {
    return this.codes.every((code) => {
      const item = mapping.items.find((candidate) => candidate.frontpad_code === code);
      return (item?.order_status_id ?? null) === this.current[code];
    });
  }

  /** Checks each edit of a scenario against Zenky's mapping at the scenario's checkpoint. */
  checkScenario(scenario: number, mapping: Mapping): EditCheck[] {
    const edits = this.edits.filter((edit) => edit.scenario === scenario);

    return edits.map((edit, index) => {
      const overridden = edits.slice(index + 1).some((later) => later.code === edit.code);
      const item = mapping.items.find((candidate) => candidate.frontpad_code === edit.code);
      return { edit, reached: overridden || (item?.order_status_id ?? null) === edit.statusId };
    });
  }
}
