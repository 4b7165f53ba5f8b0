import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Issue } from '@roadmapkit/schema';
import { loadWithCodeCache } from './code-cache.js';
import { glyphCheck } from './glyph-check.js';
import { type OutputFormat, type PlannedOutput, STDOUT } from './output-plan.js';
import { readRegularFile } from './safe-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** One file to render, as the main thread sends it to a worker. */
export interface RenderJob {
  readonly name: string;
  readonly path: string;
  readonly outputs: readonly PlannedOutput[];
  readonly theme: 'light' | 'dark' | 'auto';
  readonly scale: number;
  /** A PNG's width in px (`--width`); the height follows. Overrides `scale`. */
  readonly width?: number;
  /** A PNG's background colour (`--background`): hex or a palette name. */
  readonly background?: string;
  /** The pixel budget of a PNG or PDF canvas (`--max-megapixels`). */
  readonly maxPixels: number;
  readonly layout: 'auto' | 'manual' | undefined;
  /** Names this job's temporary files, so the main thread can remove them if it stops the job. */
  readonly tempTag: string;
  /** Standard input's bytes, when the input is `-`. */
  readonly stdin?: Uint8Array;
  /** The user's own font files (`--font`), absolute paths, tried before the shipped fallbacks. */
  readonly fonts?: readonly string[];
  /** Embed the fonts that draw the picture in the SVG file (`--embed-fonts`). */
  readonly embedFonts?: boolean;
}

export interface RenderJobResult {
  readonly issues: readonly Issue[];
  readonly written: readonly string[];
  readonly ms: number;
  /** The output planned for standard output (`-o -`), for the main thread to write. */
  readonly stdout?: string | Uint8Array;
}

type Layout = typeof import('@roadmapkit/layout');
type Render = typeof import('@roadmapkit/render');
type Fonts = typeof import('@roadmapkit/fonts');

/**
 * Makes a job runner for one worker: layout, render and the font measurer are loaded on the
 * first job (never by `validate`) and kept for the next ones.
 */
export interface JobRunner {
  (job: RenderJob): Promise<RenderJobResult>;
  /** Loads layout, render and the fonts now rather than on the first job. */
  load(): Promise<unknown>;
  /**
   * Loads the tools and draws a one-topic roadmap in each of `formats` (fonts parsed, the
   * PNG/PDF stacks loaded, the code compiled), so a worker's first job costs what the next
   * ones do and its timeout does not pay for the start-up.
   */
  warm(formats: readonly OutputFormat[]): Promise<unknown>;
}

/** Runs `draw`, turning a pixel-budget error into one line that says the way out. */
async function overBudget<T>(
  render: Render,
  kind: 'PNG' | 'PDF',
  job: RenderJob,
  draw: () => T | Promise<T>,
): Promise<T> {
  try {
    return await draw();
  } catch (error) {
    if (!(error instanceof render.PixelBudgetError)) throw error;
    const mp = (n: number) => `${Math.round(n / 100_000) / 10}`;
    const size = `${Math.round(error.width)} × ${Math.round(error.height)} px`;
    const fix =
      kind === 'PNG'
        ? `lower --scale (now ${job.scale}), render --format svg, or raise --max-megapixels`
        : 'render --format svg, or raise --max-megapixels';
    throw new Error(
      `the ${kind} would be ${size} (${mp(error.width * error.height)} megapixels), over the ${mp(error.maxPixels)}-megapixel budget: ${fix}`,
    );
  }
}

/**
 * elkjs, the layout engine (1.6 MB of CommonJS), loaded now where the layout will find it,
 * through V8's code cache in `codeCache` (see {@link loadWithCodeCache}).
 */
function preloadElk(codeCache: string | undefined): void {
  try {
    const layout = fileURLToPath(import.meta.resolve('@roadmapkit/layout'));
    loadWithCodeCache(createRequire(layout).resolve('elkjs/lib/elk.bundled.js'), codeCache);
  } catch {
    // The layout loads elkjs itself, without the cache.
  }
}

/**
 * @param codeCache the folder of compiled-code caches ({@link codeCacheDir}); undefined: none.
 */
