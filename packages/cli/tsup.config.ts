import { packageBuild } from '@roadmapkit/devkit/tsup';

export default packageBuild({
  entry: ['src/index.ts', 'src/bin.ts', 'src/render-worker.ts'],
  dts: { entry: 'src/index.ts' },
  platform: 'node',
  shims: true,
  // The drawing packages are optional dependencies, which tsup would otherwise bundle.
  external: ['@roadmapkit/fonts', '@roadmapkit/import', '@roadmapkit/layout', '@roadmapkit/render'],
});
