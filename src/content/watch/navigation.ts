/**
 * Single-page-app navigations: the page changes its URL without loading a new
 * document (History API). A content script cannot see the page's own
 * pushState calls, so a change of URL is noticed through the Navigation API
 * where the browser has it, popstate, and a check after every batch of DOM
 * changes (an SPA navigation always changes the DOM).
 */

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

export class NavigationWatcher {
  #last: string;
  readonly #onNavigate: () => void;
  readonly #view: Window;

  constructor(view: Window, onNavigate: () => void, signal: AbortSignal) {
    this.#view = view;
    this.#last = withoutHash(view.location.href);
    this.#onNavigate = onNavigate;
    const check = (): void => this.check();
    view.addEventListener('popstate', check, { signal });
    const navigation = (view as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', check, { signal });
  }

  /** Has the URL (ignoring the fragment) changed since the last check? Calls `onNavigate` if so. */
  check(): void {
    const now = withoutHash(this.#view.location.href);
    if (now === this.#last) return;
    this.#last = now;
    this.#onNavigate();
  }
}
