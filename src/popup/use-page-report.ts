/**
 * What the content script in the target tab has marked, kept current while
 * the popup is open: asked again every moment (pages change, and a setting
 * changed here reaches the page a moment later), rendered only when it differs.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type PageReport } from '../shared/messages.ts';

export type PageReportState =
  | { readonly status: 'loading' }
  /** No content script answers in this tab: a page Backgrounder does not run on. */
  | { readonly status: 'unavailable' }
  | { readonly status: 'ready'; readonly report: PageReport };

const POLL_MS = 700;

export function usePageReport(tabId: number | undefined, refresh: unknown): PageReportState {
  const [state, setState] = useState<PageReportState>({ status: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;
    const ask = async (): Promise<void> => {
      let next: PageReportState;
      try {
        const report = await sendToTab(tabId, 'popup:get-page-report', {});
        failures = 0;
        // Still reading the page: keep showing "reading" rather than an empty list.
        next = report.active && !report.timing ? { status: 'loading' } : { status: 'ready', report };
      } catch {
        // A content script may still be starting (a page just loaded): give it a few tries.
        next = ++failures < 3 ? { status: 'loading' } : { status: 'unavailable' };
      }
      if (stopped) return;
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setState(next);
      }
      timer = setTimeout(() => void ask(), POLL_MS);
    };
    // A setting changed here reaches the page after a storage round trip: ask once that has settled.
    timer = setTimeout(() => void ask(), refresh === undefined ? 0 : 150);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, refresh]);
  return state;
}
