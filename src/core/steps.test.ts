import { describe, expect, it } from 'vitest';
import { runSteps, runStepsWithPauses } from './steps.ts';

function* counted(log: string[]): Generator<void, number> {
  log.push('a');
  yield;
  log.push('b');
  yield;
  log.push('c');
  return 42;
}

describe('steps', () => {
  it('runSteps runs every step at once', () => {
    const log: string[] = [];
    expect(runSteps(counted(log))).toBe(42);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('runStepsWithPauses pauses between steps, not before the first or after the last', async () => {
    const log: string[] = [];
    const result = await runStepsWithPauses(counted(log), async () => {
      log.push('pause');
    });
    expect(result).toBe(42);
    expect(log).toEqual(['a', 'pause', 'b', 'pause', 'c']);
  });

  it('a throwing step rejects', async () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error('broken glossary');
    }
    await expect(runStepsWithPauses(failing(), async () => {})).rejects.toThrow('broken glossary');
    expect(() => runSteps(failing())).toThrow('broken glossary');
  });
});
