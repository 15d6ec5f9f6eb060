import type { Translate } from '@/utils/i18n/catalog';
import type { MappingProblem } from '@/utils/mapping/rules';
import type { ReplyError } from '@/utils/messages/state';
import { ZenkyError } from '@/utils/zenky/errors';
import { MAX_NOTIFY_STATUSES } from '@/utils/zenky/schemas';

/** Describes a failed Zenky request in words an operator can act on. */
export function describeZenkyError(error: ZenkyError, baseUrl: string, t: Translate): ReplyError {
  const fieldErrors = error.fieldErrors;

  switch (error.kind) {
    case 'network':
      return { code: error.kind, message: t('errorNetwork', [baseUrl]) };
    case 'timeout':
      return { code: error.kind, message: t('errorTimeout', [baseUrl]) };
    case 'unauthorized':
      return { code: error.kind, message: t('errorUnauthorized') };
    case 'forbidden':
      return { code: error.kind, message: t('errorForbidden') };
    case 'not_found':
      return { code: error.kind, message: t('errorNotFound', [baseUrl]) };
    case 'conflict':
      return {
        code: error.kind,
        message: t('errorConflict', [error.currentMapping?.revision ?? '?']),
      };
    case 'validation':
      return {
        code: error.kind,
        message: t('errorValidation', [describeFieldErrors(fieldErrors, error.serverMessage)]),
        fieldErrors,
      };
    case 'rate_limited':
      return {
        code: error.kind,
        message: t('errorRateLimited', [error.retryAfterSeconds ?? 60]),
      };
    case 'server':
      return { code: error.kind, message: t('errorServer', [error.status ?? 500]) };
    case 'bad_response':
      return { code: error.kind, message: t('errorBadResponse', [baseUrl]) };
  }
}

function describeFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  serverMessage: string | undefined,
): string {
  const lines = Object.entries(fieldErrors ?? {}).map(
    ([field, messages]) => `${field}: ${messages.join(' ')}`,
  );

  if (lines.length === 0) return serverMessage ?? '';
  return lines.join('; ');
}

/** Describes a rule the mapping breaks, naming the Frontpad code. */
export function describeMappingProblem(problem: MappingProblem, t: Translate): string {
  switch (problem.kind) {
    case 'duplicate_code':
      return t('problemDuplicateCode', [problem.code]);
    case 'too_many_notify':
      return t('problemTooManyNotify', [problem.count, MAX_NOTIFY_STATUSES]);
    case 'notify_without_status':
      return t('problemNotifyWithoutStatus', [problem.code]);
    case 'unknown_status':
      return t('problemUnknownStatus', [problem.code]);
  }
}
