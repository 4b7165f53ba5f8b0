import { expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { requireTools } from './optional-tools.js';

it('passes when the packages resolve', () => {
  expect(requireTools('render', ['@roadmapkit/schema'])).toBeUndefined();
});

it('names the missing packages and the command to install them', () => {
  const call = () => requireTools('render', ['@roadmapkit/schema', '@roadmapkit/not-installed']);
  expect(call).toThrow(UsageError);
  expect(call).toThrow(
    'render needs @roadmapkit/not-installed, which is not installed (optional dependencies of @roadmapkit/cli, left out by --omit=optional): install with "npm install @roadmapkit/not-installed"',
  );
});
