import { packageBuild } from '@roadmapkit/devkit/tsup';

// Every runtime dependency but zod (whose schemas are part of this package's API) is bundled,
// only the parts used: js-yaml and jsonc-parser ship several builds and a CLI, and a
// validate-only install must stay small; yaml and the Markdown parser (micromark and its
// mdast utilities) are some 170 small modules, which Node's ES module loader reads one by one:
// as one file they load in a tenth of the time, on every start of the command line.
export default packageBuild({
  // Lists what is bundled, for THIRD-PARTY-NOTICES.md (devkit's third-party-notices script).
  metafile: true,
  noExternal: [/^(?!zod(?:\/|$))/],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main'];
  },
});
