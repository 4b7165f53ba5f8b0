import { packageBuild } from '@roadmapkit/devkit/tsup';

// Three entries: the Node one (font files on disk), the file-system-free measurer for
// browsers, and that measurer as Node resolves it (fontkit required on first use). `shims` gives the CommonJS build an `import.meta.url` to find the font files.
const config: ReturnType<typeof packageBuild> = packageBuild({
  entry: ['src/index.ts', 'src/measurer.ts', 'src/measurer-node.ts'],
  shims: true,
});

export default config;
