/** Summary of repeated measurements of one quantity. */
export interface Summary {
  count: number;
  median: number;
  /** 25th and 75th percentiles: half of the samples lie between them. */
  p25: number;
  p75: number;
  min: number;
  max: number;
}

/** Summarizes samples. The percentiles interpolate linearly between the sorted samples. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');

  const sorted = [...samples].sort((a, b) => a - b);

  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
  };
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;

  return low + (high - low) * (position - below);
}
