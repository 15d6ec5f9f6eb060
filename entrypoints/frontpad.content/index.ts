import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { STATE_SIGNAL_KEY } from '@/utils/background/state-signal';
import { FRONTPAD_MATCHES } from '@/utils/origins';

import { createControl, type Control } from './control';
import { sendToBackground } from './send';
import { watchStatuses } from './watch-statuses';
import { startWebhookFieldAssistant } from './webhook-field-assistant';

export default defineContentScript({
  // Builds for the local stand-ins add http://127.0.0.1/* in wxt.config.ts.
  matches: FRONTPAD_MATCHES,
  main(ctx) {
    let control: Control | null = null;

    const sync = async () => {
      if (!control) return;

      control.setBusy(true);
      const reply = await sendToBackground({ type: 'frontpad/sync' });
      control.setBusy(false);

      if (reply.ok) control.show(reply.value);
      else control.showError(reply.error.message);
    };

    const stop = watchStatuses(() => control?.host ?? null, {
      onRead: async (read) => {
        control ??= createControl(
          () => void sync(),
          () => void sendToBackground({ type: 'frontpad/open-options' }),
        );
        const reply = await sendToBackground({ type: 'frontpad/statuses-read', read });

        if (reply.ok) control.show(reply.value);
        else control.showError(reply.error.message);
      },
      onGone: () => {
        control?.remove();
        control = null;
      },
    });

    // The mapping is edited and synced in other tabs, so the panel requests the current state
    // when the background signals a change and whenever the operator comes back to this tab.
    const refresh = async () => {
      if (!control || document.visibilityState !== 'visible') return;

      const reply = await sendToBackground({ type: 'frontpad/get-state' });
      if (reply.ok) control?.show(reply.value);
    };
    const onVisible = () => void refresh();
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STATE_SIGNAL_KEY in changes) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
      browser.storage.onChanged.removeListener(onStorage);
    });

    ctx.onInvalidated(startWebhookFieldAssistant());
    ctx.onInvalidated(() => {
      stop();
      control?.remove();
    });
  },
});
