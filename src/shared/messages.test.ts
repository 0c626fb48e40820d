import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => true | undefined;

/**
 * Chrome's runtime as the messages see it: listeners answer only through
 * sendResponse after returning true (a returned promise is ignored), and a
 * message no listener answers rejects with "The message port closed…".
 */
const runtime = vi.hoisted(() => ({
  id: 'backgrounder',
  listeners: new Set<Listener>(),
  /** Replaced by a test to stand for a context that cannot send at all. */
  sendMessage(message: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      for (const listener of runtime.listeners) if (listener(message, { id: runtime.id }, resolve) === true) return;
      reject(new Error('The message port closed before a response was received.'));
    });
  },
  onMessage: {
    addListener: (listener: Listener) => runtime.listeners.add(listener),
    removeListener: (listener: Listener) => runtime.listeners.delete(listener),
  },
}));
vi.mock('./browser.ts', () => ({ default: { runtime } }));

const { listen, sendToBackground } = await import('./messages.ts');
const sendMessage = runtime.sendMessage;

beforeEach(() => {
  runtime.listeners.clear();
  runtime.sendMessage = sendMessage;
});

describe('sendToBackground', () => {
  it('turns a synchronous throw into a rejected promise the caller can catch', async () => {
    // A content script orphaned by an update: Chrome throws from sendMessage itself, synchronously.
    runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    let result: Promise<unknown> | undefined;
    expect(() => (result = sendToBackground('content:page-entries', { count: 1 }))).not.toThrow();
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });

  it('resolves to nothing when no listener answers, as Firefox does', async () => {
    await expect(sendToBackground('content:page-entries', { count: 1 })).resolves.toBeUndefined();
  });
});

describe('listen', () => {
  it('answers through sendResponse, with what the handler resolves to', async () => {
    listen({ 'content:get-cards': async ({ ids }: { ids: string[] }) => ids.map((id) => ({ id })) } as never, new AbortController().signal);
    await expect(sendToBackground('content:get-cards', { ids: ['nato', 'un'] })).resolves.toEqual([{ id: 'nato' }, { id: 'un' }]);
  });

  it('makes a handler that throws or rejects reject the asker with its message', async () => {
    listen(
      {
        'content:inject-frames': () => {
          throw new Error('no tab');
        },
        'content:get-cards': () => Promise.reject(new Error('storage is gone')),
      } as never,
      new AbortController().signal,
    );
    await expect(sendToBackground('content:inject-frames', {})).rejects.toThrow('no tab');
    await expect(sendToBackground('content:get-cards', { ids: [] })).rejects.toThrow('storage is gone');
  });

  it('leaves other maps’ messages, malformed ones and other extensions’ to other listeners', () => {
    listen({ 'content:page-entries': () => undefined } as never, new AbortController().signal);
    const [listener] = runtime.listeners;
    const answer = vi.fn();
    expect(listener!({ type: 'content:get-cards', params: {} }, { id: runtime.id }, answer)).toBeUndefined();
    expect(listener!({ type: 'content:page-entries' }, { id: runtime.id }, answer)).toBeUndefined();
    expect(listener!({ type: 'content:page-entries', params: { count: 1 } }, { id: 'another-extension' }, answer)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });

  it('stops answering when its signal aborts', async () => {
    const life = new AbortController();
    listen({ 'content:page-entries': () => 'answered' } as never, life.signal);
    await expect(sendToBackground('content:page-entries', { count: 1 })).resolves.toBe('answered');
    life.abort();
    expect(runtime.listeners.size).toBe(0);
  });
});
