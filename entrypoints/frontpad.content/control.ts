import { formatTime } from '@/utils/i18n/format-time';
import { t } from '@/utils/i18n/t';
import type { ContentState } from '@/utils/messages/state';

import { CONTROL_CSS } from './control-style';
import { button, element } from './dom';

export interface Control {
  host: HTMLElement;
  show: (state: ContentState) => void;
  showError: (message: string) => void;
  setBusy: (busy: boolean) => void;
  remove: () => void;
}

/**
 * Creates the in-page control in a shadow root, so Frontpad's styles do not reach it. The
 * control shows nothing secret. Text is set with `textContent`, never as HTML.
 */
export function createControl(onSync: () => void, onOpenOptions: () => void): Control {
  const host = document.createElement('zenky-frontpad-assistant');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = CONTROL_CSS;

  const panel = element('section', 'panel');
  panel.setAttribute('aria-label', t('extName'));
  const title = element('h2', 'title', t('controlTitle'));
  const count = element('p', 'count');
  const warnings = element('ul', 'warnings');
  const syncButton = button(t('controlSync'), 'sync', onSync);
  const openOptions = button(t('controlOpenMapping'), 'link', onOpenOptions);
  const actions = element('div', 'actions');
  actions.append(syncButton, openOptions);
  const result = element('p', 'result');
  result.setAttribute('role', 'status');
  const hints = element('ul', 'hints');

  panel.append(title, count, warnings, actions, result, hints);
  shadow.append(style, panel);
  document.body.append(host);

  return {
    host,
    show(state) {
      count.textContent = t('controlStatusesRead', [state.statusCount, state.mappedCount]);
      warnings.replaceChildren(...state.warnings.map((text) => element('li', '', text)));

      const last = state.lastSync;
      result.className = resultClass(last);
      result.textContent = last
        ? `${formatTime(last.at)} · ${last.message}`
        : t('controlNeverSynced');

      hints.replaceChildren(...controlHints(state).map((text) => element('li', '', text)));
    },
    showError(message) {
      result.className = 'result error';
      result.textContent = message;
    },
    setBusy(busy) {
      syncButton.disabled = busy;
      syncButton.textContent = busy ? t('syncRunning') : t('controlSync');
    },
    remove() {
      host.remove();
    },
  };
}

function controlHints(state: ContentState): string[] {
  const hints: string[] = [];
  const unmapped = state.statusCount - state.mappedCount;

  if (!state.connected) hints.push(t('controlNotConfigured'));
  if (state.connected && unmapped > 0) hints.push(t('controlUnmapped', [unmapped]));
  if (state.webhooksEnabled) hints.push(t('noticeManualSyncIgnored'));

  return hints;
}

function resultClass(last: ContentState['lastSync']): string {
  if (!last) return 'result';
  return last.ok ? 'result ok' : 'result error';
}
