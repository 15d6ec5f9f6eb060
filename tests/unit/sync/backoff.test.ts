import { describe, expect, it } from 'vitest';

import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from '@/utils/sync/backoff';

const noJitter = () => 0;
const fullJitter = () => 1;

describe('retryDelayMs', () => {
  it('first retry waits 30 s', () => {
    expect(FIRST_RETRY_MS).toBe(30_000);
  });

  it('cap is 30 min', () => {
    expect(MAX_RETRY_MS).toBe(1_800_000);
  });

  const growthCases: [number, number][] = [
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [5, 480_000],
    [6, 960_000],
    [7, 1_800_000],
    [8, 1_800_000],
    [50, 1_800_000],
  ];

  it.each(growthCases)('attempt %i waits %i ms', (attempt, expected) => {
    expect(retryDelayMs(attempt, undefined, noJitter)).toBe(expected);
  });

  it('attempt 0 waits like attempt 1', () => {
    expect(retryDelayMs(0, undefined, noJitter)).toBe(FIRST_RETRY_MS);
  });

  it('full jitter adds 20 %', () => {
    expect(retryDelayMs(2, undefined, fullJitter)).toBe(72_000);
  });

  it('full jitter exceeds the cap by 20 % at most', () => {
    expect(retryDelayMs(20, undefined, fullJitter)).toBe(2_160_000);
  });

  it('half jitter adds 10 %', () => {
    expect(retryDelayMs(3, undefined, () => 0.5)).toBe(132_000);
  });

  it('default random stays within jitter bounds', () => {
    for (let index = 0; index < 200; index++) {
      const delay = retryDelayMs(3, undefined);

      expect(delay).toBeGreaterThanOrEqual(120_000);
      expect(delay).toBeLessThanOrEqual(144_000);
    }
  });

  it('Retry-After above the delay wins', () => {
    expect(retryDelayMs(1, 300, fullJitter)).toBe(300_000);
  });

  it('Retry-After below the delay is ignored', () => {
    expect(retryDelayMs(4, 10, noJitter)).toBe(240_000);
  });

  it('Retry-After 0 keeps the 30 s minimum', () => {
    expect(retryDelayMs(1, 0, noJitter)).toBe(FIRST_RETRY_MS);
  });

  it('Retry-After beyond the cap wins', () => {
    expect(retryDelayMs(10, 7200, fullJitter)).toBe(7_200_000);
  });

  it('returns whole milliseconds', () => {
    expect(Number.isInteger(retryDelayMs(1, undefined, () => 0.123456789))).toBe(true);
  });
});
