/**
 * happy-dom's IntersectionObserver never reports (it lays nothing out). This
 * stand-in reports every observed element once, on a later task as a browser
 * does after its rendering update, as on screen when `isOnScreen` says so.
 */

export interface IntersectionStub {
  /** How many elements were observed, over every observer. */
  readonly observed: () => number;
  restore(): void;
}

export function installIntersectionStub(isOnScreen: (element: Element) => boolean): IntersectionStub {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'IntersectionObserver');
  let observed = 0;
  class StubObserver {
    readonly #callback: IntersectionObserverCallback;
    #targets: Element[] = [];
    #timer: ReturnType<typeof setTimeout> | undefined;
    constructor(callback: IntersectionObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element): void {
      observed++;
      this.#targets.push(target);
      this.#timer ??= setTimeout(() => {
        const entries = this.#targets.map((target) => ({ target, isIntersecting: isOnScreen(target) }) as IntersectionObserverEntry);
        this.#callback(entries, this as unknown as IntersectionObserver);
      });
    }
    disconnect(): void {
      clearTimeout(this.#timer);
      this.#targets = [];
    }
  }
  Object.defineProperty(globalThis, 'IntersectionObserver', { value: StubObserver, configurable: true, writable: true });
  return {
    observed: () => observed,
    restore: () => {
      if (descriptor) Object.defineProperty(globalThis, 'IntersectionObserver', descriptor);
      else delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    },
  };
}
