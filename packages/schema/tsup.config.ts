import { packageBuild } from '@roadmapkit/devkit/tsup';

// js-yaml and jsonc-parser are bundled (only the parts used), not installed: their packages
// ship several builds and a CLI, and a validate-only install must stay small.
export default packageBuild({
  noExternal: ['js-yaml', 'jsonc-parser', 'entities'],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
  },
});