export function createJobRunner(codeCache?: string): JobRunner {
  let tools: Promise<{ layout: Layout; render: Render; fonts: Fonts }> | undefined;
  const load = () => {
    if (tools === undefined) preloadElk(codeCache);
    tools ??= Promise.all([
      import('@roadmapkit/layout'),
      import('@roadmapkit/render'),
      import('@roadmapkit/fonts'),
    ]).then(([layout, render, fonts]) => ({ layout, render, fonts }));
    return tools;
  };
  // One measurer per font list and locale, kept for the next jobs (fonts parsed once).
  const measurers = new Map<string, ReturnType<Fonts['createMeasurer']>>();
  const measurerFor = (fonts: Fonts, files: readonly string[], locale: string | undefined) => {
    const key = JSON.stringify([files, locale ?? '']);
    let measurer = measurers.get(key);
    if (!measurer) {
      measurer = fonts.createMeasurer(undefined, {
        fontFiles: files,
        ...(locale === undefined ? {} : { locale }),
      });
      measurers.set(key, measurer);
    }
    return measurer;
  };

  const run = async (job: RenderJob): Promise<RenderJobResult> => {
    const started = performance.now();
    const { parseRoadmap } = await import('@roadmapkit/schema');
    const bytes = job.stdin ?? (await readRegularFile(job.path));
    const { layout, render, fonts } = await load();
    // Characters no font of the chain has are warnings at their place in the source.
    const parsed = parseRoadmap(bytes, {
      file: job.name,
      glyphs: (doc) => glyphCheck(fonts, measurerFor(fonts, job.fonts ?? [], doc.locale)),
    });
    if (!parsed.value)
      return { issues: parsed.issues, written: [], ms: performance.now() - started };
    const doc = parsed.value;
    const measurer = measurerFor(fonts, job.fonts ?? [], doc.locale);
    const positioned = await layout.layoutRoadmap(doc, {
      measurer,
      ...(job.layout ? { layout: job.layout } : {}),
    });
    // The canvas size is known now: a PNG or PDF over the pixel budget is refused before any
    // SVG is drawn or parsed (the costly part of a huge picture), and before any output is written.
    const formats = new Set(job.outputs.map((output) => output.format));
    if (formats.has('png'))
      await overBudget(render, 'PNG', job, () =>
        render.checkPngBudget(positioned, {
          scale: job.scale,
          maxPixels: job.maxPixels,
          ...(job.width === undefined ? {} : { width: job.width }),
        }),
      );
    if (formats.has('pdf'))
      await overBudget(render, 'PDF', job, () =>
        render.checkPdfBudget(positioned, { maxPixels: job.maxPixels }),
      );
    // The measurer's own fonts (--font) join the SVG's font stack; embedded when asked.
    let fontCss: Promise<string> | undefined;
    const embedded = () => {
      fontCss ??= render.embeddedFontCss(positioned, { measurer });
      return fontCss;
    };
    const plain = new Map<string, string>();
    const svgIn = (theme: RenderJob['theme']) => {
      let svg = plain.get(theme);
      if (svg === undefined) {
        svg = render.renderSvg(positioned, { roadmap: doc, theme, measurer });
        plain.set(theme, svg);
      }
      return svg;
    };
    const svgFor = async () =>
      job.embedFonts
        ? render.renderSvg(positioned, {
            roadmap: doc,
            theme: job.theme,
            measurer,
            fontFaceCss: await embedded(),
          })
        : svgIn(job.theme);
    // PNG and PDF have no prefers-color-scheme: `auto` draws light.
    const lightSvg = () => svgIn(job.theme === 'auto' ? 'light' : job.theme);
    // A PNG with --background is drawn on that colour: the picture's own background included.
    const pngSvg = () =>
      job.background === undefined
        ? lightSvg()
        : render.renderSvg(positioned, {
            roadmap: doc,
            theme: {
              base: job.theme === 'dark' ? 'dark' : 'light',
              colors: { background: job.background },
            },
            measurer,
          });
    const produce: Record<OutputFormat, () => Promise<string | Uint8Array> | string | Uint8Array> =
      {
        svg: svgFor,
        png: () =>
          overBudget(render, 'PNG', job, () =>
            // Drawn in bands when tall, so memory does not grow with the canvas.
            render.renderPngAsync(pngSvg(), {
              scale: job.scale,
              maxPixels: job.maxPixels,
              measurer,
              ...(job.width === undefined ? {} : { width: job.width }),
            }),
          ),
        pdf: () =>
          overBudget(render, 'PDF', job, () =>
            render.renderPdf(lightSvg(), {
              title: doc.title,
              maxPixels: job.maxPixels,
              measurer,
            }),
          ),
        html: async () =>
          render.renderHtml(doc, {
            svg: render.renderSvg(positioned, {
              roadmap: doc,
              theme: 'auto',
              measurer,
              // Fonts cut to the picture's and the page's own text: the page draws with them.
              fontFaceCss: await render.embeddedFontCss(positioned, { measurer, page: doc }),
              contentHref: (id) => `#topic-${id}`,
            }),
          }),
        md: () => render.renderMarkdown(doc),
        json: () => `${JSON.stringify(positioned, null, 2)}\n`,
      };
    const written: string[] = [];
    let stdout: string | Uint8Array | undefined;
    // Each file is written while the next output is drawn (the write waits on the disk, the
    // drawing on the processor), and the writes go one after another, in order: after a
    // failed write nothing more is written, and its error is the one reported.
    let writing: Promise<void> | undefined;
    for (const output of job.outputs) {
      let data: string | Uint8Array;
      try {
        data = await produce[output.format]();
      } catch (error) {
        await writing;
        throw error;
      }
      await writing;
      if (output.path === STDOUT) {
        stdout = data;
        written.push(output.path);
        writing = undefined;
        continue;
      }
      writing = writeFileAtomic(output.path, data, '/', job.tempTag).then(() => {
        written.push(output.path);
      });
      // Awaited later: marked as handled now, so a failure meanwhile is not an unhandled one.
      writing.catch(() => undefined);
    }
    await writing;
    return {
      issues: parsed.issues,
      written,
      ms: performance.now() - started,
      ...(stdout === undefined ? {} : { stdout }),
    };
  };
  const warm = async (formats: readonly OutputFormat[]) => {
    const { layout, render, fonts } = await load();
    const { parseRoadmap } = await import('@roadmapkit/schema');
    const doc = parseRoadmap(
      'schemaVersion: 1\nid: warm\ntitle: Warm\ntopics: [{ id: t, label: Warm }]\n',
    ).value;
    if (!doc) return;
    const measurer = measurerFor(fonts, [], undefined);
    const svg = render.renderSvg(await layout.layoutRoadmap(doc, { measurer }), { roadmap: doc });
    if (formats.includes('png')) render.renderPng(svg, { measurer });
    if (formats.includes('pdf')) await render.renderPdf(svg, { measurer });
  };
  return Object.assign(run, { load, warm });
}
