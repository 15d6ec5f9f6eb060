import type { MachineInfo } from './machine';
import type { MemoryUse } from './memory';
import type { PageLoadTiming } from './page-load';
import type { ParseTiming } from './parse-in-browser';
import type { PopupRenderTiming } from './popup-render';
import type { BuildSizes } from './sizes';
import type { SyncTiming } from './sync-time';

/** Everything one run of the benchmark measured. */
export interface BenchResults {
  machine: MachineInfo;
  sizes: BuildSizes;
  parse: ParseTiming[];
  pageLoad: PageLoadTiming;
  popup: PopupRenderTiming;
  sync: SyncTiming;
  syncRounds: number;
  memory: MemoryUse;
  durationSeconds: number;
}
