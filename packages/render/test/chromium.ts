import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's chromium: the browser tests' real browser (test tools cannot download their own here). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is installed; on CI it must be. */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: CI installs Debian's chromium for this test`);

export type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/**
 * Headless, sandbox off (root), and none of the background networking this machine refuses.
 * `scrollbars` shows classic scrollbars that take room (Playwright hides them by default).
 * Its omnibox popup (browser UI, never shown headless) is switched off: it woke with every new
 * tab and worked through the page's load on the same two cores.
 */
export function launchChromium(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(options.scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
    ],
  });
}
