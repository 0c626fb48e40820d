/**
 * Work in steps: a generator that yields wherever its caller may pause. The
 * core knows nothing of event loops; the page side runs the steps in tasks of
 * their own (yielding to the page between them), Node and tests run them at
 * once.
 */
export type Steps<T> = Generator<void, T>;

/** Run every step now and return the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run the steps, awaiting `pause()` between two of them. */
export async function runStepsWithPauses<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}
