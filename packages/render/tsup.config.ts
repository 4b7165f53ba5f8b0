import { packageBuild } from '@roadmapkit/devkit/tsup';

export default packageBuild({
  entry: ['src/index.ts', 'src/browser.ts'],
  platform: 'node',
  shims: true,
});
