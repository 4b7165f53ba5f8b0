import { packageBuild } from '@roadmapkit/devkit/tsup';

// Three entries: the browser-safe core, the Node one (which creates a measurer over the shipped
// fonts) and the synthetic-roadmap generator used by the tests and the benchmark. `shims` gives
// the CommonJS build an `import.meta.url` to `require` elkjs from.
const config: ReturnType<typeof packageBuild> = packageBuild({
  entry: { index: 'src/index.ts', node: 'src/node.ts', testing: 'src/testing/index.ts' },
  shims: true,
});

export default config;
