import shared from './vitest.shared.js';

export default {
  ...shared,
  test: { ...shared.test, exclude: ['**/node_modules/**', 'test/fixtures/**'] },
};
