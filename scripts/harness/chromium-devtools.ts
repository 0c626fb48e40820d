/**
 * The DevTools protocol on a Chromium launched with the extension, for what
 * the extension APIs cannot do: collect garbage and read a page's heap,
 * stop the extension's service worker as Chrome stops an idle one, and read
 * the worker's own heap and timeline.
 *
 * The worker is reached through a page's session (Target.attachToTarget
 * without flattening, then Target.sendMessageToTarget): Playwright gives
 * DevTools sessions to pages only, and does not report a service worker that
 * started again.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright';

export interface ChromiumDevtools {
  /** Send a command to a page of this browser. */
  page(page: Page, method: string, params?: object): Promise<unknown>;
  /** Send a command to the extension's service worker; undefined when it is not running. */
  worker(method: string, params?: object): Promise<unknown>;
  /** Stop the extension's service worker (what Puppeteer's WebWorker.close() does); false when it was not running. */
  stopWorker(): Promise<boolean>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function chromiumDevtools(context: BrowserContext, extensionId: string): ChromiumDevtools {
  const sessions = new WeakMap<Page, Promise<CDPSession>>();
  const session = (page: Page): Promise<CDPSession> => {
    let found = sessions.get(page);
    if (!found) {
      found = context.newCDPSession(page);
      sessions.set(page, found);
    }
    return found;
  };
  /** A page to reach targets from: the persistent context's own blank page. */
  const home = async (): Promise<CDPSession> => session(context.pages()[0] ?? (await context.newPage()));
  const workerTarget = async (cdp: CDPSession) =>
    (await cdp.send('Target.getTargets')).targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`));

  return {
    page: async (page, method, params = {}) => (await session(page)).send(method as never, params as never),
    worker: async (method, params = {}) => {
      const cdp = await home();
      const target = await workerTarget(cdp);
      if (!target) return undefined;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      try {
        return await new Promise((resolve, reject) => {
          const onMessage = (event: { sessionId?: string; message: string }): void => {
            const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
            if (event.sessionId !== sessionId || message.id !== 1) return;
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            if (message.error) reject(new Error(`${method}: ${message.error.message}`));
            else resolve(message.result);
          };
          cdp.on('Target.receivedMessageFromTarget', onMessage);
          cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method, params }) }).catch(reject);
        });
      } finally {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
    },
    stopWorker: async () => {
      const cdp = await home();
      const target = await workerTarget(cdp);
      if (!target) return false;
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      // A page's message may start a new worker at once: what must be gone is this one.
      for (let attempt = 0; (await workerTarget(cdp))?.targetId === target.targetId; attempt++) {
        if (attempt > 100) throw new Error('the service worker did not stop');
        // A worker busy with a page's message (reading the glossary) can outlive one request to close: ask again each second.
        if (attempt % 10 === 9) await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
        await pause(100);
      }
      return true;
    },
  };
}
