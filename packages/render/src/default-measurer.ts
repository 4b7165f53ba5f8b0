import { createMeasurer, type Measurer } from '@roadmapkit/fonts';

let shared: Measurer | undefined;

/**
 * The measurer of the calls given none: `createMeasurer()`, made once for the process. A
 * measurer keeps what it shaped and measured, so later pictures reuse it; a new one for
 * each call would shape every line again (about 100 ms a PNG of the backend example).
 */
export function defaultMeasurer(): Measurer {
  shared ??= createMeasurer();
  return shared;
}
