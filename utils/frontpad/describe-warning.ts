import type { Translate } from '@/utils/i18n/catalog';

import type { StatusWarning } from './types';

/** Turns a parser warning into a sentence for the operator, in the UI language. */
export function describeWarning(warning: StatusWarning, translate: Translate): string {
  const row = warning.row ?? 0;
  const name = warning.name ?? '';
  const value = warning.value ?? '';

  switch (warning.kind) {
    case 'duplicate_code':
      return translate('warningDuplicateCode', [row, name, value]);
    case 'blank_code':
      return translate('warningBlankCode', [row, name]);
    case 'invalid_code':
      return translate('warningInvalidCode', [row, name, value]);
    case 'blank_name':
      return translate('warningBlankName', [row, value]);
    case 'no_rows':
      return translate('warningNoRows');
  }
}
