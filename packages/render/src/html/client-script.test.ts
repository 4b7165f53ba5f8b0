import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { bundleClient } from '../../scripts/bundle-client.mjs';
import { CLIENT_SCRIPT, OPENING_SCRIPT } from './client-script.generated.js';

it('the committed reader bundle is the bundle of src/client (run `node scripts/build-client.mjs`)', async () => {
  expect(await bundleClient()).toBe(CLIENT_SCRIPT);
  expect(CLIENT_SCRIPT).not.toMatch(/<\/script|<!--/i);
  expect(await bundleClient({ entry: 'opening' })).toBe(OPENING_SCRIPT);
  expect(OPENING_SCRIPT).not.toMatch(/<\/script|<!--/i);
}, 30_000);
