// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { installIntersectionStub, type IntersectionStub } from '../test-support/intersection.ts';
import { elementsOnScreen, MAX_OBSERVED } from './on-screen.ts';

let stub: IntersectionStub | undefined;

afterEach(() => {
  stub?.restore();
  stub = undefined;
  document.body.innerHTML = '';
});

function paragraphs(count: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p id="p${i}">${i}</p>`).join('');
  return [...document.querySelectorAll('p')];
}

describe('elementsOnScreen', () => {
  it('answers with the elements the observer reports as intersecting', async () => {
    const [first, second, third] = paragraphs(3);
    stub = installIntersectionStub((element) => element !== second);
    const visible = await elementsOnScreen([first!, second!, third!], window, new AbortController().signal);
    expect(visible).toEqual(new Set([first, third]));
  });

  it('asks about at most MAX_OBSERVED elements, once each', async () => {
    const all = paragraphs(MAX_OBSERVED + 5);
    stub = installIntersectionStub(() => true);
    const visible = await elementsOnScreen([...all, ...all], window, new AbortController().signal);
    expect(stub.observed()).toBe(MAX_OBSERVED);
    expect(visible?.size).toBe(MAX_OBSERVED);
    expect(visible?.has(all.at(-1)!)).toBe(false);
  });

  it('cannot tell when the observer never reports (a hidden page renders no frame)', async () => {
    const all = paragraphs(2);
    // happy-dom's own observer never calls back.
    expect(await elementsOnScreen(all, window, new AbortController().signal, 10)).toBeUndefined();
  });

  it('cannot tell without an IntersectionObserver', async () => {
    const all = paragraphs(2);
    const view = { setTimeout } as unknown as Window;
    expect(await elementsOnScreen(all, view, new AbortController().signal)).toBeUndefined();
  });

  it('gives up at once when aborted', async () => {
    const all = paragraphs(2);
    stub = installIntersectionStub(() => true);
    const controller = new AbortController();
    const answer = elementsOnScreen(all, window, controller.signal, 60_000);
    controller.abort();
    expect(await answer).toBeUndefined();
  });

  it('answers an empty set for no elements', async () => {
    stub = installIntersectionStub(() => true);
    expect(await elementsOnScreen([], window, new AbortController().signal)).toEqual(new Set());
  });
});
