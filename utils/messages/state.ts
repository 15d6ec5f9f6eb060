import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { SetupFacts } from '@/utils/setup/setup-facts';
import type { DraftEntry, LastSync } from '@/utils/storage/records';
import type { FrontpadSettings, Mapping, MappingItem, OrderStatus } from '@/utils/zenky/schemas';

/** Everything the popup and the options page show, without the Zenky token. */
export interface AppState {
  connection: { configured: boolean; baseUrl: string | null; storeId: string | null };
  catalog: {
    statuses: FrontpadStatus[];
    warnings: string[];
    readAt: string;
    /** Codes the operator entered by hand rather than read off a page. */
    manualCodes: number[];
  } | null;
  orderStatuses: OrderStatus[];
  settings: FrontpadSettings | null;
  zenkyFetchedAt: string | null;
  draft: Record<string, DraftEntry>;
  remote: Mapping | null;
  pending: PendingWrite | null;
  lastSync: LastSync | null;
  conflict: { theirs: Mapping; mine: MappingItem[]; at: string } | null;
  firstMappingSyncAt: string | null;
  setup: SetupFacts;
}

/**
 * The mapping write that Zenky has not confirmed yet: being sent (or checked), waiting for a
 * retry at `nextAttemptAt`, or stopped until the operator acts on `error`.
 */
export interface PendingWrite {
  state: 'sending' | 'retrying' | 'failed';
  /** Failed attempts since the last save. */
  attempts: number;
  nextAttemptAt: string | null;
  /** Saves collapsed into this write. */
  saves: number;
  error: ReplyError | null;
}

/** What the in-page control shows; it carries nothing secret. */
export interface ContentState {
  statusCount: number;
  mappedCount: number;
  warnings: string[];
  connected: boolean;
  webhooksEnabled: boolean | null;
  lastSync: LastSync | null;
}

/** Operator-facing error: `code` is stable, `message` is already in the UI language. */
export interface ReplyError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };
