import type { UpgradeStep } from './upgrade-step';
import { upgradeV0ToV1 } from './v000-to-v001';
import { upgradeV1ToV2 } from './v001-to-v002';

/**
 * Schema steps in order: step N brings the database from version N to N + 1. Add a step for
 * every change of a store or of a stored record's shape, and leave shipped steps as they are.
 */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [upgradeV0ToV1, upgradeV1ToV2];
