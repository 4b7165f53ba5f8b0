import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/html/render-html.js';
import { topicCount } from '../src/html/topic-articles.js';
import { embeddedFontCss, renderSvg } from '../src/render-svg.js';
import { type Browser, chromiumAvailable, launchChromium } from './chromium.js';
import { example } from './sample.js';

/** Per example: the topic clicked, and the page's words as a reader of that language reads them. */
const cases = [
  {
    name: 'chinese',
    topic: 'html',
    rtl: false,
    words: {
      progress: (done: number, total: number) => `已完成 ${done} / ${total}`,
      search: '搜索主题',
      fitWidth: '适应宽度',
      zoomIn: '放大',
      done: '已完成',
      close: '关闭',
      status: '已完成',
      noMatch: '没有匹配的主题',
    },
  },
  {
    name: 'arabic',
    topic: 'internet',
    rtl: true,
    words: {
      progress: (done: number, total: number) => `تم إنجاز ${done} من ${total}`,
      search: 'ابحث في المواضيع',
      fitWidth: 'ملاءمة العرض',
      zoomIn: 'تكبير',
      done: 'تم',
      close: 'إغلاق',
      status: 'تم',
      noMatch: 'لا توجد مواضيع مطابقة',
    },
  },
] as const;

/** The reader page of a Chinese and an Arabic roadmap in real Chromium: its own words too. */
describe.skipIf(!chromiumAvailable)('the reader page in the roadmap’s language', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roadmapkit-reader-locale-'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(cases)(
    'examples/$name: buttons, search, progress line and live messages are translated; the panel opens on the reading side',
    async ({ name, topic, rtl, words }) => {
      const doc = example(name);
      const measurer = createMeasurer(undefined, doc.locale ? { locale: doc.locale } : {});
      const positioned = await layoutRoadmap(doc, { measurer });
      const fontFaceCss = await embeddedFontCss(positioned, { measurer, page: doc });
      const svg = renderSvg(positioned, {
        roadmap: doc,
        theme: 'auto',
        fontFaceCss,
        contentHref: (id) => `#topic-${id}`,
      });
      const file = join(dir, `${name}.html`);
      writeFileSync(file, renderHtml(doc, { svg }));
      const total = topicCount(doc);

      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html.rk-ready');

      expect(await page.getAttribute('html', 'dir')).toBe(rtl ? 'rtl' : null);
      const progress = page.locator('#rk-progress-text');
      expect(await progress.textContent()).toBe(words.progress(0, total));
      expect(await page.getByRole('searchbox', { name: words.search }).count()).toBe(1);
      expect(await page.getByRole('button', { name: words.fitWidth }).count()).toBe(1);
      expect(await page.getByRole('button', { name: words.zoomIn }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Done' }).count()).toBe(0);

      await page.locator(`#rk-${topic}`).click();
      const label = doc.topics.find((t) => t.id === topic)?.label ?? '';
      const panel = page.getByRole('dialog', { name: label });
      await expect.poll(() => panel.isVisible()).toBe(true);
      await panel.getByRole('button', { name: words.done, exact: true }).click();
      expect(await progress.textContent()).toBe(words.progress(1, total));
      const live = (await page.locator('#rk-live').textContent()) ?? '';
      expect(live).toContain(label);
      expect(live).toContain(words.status);
      expect(live).toContain(words.progress(1, total));

      // The panel sits at the end of the reading direction: right in Chinese, left in Arabic,
      // with its close button in the corner a reader of that direction reaches last.
      const box = await panel.boundingBox();
      const close = await panel.getByRole('button', { name: words.close }).boundingBox();
      const heading = await panel.getByRole('heading', { level: 2 }).boundingBox();
      if (!box || !close || !heading) throw new Error('the panel is not laid out');
      if (rtl) {
        expect(box.x).toBe(0);
        expect(close.x).toBeLessThan(heading.x);
      } else {
        expect(box.x + box.width).toBe(1280);
        expect(close.x).toBeGreaterThan(heading.x);
      }
      await page.screenshot({ path: join(dir, `${name}-panel.png`) });

      await page.keyboard.press('Escape');
      await page.getByRole('searchbox', { name: words.search }).fill('zzzz');
      await expect.poll(() => page.locator('#rk-results-count').textContent()).toBe(words.noMatch);
      expect(errors).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
