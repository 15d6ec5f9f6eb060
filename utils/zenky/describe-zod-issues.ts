import type * as z from 'zod/mini';

/** Maximum number of issues named in one description. The rest are only counted. */
const MAX_DESCRIBED_ISSUES = 3;

/** Formats an issue path as `data.items[0].frontpad_code`, or `(root)` for an empty path. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
    } else {
      text += text === '' ? String(key) : `.${String(key)}`;
    }
  }
  return text === '' ? '(root)' : text;
}

/**
 * Describes one issue in English from its code and parameters, because zod/mini ships
 * without a locale and sets every issue message to "Invalid input".
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return `${where}: below the minimum ${String(issue.minimum)}`;
    case 'too_big':
      return `${where}: above the maximum ${String(issue.maximum)}`;
    default:
      return `${where}: ${issue.code}`;
  }
}

/** Describes schema validation issues in one line, such as `data.revision: expected int`. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[]): string {
  const described = issues.slice(0, MAX_DESCRIBED_ISSUES).map(describeIssue).join('; ');
  const remaining = issues.length - MAX_DESCRIBED_ISSUES;
  return remaining > 0 ? `${described} (and ${remaining} more)` : described;
}
