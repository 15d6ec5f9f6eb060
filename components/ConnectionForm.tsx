import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { ReplyError } from '@/utils/messages/state';
import { DEFAULT_ZENKY_BASE_URL } from '@/utils/origins';
import {
  requestApiOrigin,
  type ApiOriginAccess,
  type PermissionsApi,
} from '@/utils/permissions/request-api-origin';
import type { Connection } from '@/utils/storage/records';

import { sendRequest } from './send-request';

interface Props {
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

type TestResult = { ok: boolean; message: string; field?: string } | null;

const PERMISSIONS: PermissionsApi = {
  // The manifest types of webextension-polyfill lack Manifest V3's optional_host_permissions.
  getManifest: () => browser.runtime.getManifest() as ReturnType<PermissionsApi['getManifest']>,
  request: (permissions) => browser.permissions.request(permissions),
};

/** Zenky API base URL, store id and token, with a connection check. */
export function ConnectionForm({ run }: Props) {
  const [baseUrl, setBaseUrl] = useState(DEFAULT_ZENKY_BASE_URL);
  const [storeId, setStoreId] = useState('');
  const [token, setToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [result, setResult] = useState<TestResult>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendRequest<Connection | null>({ type: 'connection/get' }).then((reply) => {
      if (!reply.ok || !reply.value) return;

      setBaseUrl(reply.value.baseUrl);
      setStoreId(reply.value.storeId);
      setToken(reply.value.token);
    });
  }, []);

  async function testConnection() {
    const access = requestApiOrigin(baseUrl, PERMISSIONS);
    setBusy(true);
    if (!(await accessGranted(access))) return;

    const reply = await sendRequest<string>({ type: 'connection/test', baseUrl, storeId, token });
    setBusy(false);
    setResult(
      reply.ok
        ? { ok: true, message: reply.value }
        : { ok: false, message: reply.error.message, field: firstField(reply.error) },
    );
  }

  async function save(event: Event) {
    event.preventDefault();
    const access = requestApiOrigin(baseUrl, PERMISSIONS);
    setBusy(true);
    if (!(await accessGranted(access))) return;

    const error = await run({ type: 'connection/save', baseUrl, storeId, token });
    setBusy(false);
    setResult(
      error
        ? { ok: false, message: error.message, field: firstField(error) }
        : { ok: true, message: t('connectionSaved') },
    );
  }

  /** Shows why the API address cannot be reached; true when the request may go on. */
  async function accessGranted(pending: Promise<ApiOriginAccess>): Promise<boolean> {
    const access = await pending;
    if (access.kind === 'granted' || access.kind === 'invalid') return true;

    const origin = access.pattern.replace(/\/\*$/, '');
    const message =
      access.kind === 'denied'
        ? t('errorHostPermissionDenied', [origin])
        : t('errorHostPermissionNotRequestable', [origin]);
    setBusy(false);
    setResult({ ok: false, message, field: 'baseUrl' });
    return false;
  }

  const fieldError = (field: string) =>
    result && !result.ok && result.field === field ? (
      <p class="field-error" id={`${field}-error`}>
        {result.message}
      </p>
    ) : null;

  return (
    <form onSubmit={save} aria-labelledby="connection-title">
      <h2 id="connection-title">{t('connectionTitle')}</h2>
      <div class="form-grid">
        <label for="base-url">{t('connectionBaseUrl')}</label>
        <input
          id="base-url"
          name="baseUrl"
          type="url"
          value={baseUrl}
          aria-invalid={result?.field === 'baseUrl'}
          onInput={(event) => setBaseUrl(event.currentTarget.value)}
        />
        {fieldError('baseUrl')}

        <label for="store-id">{t('connectionStoreId')}</label>
        <input
          id="store-id"
          name="storeId"
          type="text"
          autocomplete="off"
          value={storeId}
          aria-invalid={result?.field === 'storeId'}
          onInput={(event) => setStoreId(event.currentTarget.value)}
        />
        {fieldError('storeId')}

        <label for="token">{t('connectionToken')}</label>
        <div class="with-toggle">
          <input
            id="token"
            name="token"
            type={showToken ? 'text' : 'password'}
            autocomplete="off"
            value={token}
            aria-invalid={result?.field === 'token'}
            onInput={(event) => setToken(event.currentTarget.value)}
          />
          <label class="muted toggle">
            <input
              type="checkbox"
              checked={showToken}
              onChange={(event) => setShowToken(event.currentTarget.checked)}
            />{' '}
            {t('connectionShowToken')}
          </label>
        </div>
        {fieldError('token')}
      </div>

      <div class="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void testConnection()}
          data-testid="connection-test"
        >
          {t('actionTestConnection')}
        </button>
        <button type="submit" class="primary" disabled={busy} data-testid="connection-save">
          {t('actionSaveConnection')}
        </button>
      </div>

      {result && !result.field && (
        <p
          class={result.ok ? 'result ok' : 'result error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="connection-result"
        >
          {result.message}
        </p>
      )}
    </form>
  );
}

function firstField(error: ReplyError): string | undefined {
  return Object.keys(error.fieldErrors ?? {})[0];
}
