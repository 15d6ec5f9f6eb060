import { describe, expect, it } from 'vitest';

import { changesPanelState } from '@/utils/background/state-signal';

describe('changesPanelState', () => {
  it.each(['state/get', 'connection/get', 'history/get', 'frontpad/get-state'])(
    'ignores read-only %s',
    (type) => {
      expect(changesPanelState({ type })).toBe(false);
    },
  );

  it.each(['mapping/save-and-sync', 'webhooks/set', 'frontpad/sync', 'frontpad/statuses-read'])(
    'signals after %s',
    (type) => {
      expect(changesPanelState({ type })).toBe(true);
    },
  );

  it('ignores a message without a type', () => {
    expect(changesPanelState({})).toBe(false);
  });
});
