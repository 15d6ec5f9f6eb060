import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import { logger } from '@/utils/logger';
import type { AppState } from '@/utils/messages/state';
import { DEFAULT_ZENKY_BASE_URL } from '@/utils/origins';
import { isCoveredBy } from '@/utils/permissions/origin-pattern';
import { listRequiredOrigins, type RequiredOrigin } from '@/utils/permissions/required-origins';

interface Props {
  state: AppState;
}

interface OriginRow extends RequiredOrigin {
  granted: boolean;
  /** Declared in the manifest, so that `permissions.request` may request it. */
  requestable: boolean;
}

type GrantResult = 'granted' | 'denied' | 'failed' | null;

function purposeLabel(purpose: RequiredOrigin['purpose']): string {
  switch (purpose) {
    case 'frontpad':
      return t('hostPermissionFrontpad');
    case 'zenky':
      return t('hostPermissionZenky');
    case 'standin':
      return t('hostPermissionStandin');
  }
}

/**
 * Shows whether the browser lets the extension reach Frontpad and the configured Zenky API,
 * with a button that requests what is missing. Firefox treats Manifest V3 host permissions as
 * revocable, and Chrome lets the operator restrict site access, so either may be missing.
 */
export function HostPermissions({ state }: Props) {
  const baseUrl = state.connection.baseUrl ?? DEFAULT_ZENKY_BASE_URL;
  const [rows, setRows] = useState<OriginRow[] | null>(null);
  const [result, setResult] = useState<GrantResult>(null);

  useEffect(() => {
    const required = listRequiredOrigins(baseUrl, __LOCAL_STANDINS__);
    const refresh = () => void checkOrigins(required).then(setRows);

    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [baseUrl]);

  if (!rows) return null;

  const missing = [
    ...new Set(rows.filter((row) => !row.granted && row.requestable).map((row) => row.pattern)),
  ];

  // Browsers accept permissions.request only while handling the click, so it is the first
  // call here, with the patterns computed before.
  function grant() {
    browser.permissions.request({ origins: missing }).then(
      (granted) => setResult(granted ? 'granted' : 'denied'),
      (error: unknown) => {
        logger.error('permissions.request failed', error);
        setResult('failed');
      },
    );
  }

  return (
    <section aria-labelledby="host-permissions-title" data-testid="host-permissions">
      <h2 id="host-permissions-title">{t('hostPermissionsTitle')}</h2>
      <p class="muted">{t('hostPermissionsExplained')}</p>

      <dl class="facts">
        {rows.map((row) => (
          <OriginFact key={`${row.purpose} ${row.pattern}`} row={row} />
        ))}
      </dl>

      {missing.length > 0 && (
        <div class="actions">
          <button type="button" id="grant-host-permissions" class="primary" onClick={grant}>
            {t('hostPermissionsGrant')}
          </button>
        </div>
      )}

      {result && <GrantResultLine result={result} />}
    </section>
  );
}

function OriginFact({ row }: { row: OriginRow }) {
  const origin = row.pattern.replace(/\/\*$/, '');

  return (
    <>
      <dt>
        {purposeLabel(row.purpose)} <code>{origin}</code>
      </dt>
      <dd data-pattern={row.pattern} data-granted={String(row.granted)}>
        {row.granted ? t('hostPermissionGranted') : t('hostPermissionMissing')}
        {!row.granted && !row.requestable && (
          <p class="field-error">{t('hostPermissionNotRequestable', [origin])}</p>
        )}
      </dd>
    </>
  );
}

function GrantResultLine({ result }: { result: Exclude<GrantResult, null> }) {
  const messages = {
    granted: t('hostPermissionsGrantedReload'),
    denied: t('hostPermissionsDenied'),
    failed: t('hostPermissionsRequestFailed'),
  };

  return (
    <p
      class={result === 'granted' ? 'result ok' : 'result error'}
      role={result === 'granted' ? 'status' : 'alert'}
      data-testid="host-permissions-result"
    >
      {messages[result]}
    </p>
  );
}

async function checkOrigins(required: RequiredOrigin[]): Promise<OriginRow[]> {
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  const declared = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];

  return Promise.all(
    required.map(async (origin) => ({
      ...origin,
      granted: await browser.permissions.contains({ origins: [origin.pattern] }),
      requestable: isCoveredBy(origin.pattern, declared),
    })),
  );
}
