/**
 * Following a page that changes: one MutationObserver for the document and
 * every open shadow root, batched. The callback only records what changed;
 * the work happens after a short quiet period, outside the callback. Changes
 * inside other changes are merged; past a threshold the whole page is read
 * again instead. Our own host element is ignored.
 */

/** Records collected before a batch is handed over: a page mutating non-stop still gets a turn every BATCH_MS. */
const BATCH_MS = 60;
/** Past this many changed places in one batch, one full read is cheaper than many small ones. */
const FULL_READ_THRESHOLD = 200;

export interface MutationBatch {
  /** The nodes whose text or children changed (outermost only). */
  readonly nodes: ReadonlySet<Node>;
  /** Too much changed: read the whole page. */
  readonly full: boolean;
}

export class MutationWatcher {
  readonly #observer: MutationObserver;
  readonly #changed = new Set<Node>();
  readonly #isOurs: (node: Node) => boolean;
  readonly #onBatch: (batch: MutationBatch) => void;
  #overflow = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #observed = new WeakSet<Node>();

  constructor(isOurs: (node: Node) => boolean, onBatch: (batch: MutationBatch) => void, signal: AbortSignal) {
    this.#isOurs = isOurs;
    this.#onBatch = onBatch;
    this.#observer = new MutationObserver((records) => this.#record(records));
    signal.addEventListener('abort', () => {
      this.#observer.disconnect();
      clearTimeout(this.#timer);
    });
  }

  /** Watch a document or an open shadow root (once). */
  observe(root: Document | ShadowRoot): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    this.#observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  #record(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (this.#isOurs(record.target) || this.#onlyOurNodes(record)) continue;
      if (this.#changed.size >= FULL_READ_THRESHOLD) {
        this.#overflow = true;
        break;
      }
      this.#changed.add(record.target);
    }
    this.#timer ??= setTimeout(() => this.#flush(), BATCH_MS);
  }

  /** Our host being added or removed is not a change of the page. */
  #onlyOurNodes(record: MutationRecord): boolean {
    if (record.type !== 'childList') return false;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => this.#isOurs(node));
  }

  #flush(): void {
    this.#timer = undefined;
    const full = this.#overflow;
    const nodes = new Set<Node>();
    if (!full) {
      const changed = [...this.#changed].filter((node) => node.isConnected);
      // A change inside another changed node is read with it.
      for (const node of changed) if (!changed.some((other) => other !== node && other.contains(node))) nodes.add(node);
    }
    this.#changed.clear();
    this.#overflow = false;
    if (full || nodes.size > 0) this.#onBatch({ nodes, full });
  }
}
