import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * The reader script bundled from src/client/reader.ts (with @panzoom/panzoom), minified; with
 * `metafile`, esbuild's list of what it bundled instead (for THIRD-PARTY-NOTICES.md). With
 * `entry: 'opening'`, the small script that opens the picture's first part at its view.
 */
export async function bundleClient({ metafile = false, entry = 'reader' } = {}) {
  // Panzoom's source carries no licence comment for `legalComments` to keep: the page names it.
  const panzoom = createRequire(import.meta.url)('@panzoom/panzoom/package.json');
  const result = await build({
    entryPoints: [join(import.meta.dirname, `../src/client/${entry}.ts`)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'inline',
    ...(entry === 'reader'
      ? {
          banner: {
            js: `/*! ${panzoom.name} ${panzoom.version} | (c) ${panzoom.author.name} | ${panzoom.license} License */`,
          },
        }
      : {}),
    charset: 'ascii',
    logLevel: 'silent',
    metafile,
  });
  if (metafile) return { metafile: result.metafile };
  const code = (result.outputFiles[0]?.text ?? '').trim();
  if (/<\/script|<!--/i.test(code)) throw new Error(`the ${entry} bundle would close its element`);
  return code;
}
