import { packageBuild } from '@roadmapkit/devkit/tsup';

// Two entries: the Node one (font files on disk) and the file-system-free measurer for
// browsers. `shims` gives the CommonJS build an `import.meta.url` to find the font files.
const config: ReturnType<typeof packageBuild> = packageBuild({
  entry: ['src/index.ts', 'src/measurer.ts'],
  shims: true,
});

export default config;
