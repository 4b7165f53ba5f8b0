/// <reference path="../src/svgdom.d.ts" />
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { build } from 'esbuild';
import { createSVGWindow } from 'svgdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html/render-html.js';
import { topicCount } from '../src/html/topic-articles.js';
import { renderPng } from '../src/png.js';
import { embeddedFontCss, renderSvg } from '../src/render-svg.js';
import { checkSafeMarkup } from '../src/safe-markup.js';
import { renderSvgWith } from '../src/svg/render-svg-core.js';
import { type Browser, chromiumAvailable, launchChromium } from './chromium.js';
import { expectSafe, fixture, layout } from './pipeline.js';
import { differingPixels } from './pixels.js';
import { example } from './sample.js';

interface Measured {
  id: string;
  box: number[];
  text: number[];
}

/** Every label's text box, measured by the browser, against its node's box (runs in the page). */
function measure(): Measured[] {
  return [...document.querySelectorAll('.rk-topic, .rk-subtopic, .rk-button, .rk-paragraph')].map(
    (group) => {
      const box = (group.querySelector('.rk-box') as SVGGraphicsElement).getBBox();
      const text = (group.querySelector('text') as SVGGraphicsElement).getBBox();
      return {
        id: group.id,
        box: [box.x, box.y, box.width, box.height],
        text: [text.x, text.y, text.width, text.height],
      };
    },
  );
}

