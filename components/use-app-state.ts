import { useCallback, useLayoutEffect, useState } from 'preact/hooks';

import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

import { sendRequest } from './send-request';

export interface AppStateHandle {
  state: AppState | null;
  error: ReplyError | null;
  busy: boolean;
  /** Sends a request whose reply is the new state; returns the error, if any. */
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/** Loads the background's state and keeps it current after each request. */
export function useAppState(): AppStateHandle {
  const [state, setState] = useState<AppState | null>(null);
  const [error, setError] = useState<ReplyError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (request: PageRequest) => {
    setBusy(true);
    const reply = await sendRequest<AppState>(request);
    setBusy(false);

    if (!reply.ok) {
      setError(reply.error);
      if (request.type !== 'state/get') void reload();
      return reply.error;
    }

    setError(null);
    setState(reply.value);
    return null;
  }, []);

  async function reload() {
    const reply = await sendRequest<AppState>({ type: 'state/get' });
    if (reply.ok) setState(reply.value);
  }

  // A layout effect sends the request before the first paint, and a plain one only after it.
  useLayoutEffect(() => {
    void run({ type: 'state/get' });

    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [run]);

  return { state, error, busy, run };
}
