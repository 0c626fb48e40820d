import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once.ts';

describe('loadOnce', () => {
  it('runs the load once for every caller, at the same time or later', async () => {
    const load = vi.fn(async () => ({ value: 1 }));
    const get = loadOnce(load);
    const [first, second] = await Promise.all([get(), get()]);
    expect(await get()).toBe(first);
    expect(second).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives a failure to the callers waiting on it, and runs the load again on the next call', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('not there yet')).mockResolvedValue('there');
    const get = loadOnce<string>(load);
    await expect(Promise.all([get(), get()])).rejects.toThrow('not there yet');
    expect(await get()).toBe('there');
    expect(await get()).toBe('there');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
