/**
 * Thrown by `parseStatuses` when no table on the page qualifies as the statuses table.
 * The message is for developer logs; the operator sees the localized `errorNoStatusesTable`.
 */
export class StatusesTableNotFoundError extends Error {
  constructor() {
    super(
      'Statuses table not found: no table has a header naming a status-name column and an ' +
        'API-code column, or a second column of integer codes',
    );
    this.name = 'StatusesTableNotFoundError';
  }
}
