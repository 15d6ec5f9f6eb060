import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, networkInterfaces, release, totalmem } from 'node:os';

/** Description of the machine a benchmark ran on, for BENCHMARKS.md. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  chromium: string;
  node: string;
  date: string;
  /** Whether the run could reach only loopback (dev/loopback-only.sh). */
  loopbackOnly: boolean;
  /** One-minute load average when the run started and when it ended. */
  loadAverage: { start: number; end: number };
}

/** Returns the one-minute load average, the mean number of runnable processes. */
export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}

/**
 * Collects the machine's description. `chromium` is the version the browser reports and
 * `loadAtStart` what `currentLoad` returned when the run started.
 */
export function describeMachine(chromium: string, loadAtStart: number): MachineInfo {
  return {
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1e8) / 10,
    os: `${osName()}, Linux ${release()}`,
    chromium,
    node: process.version,
    date: new Date().toISOString(),
    loopbackOnly: Object.keys(networkInterfaces()).every((name) => name === 'lo'),
    loadAverage: { start: loadAtStart, end: currentLoad() },
  };
}

function cpuModel(): string {
  try {
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1];
    if (model) return model.trim();
  } catch {
    // Not Linux: fall back to what Node.js reports.
  }

  return cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(osRelease)?.[1] ?? 'unknown OS';
  } catch {
    return 'unknown OS';
  }
}
