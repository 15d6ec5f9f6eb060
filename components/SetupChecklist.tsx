import { t } from '@/utils/i18n/t';
import { buildSetupChecklist } from '@/utils/setup/checklist';

import './setup-checklist.css';
import { SetupItemAction, type SetupActionProps } from './SetupItemAction';
import { setupItemDetail, setupItemTitle } from './setup-item-text';

type Props = Omit<SetupActionProps, 'item'>;

/**
 * Renders the webhook setup as a checklist of steps, each with its live state and the control
 * that fixes it. The list folds into its summary line once every step is done.
 */
export function SetupChecklist(props: Props) {
  const items = buildSetupChecklist(props.state);
  const doneCount = items.filter((item) => item.done).length;
  const allDone = doneCount === items.length;

  return (
    <section class="setup" data-testid="setup-checklist" data-all-done={allDone}>
      <details open={!allDone}>
        <summary>
          {allDone ? t('setupAllDone') : t('setupProgress', [doneCount, items.length])}
        </summary>
        <ol class="setup-list">
          {items.map((item) => {
            const detail = setupItemDetail(item);

            return (
              <li
                key={item.id}
                class={item.done ? 'setup-item done' : 'setup-item'}
                data-item={item.id}
                data-done={item.done}
              >
                <span class="setup-mark" aria-hidden="true">
                  {item.done ? '✓' : ''}
                </span>
                <div class="setup-body">
                  <p class="setup-title">
                    {setupItemTitle(item)}
                    <span class="visually-hidden">
                      {' '}
                      {item.done ? t('setupStepDone') : t('setupStepOpen')}
                    </span>
                  </p>
                  {detail && <p class="setup-detail">{detail}</p>}
                  <div class="setup-action">
                    <SetupItemAction item={item} {...props} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
