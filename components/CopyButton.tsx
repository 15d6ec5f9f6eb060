import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';

/** Renders a button that copies `text` to the clipboard and shows whether that worked. */
export function CopyButton({ text }: { text: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  }

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {result === 'copied' ? t('webhooksCopied') : t('webhooksCopy')}
      </button>
      {result === 'failed' && (
        <span class="result error" role="alert">
          {t('copyFailed')}
        </span>
      )}
    </>
  );
}
