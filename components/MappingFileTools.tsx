import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import { describeMappingProblem } from '@/utils/background/describe-error';
import { jsonValueLines } from '@/utils/mapping/json-positions';
import {
  readMappingFile,
  writeMappingFile,
  type MappingFileError,
} from '@/utils/mapping/mapping-file';
import { findMappingProblems } from '@/utils/mapping/rules';
import type { AppState } from '@/utils/messages/state';
import type { MappingItem } from '@/utils/zenky/schemas';

import type { EditorRow } from './use-mapping-rows';

interface Props {
  state: AppState;
  rows: EditorRow[];
  items: MappingItem[];
  onImport: (rows: EditorRow[]) => void;
}

/**
 * Exports the editor's mapping as a versioned JSON file and imports one back into the
 * editor. An import only fills the editor; nothing is sent until the operator saves.
 */
export function MappingFileTools({ state, rows, items, onImport }: Props) {
  const [messages, setMessages] = useState<{ ok: boolean; text: string }[]>([]);

  function exportFile() {
    const blob = new Blob([writeMappingFile(items, new Date())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `zenky-frontpad-mapping-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function importFile(file: File) {
    const text = await file.text();
    const result = readMappingFile(text);
    if (!result.ok) {
      setMessages([{ ok: false, text: describeFileError(result.error) }]);
      return;
    }

    const knownIds = new Set(state.orderStatuses.map((status) => status.id));
    const problems = findMappingProblems(result.file.items, knownIds);
    if (problems.length > 0) {
      const lines = jsonValueLines(text);
      setMessages(
        problems.map((problem) => ({
          ok: false,
          text: t('importProblemAtLine', [
            lineOfField(lines, problem.field),
            describeMappingProblem(problem, t),
          ]),
        })),
      );
      return;
    }

    const byCode = new Map(result.file.items.map((item) => [item.frontpad_code, item]));
    const readCodes = new Set(rows.map((row) => row.frontpad_code));
    const skipped = result.file.items.filter((item) => !readCodes.has(item.frontpad_code));

    onImport(
      rows.map((row) => {
        const item = byCode.get(row.frontpad_code);
        if (!item) return row;
        return {
          ...row,
          order_status_id: item.order_status_id,
          notify: item.notify,
          origin: 'imported',
          notifyOrigin: item.notify ? 'imported' : null,
        };
      }),
    );

    const done = { ok: true, text: t('importDone', [result.file.items.length - skipped.length]) };
    const skippedText = skipped.map((item) => `${item.frontpad_code} ${item.frontpad_name}`);
    setMessages(
      skipped.length > 0
        ? [done, { ok: false, text: t('importSkipped', [skippedText.join(', ')]) }]
        : [done],
    );
  }

  return (
    <>
      <button type="button" onClick={exportFile}>
        {t('actionExport')}
      </button>
      <label class="file-button">
        <span>{t('actionImport')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {messages.length > 0 && (
        <div class="file-messages" data-testid="import-messages">
          {messages.map((message) => (
            <p
              key={message.text}
              class={message.ok ? 'result ok' : 'result error'}
              role={message.ok ? 'status' : 'alert'}
            >
              {message.text}
            </p>
          ))}
        </div>
      )}
    </>
  );
}

/** Line of a field such as `items.3.notify`, or of its row, or of the `items` list. */
function lineOfField(lines: Map<string, number>, field: string): number {
  const row = field.split('.').slice(0, 2).join('.');
  return lines.get(field) ?? lines.get(row) ?? lines.get('items') ?? 1;
}

/** Says in the UI language what a field must contain, instead of zod's English message. */
function expectedText(expected: string | undefined): string {
  const keys: Record<string, string> = {
    boolean: 'importExpectedBoolean',
    number: 'importExpectedNumber',
    int: 'importExpectedNumber',
    string: 'importExpectedString',
    array: 'importExpectedArray',
    object: 'importExpectedObject',
  };
  const key = expected === undefined ? undefined : keys[expected];

  return key ? t(key) : t('importExpectedValid');
}

function describeFileError(error: MappingFileError): string {
  const line = error.line ?? '?';
  switch (error.reason) {
    case 'not_json':
      return error.line === null ? t('importNotJsonNoLine') : t('importNotJson', [line]);
    case 'wrong_format':
      return t('importWrongFormat', [line]);
    case 'unsupported_version':
      return t('importUnsupportedVersion', [line, error.detail]);
    case 'invalid_field':
      return t('importInvalidField', [line, error.field ?? '', expectedText(error.expected)]);
  }
}
