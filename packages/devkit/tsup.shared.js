import { defineConfig } from 'tsup';

/**
 * The build every published package shares: ESM and CommonJS with declarations.
 * @param {import('tsup').Options} [overrides]
 */
export function packageBuild(overrides = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    ...overrides,
  });
}

export default packageBuild();
