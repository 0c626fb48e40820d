/** Which subframes get the full content script: those holding text and not yet given it, each document once. */
import { describe, expect, it, vi } from 'vitest';
import type { FrameLook } from './frame-injection.ts';

vi.mock('../shared/browser.ts', () => ({ default: {} }));
const { framesToInject } = await import('./frame-injection.ts');

const look = (frameId: number, hasText: boolean, documentKey = 1): FrameLook => ({ frameId, result: { hasText, documentKey } });

describe('framesToInject', () => {
  it('injects into subframes with text, never the top frame or a frame it could not look at', () => {
    const looks: FrameLook[] = [{ frameId: 0, result: null }, look(3, true), look(4, false), { frameId: 5, result: undefined }, look(6, true)];
    expect(framesToInject(looks, new Set()).frameIds).toEqual([3, 6]);
  });

  it('injects a document once, and again after its frame navigated to a new one', () => {
    const first = framesToInject([look(3, true, 100)], new Set());
    expect(first.frameIds).toEqual([3]);
    expect(framesToInject([look(3, true, 100)], first.remember).frameIds).toEqual([]);
    expect(framesToInject([look(3, true, 250)], first.remember).frameIds).toEqual([3]);
  });

  it('remembers only the documents still there, so the set does not grow with frames that went', () => {
    const { remember } = framesToInject([look(3, true), look(7, true)], new Set());
    const later = framesToInject([look(7, true), look(8, false)], remember);
    expect([...later.remember]).toEqual(['7@1']);
  });

  it('does not remember a frame without text: it is injected when its text arrives', () => {
    const { remember } = framesToInject([look(3, false)], new Set());
    expect(framesToInject([look(3, true)], remember).frameIds).toEqual([3]);
  });
});
