import * as z from 'zod/mini';

import { mappingItemSchema, type MappingItem } from '@/utils/zenky/schemas';

import { jsonValueLines, lineOfOffset } from './json-positions';

/** Value of the `format` field that marks a file as this extension's mapping export. */
export const MAPPING_FILE_FORMAT = 'zenky-frontpad-assistant/status-mapping';

/** Version of the export's shape; the reader accepts only this version. */
export const MAPPING_FILE_VERSION = 1;

const mappingFileSchema = z.object({
  format: z.literal(MAPPING_FILE_FORMAT),
  version: z.literal(MAPPING_FILE_VERSION),
  exported_at: z.string(),
  items: z.array(mappingItemSchema).check(z.maxLength(5000)),
});

export type MappingFile = z.infer<typeof mappingFileSchema>;

/** Why an imported file was rejected: the line and field, when known, and the problem. */
export interface MappingFileError {
  line: number | null;
  field: string | null;
  reason: 'not_json' | 'wrong_format' | 'unsupported_version' | 'invalid_field';
  detail: string;
  /** For `invalid_field`: the JSON type the field must have, when the value has another. */
  expected?: string;
}

/** Serializes a mapping for export, two-space indented so that errors can name a line. */
export function writeMappingFile(items: readonly MappingItem[], exportedAt: Date): string {
  const file: MappingFile = {
    format: MAPPING_FILE_FORMAT,
    version: MAPPING_FILE_VERSION,
    exported_at: exportedAt.toISOString(),
    items: [...items],
  };

  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses and validates an exported mapping file. */
export function readMappingFile(
  text: string,
): { ok: true; file: MappingFile } | { ok: false; error: MappingFileError } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = syntaxErrorLine(text, detail);
    return { ok: false, error: { line, field: null, reason: 'not_json', detail } };
  }

  const lines = jsonValueLines(text);
  const record = (raw ?? {}) as Record<string, unknown>;

  if (record.format !== MAPPING_FILE_FORMAT) {
    const line = lines.get('format') ?? 1;
    return {
      ok: false,
      error: { line, field: 'format', reason: 'wrong_format', detail: String(record.format) },
    };
  }

  if (record.version !== MAPPING_FILE_VERSION) {
    const line = lines.get('version') ?? 1;
    return {
      ok: false,
      error: {
        line,
        field: 'version',
        reason: 'unsupported_version',
        detail: String(record.version),
      },
    };
  }

  const parsed = mappingFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, file: parsed.data };

  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return {
    ok: false,
    error: {
      line: lineForPath(lines, field),
      field,
      reason: 'invalid_field',
      detail: issue?.message ?? '',
      expected: issue?.code === 'invalid_type' ? String(issue.expected) : undefined,
    },
  };
}

/**
 * Finds the line of a JSON.parse error from its message, or null when the message names none.
 * V8 names the offset («at position 13»), and Firefox names the line («at line 2 column 3»).
 * V8's «Unexpected end of JSON input» means the text stops short, so the last line with text
 * is named.
 */
function syntaxErrorLine(text: string, detail: string): number | null {
  const offset = /position (\d+)/.exec(detail)?.[1];
  if (offset !== undefined) return lineOfOffset(text, Number(offset));

  const line = /line (\d+)/.exec(detail)?.[1];
  if (line !== undefined) return Number(line);

  if (/end of JSON input/.test(detail)) return lineOfOffset(text, text.trimEnd().length);

  // V8 also quotes the text around the error (Unexpected token 'x', "…"a": x…" is not valid
  // JSON) without an offset. NOTE: the first occurrence of the token inside that quote is taken
  // as the error, which names an earlier line when the same character appears before it there.
  const token = /Unexpected token '(.)'/.exec(detail)?.[1];
  const snippet = /"(?:\.\.\.)?([\s\S]+?)(?:\.\.\.)?" is not valid JSON/.exec(detail)?.[1];
  if (!token || !snippet) return null;

  const start = text.indexOf(snippet);
  const within = snippet.indexOf(token);
  return start >= 0 && within >= 0 ? lineOfOffset(text, start + within) : null;
}

/** Finds the line of a path, or of its closest parent when the field itself is missing. */
function lineForPath(lines: Map<string, number>, path: string): number | null {
  let current = path;
  while (current !== '') {
    const line = lines.get(current);
    if (line !== undefined) return line;
    current = current.includes('.') ? current.slice(0, current.lastIndexOf('.')) : '';
  }

  return lines.get('') ?? null;
}
