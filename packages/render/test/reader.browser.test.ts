import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liftFontFaces } from '../src/html/picture-fonts.js';
import { renderHtml } from '../src/html/render-html.js';
import { topicCount } from '../src/html/topic-articles.js';
import { renderSvg } from '../src/render-svg.js';
import { type Browser, chromiumAvailable, launchChromium } from './chromium.js';
import { layout } from './pipeline.js';
import { example } from './sample.js';

type Page = Awaited<ReturnType<Browser['newPage']>>;

/** The reader page in real Chromium, opened from a file:// URL as a reader would. */
describe.skipIf(!chromiumAvailable)('the reader page in a real browser', () => {
  let browser: Browser;
  let dir: string;
  let url: string;
  let unsplitUrl: string;
  let total: number;
  const doc = example('backend');

  beforeAll(async () => {
    const svg = renderSvg(await layout(doc), {
      roadmap: doc,
      theme: 'auto',
      embedFonts: true,
      contentHref: (id) => `#topic-${id}`,
    });
    dir = mkdtempSync(join(tmpdir(), 'roadmapkit-reader-'));
    const file = join(dir, 'backend.html');
    const html = renderHtml(doc, { svg });
    writeFileSync(file, html);
    url = pathToFileURL(file).href;
    // The same page with the picture whole in one <svg> (its fonts in the head, as the page has them).
    const stage = /(<div id="rk-stage"[^>]*>)([\s\S]*?)<\/div><\/div>/.exec(html);
    const unsplit = join(dir, 'unsplit.html');
    writeFileSync(
      unsplit,
      html.replace(
        stage?.[0] ?? '',
        `${stage?.[1]}${liftFontFaces(svg.replace(/^<\?xml[^>]*>\s*/, '')).svg}</div></div>`,
      ),
    );
    unsplitUrl = pathToFileURL(unsplit).href;
    total = topicCount(doc);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh context (its own localStorage), the page open and its script started. */
  async function open(viewport = { width: 1280, height: 800 }, hash = '') {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith('data:'))
        requests.push(request.url());
    });
    await page.goto(url + hash);
    await page.waitForSelector('html.rk-ready');
    return { context, page, errors, requests };
  }
  const progressText = (page: Page) => page.locator('#rk-progress-text').textContent();

  it('opens a topic by click, marks it done, and keeps the mark over a reload', async () => {
    const { context, page, errors, requests } = await open();
    expect(await progressText(page)).toBe(`0 of ${total} done`);
    await page.locator('#rk-internet').click();
    const panel = page.getByRole('dialog', { name: 'Internet' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Internet');
    expect(await panel.textContent()).toContain('what happens between a click in a browser');
    const link = panel.getByRole('link', { name: 'MDN – HTTP documentation' });
    expect(await link.getAttribute('href')).toBe(
      'https://developer.mozilla.org/en-US/docs/Web/HTTP',
    );
    expect(await panel.getByRole('heading', { name: 'Official' }).count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#topic-internet');

    await panel.getByRole('button', { name: 'Done', exact: true }).click();
    expect(await progressText(page)).toBe(`1 of ${total} done`);
    expect(await page.locator('#rk-internet').getAttribute('class')).toContain('rk-done');
    expect(await page.locator('#rk-live').textContent()).toContain('Internet: Done');
    expect(
      await panel.getByRole('button', { name: 'Done', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');

    await page.reload();
    await page.waitForSelector('html.rk-ready');
    expect(await progressText(page)).toBe(`1 of ${total} done`);
    expect(await page.locator('#rk-internet').getAttribute('class')).toContain('rk-done');
    // The hash reopened the topic.
    expect(await page.getByRole('dialog', { name: 'Internet' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  }, 60_000);

  it('searches: dims what does not match, lists matches, Enter opens the first', async () => {
    const { context, page, errors } = await open();
    const search = page.getByRole('searchbox', { name: 'Search topics' });
    await search.fill('docker');
    const results = page.getByRole('list', { name: 'Matching topics' });
    const names = await results.getByRole('button').allTextContents();
    expect(names[0]).toBe('Docker');
    // Dimmed on the stage: both parts of the picture.
    expect(await page.locator('#rk-stage.rk-searching').count()).toBe(1);
    expect(await page.locator('#rk--rest .rk-topic:not(.rk-match)').count()).toBeGreaterThan(0);
    const matched = await page.locator('#rk-stage .rk-match').count();
    expect(matched).toBe(names.length);
    expect(matched).toBeLessThan(total / 4);
    await search.press('Enter');
    await expect
      .poll(() => page.getByRole('dialog', { name: names[0] ?? '' }).isVisible())
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the content below the picture once the picture is painted; the skip link leads to it', async () => {
    const { context, page, errors } = await open();
    // The content waits for the first paint (it is not on it), then shows.
    expect(await page.evaluate(() => document.documentElement.classList.contains('rk-shown'))).toBe(
      true,
    );
    expect(await page.locator('#topics-heading').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rk-content');
    expect(await page.locator('main article h3').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('works by keyboard alone: one tab stop into the picture, arrows along the spine', async () => {
    const { context, page, errors } = await open();
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the topics',
    );
    let presses = 1;
    while (!(await focused()).startsWith('rk-') || (await focused()) === 'rk-search') {
      await page.keyboard.press('Tab');
      presses++;
      if (presses > 20) break;
    }
    expect(await focused()).toBe('rk-internet');
    expect(presses).toBeLessThan(15);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('rk-how-internet-works');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('rk-internet');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/^rk-(what-is-http|hosting|browsers)$/);
    // Left walks back through the topic (past a second column, if any) to the left side.
    const leftSide = /^rk-(how-internet-works|domain-names|dns)$/;
    const path: string[] = [];
    for (let i = 0; i < 4 && !leftSide.test(await focused()); i++) {
      await page.keyboard.press('ArrowLeft');
      path.push(await focused());
    }
    expect(path).toContain('rk-internet');
    expect(await focused()).toMatch(leftSide);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('rk-how-internet-works');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'How does the Internet work?' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('p');
    expect(await page.locator('#rk-how-internet-works').getAttribute('class')).toContain(
      'rk-learning',
    );
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await focused()).toBe('rk-how-internet-works');
    await page.keyboard.press('d');
    expect(await progressText(page)).toBe(`1 of ${total} done`);
    // Leaving the picture takes one Tab: the boxes are a single tab stop.
    await page.keyboard.press('Tab');
    expect((await focused()).startsWith('rk-')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens readable on a 390 px phone, at the top of the spine, with the panel as a bottom sheet', async () => {
    const { context, page, errors } = await open({ width: 390, height: 844 });
    const view = await page.evaluate(() => {
      const stage = document.getElementById('rk-stage') as HTMLElement;
      const scale =
        stage.getBoundingClientRect().width /
        (stage.querySelector('svg') as SVGSVGElement).width.baseVal.value;
      const sizes = [
        ...document.querySelectorAll('#rk-stage :is(.rk-topic, .rk-subtopic) text'),
      ].map((t) => Number.parseFloat(getComputedStyle(t).fontSize));
      const first = (document.getElementById('rk-internet') as Element).getBoundingClientRect();
      const viewport = (
        document.getElementById('rk-viewport') as HTMLElement
      ).getBoundingClientRect();
      return {
        smallest: Math.min(...sizes) * scale,
        inside:
          first.left >= viewport.left &&
          first.right <= viewport.right &&
          first.top >= viewport.top &&
          first.bottom <= viewport.bottom,
      };
    });
    expect(view.smallest).toBeGreaterThanOrEqual(9);
    expect(view.inside).toBe(true);
    await page.locator('#rk-internet').click();
    const sheet = await page.locator('#rk-panel').boundingBox();
    expect(sheet?.width).toBe(390);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeCloseTo(844, 0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('opens at the width beside a classic scrollbar (which shows before the content does)', async () => {
    const withBars = await launchChromium({ scrollbars: true });
    try {
      const page = await withBars.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForSelector('html.rk-ready');
      const { bar, stage, viewport } = await page.evaluate(() => ({
        bar: window.innerWidth - document.documentElement.clientWidth,
        stage: (document.getElementById('rk-stage') as HTMLElement).getBoundingClientRect().right,
        viewport: (document.getElementById('rk-viewport') as HTMLElement).getBoundingClientRect()
          .right,
      }));
      expect(bar).toBeGreaterThan(0);
      // Fit to width: the picture's right edge is the viewport's, not under the scrollbar.
      expect(stage).toBeCloseTo(viewport, 0);
    } finally {
      await withBars.close();
    }
  }, 60_000);

  it('exports progress as JSON and imports it into another browser; the theme can be chosen', async () => {
    const first = await open();
    await first.page.locator('#rk-internet').click();
    await first.page.getByRole('button', { name: 'Skip', exact: true }).click();
    await first.page.getByRole('button', { name: 'Close' }).click();
    await first.page.locator('.rk-more summary').click();
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    const path = join(dir, 'progress.json');
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      format: 'roadmapkit-progress',
      version: 1,
      roadmap: 'backend',
      marks: { internet: 'skipped' },
    });
    await first.context.close();

    const second = await open();
    expect(await second.page.locator('#rk-internet').getAttribute('class')).not.toContain(
      'rk-skipped',
    );
    await second.page.locator('.rk-more summary').click();
    await second.page.locator('#rk-import-file').setInputFiles(path);
    await expect
      .poll(() => second.page.locator('#rk-internet').getAttribute('class'))
      .toContain('rk-skipped');
    expect(await second.page.locator('#rk-live').textContent()).toContain('Imported 1 mark.');

    const fill = () =>
      second.page.evaluate(
        () => getComputedStyle(document.querySelector('#rk-internet .rk-box') as Element).fill,
      );
    const light = await fill();
    await second.page.getByLabel('Theme').selectOption('dark');
    expect(await second.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await fill()).not.toBe(light);
    expect(second.errors).toEqual([]);
    await second.context.close();
  }, 60_000);

  it('works inside a sandboxed iframe (no storage, no history): the panel and marks still work', async () => {
    const host = join(dir, 'host.html');
    writeFileSync(
      host,
      '<!doctype html><iframe sandbox="allow-scripts" src="backend.html" width="900" height="700" title="Roadmap"></iframe>',
    );
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(host).href);
    const frame = page.frameLocator('iframe');
    await frame.locator('html.rk-ready').waitFor();
    await frame.locator('#rk-internet').click();
    await frame.getByRole('button', { name: 'Done', exact: true }).click();
    expect(await frame.locator('#rk-progress-text').textContent()).toBe(`1 of ${total} done`);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('enforces its CSP: a script injected into the page does not run', async () => {
    const { context, page } = await open();
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; blocked: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({
              ran: Boolean((window as { injected?: boolean }).injected),
              blocked: event.violatedDirective,
            }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(outcome).toEqual({ ran: false, blocked: 'script-src-elem' });
    await context.close();
  }, 60_000);

  it('draws the same picture in two parts as in one (script off: the whole picture shows)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // Tall enough for the whole picture under the bar (nothing scrolls over it).
      const viewport = { width: 1280, height: 5000 };
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme, viewport });
      const shot = async (at: string) => {
        const page = await context.newPage();
        await page.goto(at);
        await page.evaluate(() => document.fonts.ready);
        const png = await page.locator('#rk-stage').screenshot();
        const parts = await page.locator('#rk-stage > svg').count();
        await page.close();
        return { png, parts };
      };
      const split = await shot(url);
      const whole = await shot(unsplitUrl);
      expect([split.parts, whole.parts]).toEqual([2, 1]);
      const a = PNG.sync.read(split.png);
      const b = PNG.sync.read(whole.png);
      expect([a.width, a.height]).toEqual([b.width, b.height]);
      expect(a.height).toBeGreaterThan(4000);
      // Exactly the same pixels: the parts draw the same shapes in an order that changes no
      // overlap, so not even anti-aliasing may differ (a threshold would hide a moved piece).
      let differing = 0;
      for (let i = 0; i < a.data.length; i += 4)
        if (a.data.readUInt32LE(i) !== b.data.readUInt32LE(i)) differing++;
      expect(differing).toBe(0);
      await context.close();
    }
  }, 120_000);

  it('reaches the rest of the picture: its boxes are named links in the one picture, marked, clickable', async () => {
    const { context, page, errors } = await open();
    // The box at the spine's end is in the rest (the part drawn after the first paint).
    const last = page.locator('#rk--rest .rk-topic').last();
    const id = (await last.getAttribute('id')) ?? '';
    expect(id).toMatch(/^rk-/);
    expect(await page.locator('#rk-stage > svg:first-child').locator(`#${id}`).count()).toBe(0);
    // One picture for assistive technology: the stage, around both parts.
    const picture = page.getByRole('img', { name: /^Backend Developer/ });
    const name = (await last.getAttribute('aria-label')) ?? '';
    expect(await picture.getByRole('link', { name, exact: true }).count()).toBe(1);
    // Keyboard: End walks to the picture's last link, through the rest.
    await page.locator('#rk-internet').focus();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.closest('svg')?.id)).toBe('rk--rest');
    // A click on a box of the rest opens it, and its mark shows after a reload.
    await page.getByRole('button', { name: 'Fit page' }).click();
    await last.click();
    const panel = page.getByRole('dialog', { name });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('d');
    await page.reload();
    await page.waitForSelector('html.rk-ready');
    expect(await page.locator(`#${id}`).getAttribute('class')).toContain('rk-done');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads without script: the picture links to the topics below it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.locator('#rk-search').isVisible()).toBe(false);
    expect(await page.locator('#rk-panel').isVisible()).toBe(false);
    expect(await page.locator('#rk-internet').getAttribute('href')).toBe('#topic-internet');
    await page.locator('#rk-internet').click();
    expect(new URL(page.url()).hash).toBe('#topic-internet');
    expect(await page.locator('#topic-internet').isVisible()).toBe(true);
    expect(
      await page.getByRole('heading', { name: 'Frequently asked questions' }).isVisible(),
    ).toBe(true);
    await context.close();
  }, 60_000);
});
