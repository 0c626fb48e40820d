// @vitest-environment happy-dom
/** The top frame's requests for frames' scripts: gathered, one at a time, only when wanted, only with frames. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_TEXT_SIGNAL } from '../shared/frame-text-signal.ts';

const { sendToBackground } = vi.hoisted(() => ({ sendToBackground: vi.fn<(type: string, params: object) => Promise<number>>() }));
vi.mock('../shared/messages.ts', () => ({ sendToBackground }));
const { watchFrameRequests } = await import('./frame-requests.ts');

const post = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { data, source: null }));

describe('watchFrameRequests', () => {
  let life: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    sendToBackground.mockReset().mockResolvedValue(0);
    life = new AbortController();
    document.body.innerHTML = '';
  });
  afterEach(() => {
    life.abort();
    vi.useRealTimers();
  });

  it('gathers signals arriving together into one request, and ignores other messages', async () => {
    watchFrameRequests(life.signal, () => true);
    post(FRAME_TEXT_SIGNAL);
    post(FRAME_TEXT_SIGNAL);
    post('something else');
    await vi.advanceTimersByTimeAsync(200);
    expect(sendToBackground.mock.calls).toEqual([['content:inject-frames', {}]]);
  });

  it('asks nothing while Backgrounder is off for the page, or after teardown', async () => {
    let wanted = false;
    watchFrameRequests(life.signal, () => wanted);
    post(FRAME_TEXT_SIGNAL);
    await vi.advanceTimersByTimeAsync(200);
    wanted = true;
    life.abort();
    post(FRAME_TEXT_SIGNAL);
    await vi.advanceTimersByTimeAsync(200);
    expect(sendToBackground).not.toHaveBeenCalled();
  });

  it('keeps one request under way: signals meanwhile make one more after it', async () => {
    let answer: (count: number) => void = () => {};
    sendToBackground.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    watchFrameRequests(life.signal, () => true);
    post(FRAME_TEXT_SIGNAL);
    await vi.advanceTimersByTimeAsync(200);
    for (let i = 0; i < 5; i++) {
      post(FRAME_TEXT_SIGNAL);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(sendToBackground).toHaveBeenCalledTimes(1);
    answer(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(sendToBackground).toHaveBeenCalledTimes(2);
  });

  it('checks on its own only when the page has a frame', async () => {
    const requests = watchFrameRequests(life.signal, () => true);
    requests.check();
    await vi.advanceTimersByTimeAsync(200);
    expect(sendToBackground).not.toHaveBeenCalled();
    // A <frame> (what the check also looks for): happy-dom does not try to load it, as it does an <iframe>.
    document.body.append(document.createElement('frame'));
    requests.check();
    await vi.advanceTimersByTimeAsync(200);
    expect(sendToBackground).toHaveBeenCalledTimes(1);
  });
});
