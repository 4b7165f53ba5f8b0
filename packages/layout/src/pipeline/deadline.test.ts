import { expect, it } from 'vitest';
import { createDeadline } from './deadline.js';

it('throws the signal reason once aborted, and at creation if already aborted', () => {
  const controller = new AbortController();
  const deadline = createDeadline(controller.signal, undefined);
  expect(() => deadline.check('one')).not.toThrow();
  controller.abort(new Error('stop now'));
  expect(() => deadline.check('two')).toThrow('stop now');
  expect(() => createDeadline(controller.signal, undefined)).toThrow('stop now');
});

it('throws a TimeoutError naming the stage once the time is up', () => {
  let now = 0;
  const deadline = createDeadline(undefined, 100, () => now);
  now = 100;
  expect(() => deadline.check('measuring')).not.toThrow();
  now = 101;
  let error: unknown;
  try {
    deadline.check('measuring');
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DOMException);
  expect((error as DOMException).name).toBe('TimeoutError');
  expect((error as DOMException).message).toMatch(/timeoutMs 100.*measuring/);
});
