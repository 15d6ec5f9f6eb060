import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import { parsePastedLines, type PastedLineError } from '@/utils/frontpad/parse-pasted-lines';
import type { PageRequest } from '@/utils/messages/protocol';
import type { ReplyError } from '@/utils/messages/state';

interface Props {
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/**
 * Adds statuses by hand when a Frontpad page cannot be read: one code and name, or lines
 * pasted from Frontpad («10 Выполнен», «10;Выполнен», or a copied table row).
 */
export function ManualStatuses({ busy, run }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function add(text: string, clear: () => void) {
    setDone(null);
    const parsed = parsePastedLines(text);
    const lineErrors = parsed.errors.map(describeLineError);
    if (parsed.statuses.length === 0 && lineErrors.length === 0) {
      setErrors([t('manualNothing')]);
      return;
    }
    setErrors(lineErrors);
    if (parsed.statuses.length === 0 || lineErrors.length > 0) return;

    const failure = await run({ type: 'catalog/add-manual', statuses: parsed.statuses });
    if (failure) {
      setErrors([failure.message]);
      return;
    }

    clear();
    setDone(t('manualAdded', [parsed.statuses.length]));
  }

  return (
    <details class="manual" data-testid="manual-entry">
      <summary>{t('manualTitle')}</summary>
      <p class="muted">{t('manualExplained')}</p>
      <form
        class="manual-one"
        onSubmit={(event) => {
          event.preventDefault();

          // Both fields empty is «nothing to add», not a line «;» without a code.
          const line =
            code.trim() === '' && name.trim() === '' ? '' : `${code.trim()};${name.trim()}`;
          void add(line, () => {
            setCode('');
            setName('');
          });
        }}
      >
        <label for="manual-code">{t('manualCode')}</label>
        <input
          id="manual-code"
          type="text"
          inputMode="numeric"
          size={6}
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
        <label for="manual-name">{t('manualName')}</label>
        <input
          id="manual-name"
          type="text"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {t('manualAddOne')}
        </button>
      </form>

      <label for="manual-paste">{t('manualPasteLabel')}</label>
      <textarea
        id="manual-paste"
        rows={4}
        placeholder={'10 Выполнен\n11;Отменен'}
        value={pasted}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void add(pasted, () => setPasted(''))}>
          {t('manualAddLines')}
        </button>
      </div>

      {errors.map((message) => (
        <p class="result error" role="alert" key={message}>
          {message}
        </p>
      ))}
      {done && (
        <p class="result ok" role="status">
          {done}
        </p>
      )}
    </details>
  );
}

function describeLineError(error: PastedLineError): string {
  const keys: Record<PastedLineError['reason'], string> = {
    no_code: 'manualErrorNoCode',
    no_name: 'manualErrorNoName',
    duplicate_code: 'manualErrorDuplicate',
    name_too_long: 'manualErrorNameTooLong',
  };

  return t(keys[error.reason], [error.line, error.text]);
}
