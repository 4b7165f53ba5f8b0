import { join } from 'node:path';
import { build } from 'esbuild';

/** The reader script bundled from src/client/reader.ts (with @panzoom/panzoom), minified. */
export async function bundleClient() {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '../src/client/reader.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'inline',
    charset: 'ascii',
    logLevel: 'silent',
  });
  const code = (result.outputFiles[0]?.text ?? '').trim();
  if (/<\/script|<!--/i.test(code)) throw new Error('the reader bundle would close its element');
  return code;
}
