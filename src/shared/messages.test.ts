import { describe, expect, it, vi } from 'vitest';

// A content script orphaned by an update: Chrome throws from sendMessage itself, synchronously.
vi.mock('./browser.ts', () => ({
  default: {
    runtime: {
      sendMessage: () => {
        throw new Error('Extension context invalidated.');
      },
    },
  },
}));

const { sendToBackground } = await import('./messages.ts');

describe('sendToBackground', () => {
  it('turns a synchronous throw into a rejected promise the caller can catch', async () => {
    let result: Promise<unknown> | undefined;
    expect(() => (result = sendToBackground('content:page-entries', { count: 1 }))).not.toThrow();
    await expect(result).rejects.toThrow('Extension context invalidated.');
  });
});
