import { isBuiltin } from 'node:module';
import { packageBuild } from '@roadmapkit/devkit/tsup';
import type { Plugin } from 'esbuild';

// The pure JavaScript dependencies are bundled into the package (only the parts used): svgdom
// and its image and XML readers, and the Markdown-to-HTML stack are some 230 small modules,
// which Node's ES module loader reads one by one, on every start of the command line. Left
// out: our own packages, the native PNG drawer and the PDF stack (loaded on first use, and
// pdfkit reads its data files from its own folder), svg.js and bidi-js (one file each).
const EXTERNAL = [
  /^@roadmapkit\//,
  /^@resvg\//,
  /^pdfkit(?:\/|$)/,
  /^svg-to-pdfkit$/,
  /^@svgdotjs\//,
  /^bidi-js$/,
];

/**
 * svgdom imports fontkit to measure text, which the drawing never asks of it (every line is
 * placed from our own measures, see svg/label.ts): its import is replaced by a stand-in that
 * says so, rather than loading fontkit and its dozens of modules with every SVG.
 */
const noSvgdomFontkit: Plugin = {
  name: 'no-svgdom-fontkit',
  setup(build) {
    build.onResolve({ filter: /^fontkit$/ }, (args) =>
      /[\\/]svgdom[\\/]/.test(args.importer)
        ? { path: 'svgdom-fontkit', namespace: 'no-svgdom-fontkit' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-svgdom-fontkit' }, () => ({
      contents:
        "export function openSync() { throw new Error('internal: svgdom was asked to measure text, which roadmapkit measures itself'); }",
      loader: 'js',
    }));
  },
};

/**
 * In the ES module build, a bundled CommonJS module's `require('fs')` (sax, image-size) becomes
 * an import of the Node built-in: an ES module has no `require` to call.
 */
const builtinsAsImports: Plugin = {
  name: 'builtins-as-imports',
  setup(build) {
    if (build.initialOptions.format !== 'esm') return;
    build.onResolve({ filter: /^[a-z_]+$/ }, (args) =>
      args.kind === 'require-call' && isBuiltin(args.path)
        ? { path: args.path, namespace: 'builtin-import' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-import' }, (args) => ({
      contents: `export * from 'node:${args.path}'; export { default } from 'node:${args.path}';`,
      loader: 'js',
    }));
  },
};

export default packageBuild({
  // Lists what is bundled, for THIRD-PARTY-NOTICES.md (devkit's third-party-notices script).
  metafile: true,
  entry: ['src/index.ts', 'src/browser.ts'],
  platform: 'node',
  shims: true,
  external: EXTERNAL,
  // Everything else: any name that does not start like one of the above.
  noExternal: [new RegExp(`^(?!${EXTERNAL.map((name) => name.source.slice(1)).join('|')})`)],
  esbuildPlugins: [noSvgdomFontkit, builtinsAsImports],
  // `shims` is for the CommonJS build (its `import.meta.url`). The ES module build needs no
  // `__dirname`, and the bundled CommonJS modules would otherwise pull the shim's `path` and
  // `url` imports into the chunk the browser entry shares.
  esbuildOptions(options, { format }) {
    if (format === 'esm' && options.inject)
      options.inject = options.inject.filter((file) => !/esm_shims/.test(file));
  },
});