describe.skipIf(!chromiumAvailable)('in a real browser (Debian chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const fits = (measured: Measured[]) => {
    const outside = measured.filter(({ box, text }) => {
      const [bx = 0, by = 0, bw = 0, bh = 0] = box;
      const [tx = 0, ty = 0, tw = 0, th = 0] = text;
      return tx < bx - 0.5 || tx + tw > bx + bw + 0.5 || ty < by - 0.5 || ty + th > by + bh + 0.5;
    });
    expect(outside).toEqual([]);
  };

  it('every label of the backend SVG fits inside its box', async () => {
    const doc = example('backend');
    const svg = expectSafe(renderSvg(await layout(doc), { roadmap: doc, embedFonts: true }));
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    await page.evaluate('document.fonts.ready');
    const measured = await page.evaluate(measure);
    expect(measured.length).toBeGreaterThan(200);
    fits(measured);
    await page.close();
  }, 60_000);

  it('embedFonts: Chromium accepts the embedded fonts (no OTS error) and draws the labels with them', async () => {
    const doc = example('backend');
    const svg = renderSvg(await layout(doc), { roadmap: doc, embedFonts: true });
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(error.message));
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    await page.evaluate('document.fonts.ready');
    const faces = await page.evaluate(() =>
      [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`),
    );
    expect(messages).toEqual([]);
    expect(faces.sort()).toEqual(['Inter 400 loaded', 'Inter 700 loaded']);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.rk-topic text',
    });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((font) => `${font.familyName} ${font.isCustomFont}`)).toEqual(['Inter true']);
    await page.close();
  }, 60_000);

  it('every label of the HTML page fits inside its box, and the page asks for nothing from outside', async () => {
    const doc = example('backend');
    const positioned = await layout(doc);
    const html = renderHtml(doc, {
      svg: renderSvg(positioned, { roadmap: doc, theme: 'auto', embedFonts: true }),
    });
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.setContent(html);
    await page.evaluate('document.fonts.ready');
    fits(await page.evaluate(measure));
    expect(requests).toEqual([]);
    expect(await page.locator('article[data-topic]').count()).toBe(topicCount(doc));
    await page.close();
  }, 60_000);

  it.each(['chinese', 'arabic'])(
    'examples/%s: the embedded WOFF2 fonts load with no console error, every label fits its box, and the page text uses them',
    async (name) => {
      const doc = example(name);
      const measurer = createMeasurer(undefined, doc.locale ? { locale: doc.locale } : {});
      const positioned = await layoutRoadmap(doc, { measurer });
      const fontFaceCss = await embeddedFontCss(positioned, { measurer, page: doc });
      const html = renderHtml(doc, {
        svg: renderSvg(positioned, { roadmap: doc, theme: 'auto', fontFaceCss }),
      });
      const page = await browser.newPage();
      const messages: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          messages.push(message.text());
      });
      page.on('pageerror', (error) => messages.push(error.message));
      await page.setContent(html);
      await page.evaluate('document.fonts.ready');
      const faces = await page.evaluate(() =>
        [...document.fonts].map((face) => `${face.family} ${face.status}`),
      );
      expect(messages).toEqual([]);
      expect(faces.length).toBeGreaterThan(1);
      expect(faces.filter((face) => !face.endsWith(' loaded'))).toEqual([]);
      // The system has no CJK or Arabic font: only the embedded ones can draw these labels.
      const family = name === 'chinese' ? 'Noto Sans SC' : 'Noto Sans Arabic';
      expect(faces.some((face) => face.startsWith(family))).toBe(true);
      const measured = await page.evaluate(measure);
      expect(measured.length).toBeGreaterThan(10);
      fits(measured);
      // The page's own text (its title bar, headings, topics, search) draws with the embedded
      // fonts alone: no character falls back to a font of the system.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const used: string[] = [];
      for (const selector of ['.rk-bar h1', '#topics-heading', 'main article h3', '#rk-search']) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of fonts)
          used.push(`${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
      }
      expect(used.filter((font) => font.endsWith('(system)'))).toEqual([]);
      expect(used).toContain(family);
      // Right-to-left, the page does not overflow sideways (the picture keeps its own order).
      const width = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(width[0]).toBe(width[1]);
      await page.close();
    },
    120_000,
  );

  it('@roadmapkit/render/svg bundles for the browser and draws on the real DOM what svgdom draws', async () => {
    const bundle = await build({
      stdin: {
        contents:
          "import { renderSvgWith } from '@roadmapkit/render/svg'; globalThis.renderSvgWith = renderSvgWith;",
        resolveDir: import.meta.dirname,
      },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      conditions: ['@roadmapkit/source'],
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\("(svgdom|@resvg|pdfkit|fs)"/);
    const doc = fixture('features.yaml');
    const positioned = await layout(doc);
    const options = { roadmap: doc, fontFamily: 'Inter' };
    const inNode = renderSvgWith(
      createSVGWindow() as unknown as Parameters<typeof renderSvgWith>[0],
      positioned,
      options,
    );
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const inBrowser = await page.evaluate(
      ([p, o]) =>
        (
          globalThis as unknown as { renderSvgWith: (w: unknown, p: unknown, o: unknown) => string }
        ).renderSvgWith(window, p, o),
      [positioned, options] as const,
    );
    await page.close();
    const shape = (svg: string) => ({
      ids: [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]),
      texts: [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]+)<\/(?:text|tspan)>/g)].map(
        (m) => m[1],
      ),
      elements: (svg.match(/<[a-z]/g) ?? []).length,
    });
    expect(shape(inBrowser)).toEqual(shape(inNode));
    expect(checkSafeMarkup(inBrowser)).toEqual([]);
  }, 60_000);

  it('the resvg PNG and a Chromium screenshot of the same SVG differ in under 3% of pixels', async () => {
    const doc = fixture('features.yaml');
    const positioned = await layout(doc);
    const svg = renderSvg(positioned, { roadmap: doc, embedFonts: true });
    const page = await browser.newPage({
      viewport: { width: positioned.width, height: positioned.height },
    });
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    await page.evaluate('document.fonts.ready');
    const shot = new Uint8Array(
      await page.screenshot({
        clip: { x: 0, y: 0, width: positioned.width, height: positioned.height },
      }),
    );
    const { count, total } = differingPixels(renderPng(svg), shot);
    expect(count / total).toBeLessThan(0.03);
    await page.close();
  }, 60_000);
});
