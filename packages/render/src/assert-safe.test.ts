import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertSafe } from './assert-safe.js';

describe('assertSafe', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is on in the test suite, and throws on unsafe markup', () => {
    expect(process.env.ROADMAPKIT_ASSERT_SAFE).toBe('1');
    expect(() => assertSafe('<svg><script>x</script></svg>')).toThrow(
      'internal error: unsafe markup generated (<script>)',
    );
    expect(assertSafe('<svg><rect/></svg>')).toBe('<svg><rect/></svg>');
  });

  it('checks nothing when it is off', () => {
    vi.stubEnv('ROADMAPKIT_ASSERT_SAFE', '0');
    expect(assertSafe('<svg><script>x</script></svg>')).toBe('<svg><script>x</script></svg>');
  });
});
