import type { UpgradeStep } from './upgrade-step';

/** Creates the key-value store of records and the auto-numbered sync history. */
export const upgradeV0ToV1: UpgradeStep = async (db) => {
  db.createObjectStore('kv');
  db.createObjectStore('syncLog', { autoIncrement: true });
};
