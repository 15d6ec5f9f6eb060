import type { LaunchedExtension } from '../e2e/support/launch-extension';
import type { StandIns } from '../e2e/support/stand-ins';

interface Reply {
  ok: boolean;
  error?: { message: string };
}

/** The part of the extension pages' `chrome` global that this file calls. */
interface ChromeRuntime {
  chrome: { runtime: { sendMessage: (message: unknown) => Promise<Reply> } };
}

/**
 * Saves the Zenky stand-in's connection in the extension by sending `connection/save` from the
 * options page, the only page whose messages may set the token. The background then fetches
 * Zenky's statuses.
 */
export async function connectToStandIn(
  extension: LaunchedExtension,
  standIns: StandIns,
): Promise<void> {
  const page = await extension.context.newPage();

  try {
    await page.goto(extension.extensionUrl('options.html'));
    const request = {
      type: 'connection/save',
      baseUrl: standIns.zenky.baseUrl,
      storeId: standIns.zenky.storeId,
      token: standIns.zenky.token,
    };
    const reply = await page.evaluate(
      (message) => (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage(message),
      request,
    );
    if (!reply.ok) throw new Error(`connection/save failed: ${reply.error?.message}`);
  } finally {
    await page.close();
  }
}
