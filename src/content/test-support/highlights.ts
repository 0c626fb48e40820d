/**
 * happy-dom has neither `CSS.highlights` nor `Highlight` (the CSS Custom
 * Highlight API). This installs a minimal stand-in, enough for PageOwner:
 * a Highlight is a set of ranges with a priority, the registry a Map.
 *
 * happy-dom's global `CSS` is a getter that returns a new object on every read,
 * so the stub replaces the global with one fixed object for the test's duration.
 */

export class StubHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export interface HighlightStub {
  readonly registry: Map<string, StubHighlight>;
  restore(): void;
}

export function installHighlightStub(): HighlightStub {
  const global = globalThis as unknown as { CSS?: object; Highlight?: unknown };
  const cssDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'CSS');
  const highlightDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'Highlight');
  const registry = new Map<string, StubHighlight>();
  // Keep what the environment's CSS object offers (CSS.escape, CSS.supports) behind the registry.
  const css = Object.assign(Object.create(global.CSS ?? null) as object, { highlights: registry });
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'Highlight', { value: StubHighlight, configurable: true, writable: true });
  return {
    registry,
    restore() {
      if (cssDescriptor) Object.defineProperty(globalThis, 'CSS', cssDescriptor);
      else delete global.CSS;
      if (highlightDescriptor) Object.defineProperty(globalThis, 'Highlight', highlightDescriptor);
      else delete global.Highlight;
    },
  };
}
