import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { formatIssuesPretty, type Issue } from '@roadmapkit/schema';
import { checkInput } from '../check-input.js';
import { codeCacheDir } from '../code-cache.js';
import { EXIT, UsageError } from '../errors.js';
import { expandInputs } from '../expand-inputs.js';
import { refuseInputOverwrites } from '../input-overwrite.js';
import { type CliIo, useColor } from '../io.js';
import { requireTools } from '../optional-tools.js';
import { type OutputFormat, parseFormats, planOutputs, STDOUT } from '../output-plan.js';
import { parsePngOptions } from '../png-options.js';
import { capJobs } from '../pool/jobs-cap.js';
import { runHere } from '../pool/run-here.js';
import { workerNodeOptions } from '../pool/worker-node-options.js';
import { runPool, startWorkers, stopWorkers, type TaskResult } from '../pool/worker-pool.js';
import { createProgress } from '../progress.js';
import type { RenderJob, RenderJobResult } from '../render-job.js';
import { parseShard, takeShard } from '../shard.js';
import { temporaryPath } from '../write-file-atomic.js';

export const RENDER_HELP = `Usage: roadmapkit render <files|dirs|globs…> [options]

Lays out and draws roadmap files. A file that fails is reported and the others still render.

Options:
  -o, --output FILE     write one input to FILE (format from its extension);
                        -o - writes one format to standard output (svg by default),
                        with the progress and the issues on standard error
  --out-dir DIR         write every input to DIR/<name>.<format>
  --format LIST         svg, png, pdf, html, md, json (comma-separated; default svg)
  --theme NAME          light (default), dark or auto (SVG follows the viewer's setting)
  --scale N             PNG zoom, 1 to 4 (default 1)
  --width PX            PNG width in px, 1 to 20000 (the height follows; instead of --scale)
  --background COLOR    PNG background: #rgb, #rrggbb or a palette name (blue, white, …)
  --layout MODE         auto or manual (default: as the document says)
  --jobs N              worker processes (default and most: the cores, one per GB of memory)
  --shard i/n           render only the i-th of n equal parts of the file list
  --timeout SECONDS     stop a file that takes longer (default 60; one file without
                        --timeout is drawn in this process, with no limit)
  --font FILE           a TTF/OTF/WOFF/WOFF2 font for characters the shipped fonts lack
                        (repeatable; tried first): measures, draws PNG and PDF, and is
                        named in the SVG's font stack
  --embed-fonts         embed the fonts that draw the SVG's text in it (WOFF2 subsets)
  --max-megapixels N    largest PNG/PDF canvas, 1 to 250 (default 40)
  -h, --help            show this help

Text that no font can draw is a missing-glyph warning naming the node and the characters.
Without -o or --out-dir, outputs are written beside each input. Outputs are written
whole or not at all (a temporary file, then a rename).
The layout engine's compiled code is kept for the next runs in a folder of your own in the
temporary folder, or in ROADMAPKIT_CODE_CACHE (set it empty for none).
Exit codes: 0 all rendered, 1 a file failed, 2 usage error.`;

export interface RenderArgs {
  readonly inputs: readonly string[];
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly format: string | undefined;
  readonly theme: string | undefined;
  readonly scale: string | undefined;
  readonly width?: string | undefined;
  readonly background?: string | undefined;
  readonly layout: string | undefined;
  readonly jobs: string | undefined;
  readonly shard: string | undefined;
  readonly timeout: string | undefined;
  readonly fonts?: readonly string[] | undefined;
  readonly embedFonts?: boolean;
  readonly maxMegapixels: string | undefined;
}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      `${name} must be one of ${allowed.join(', ')}, received ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

function number(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (
    !Number.isFinite(parsed) ||
    parsed < min ||
    parsed > max ||
    (integer && !Number.isInteger(parsed))
  ) {
    throw new UsageError(
      `${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, received ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}

/** The default pixel budget of a PNG or PDF canvas: render's DEFAULT_MAX_PIXELS, in megapixels. */
const DEFAULT_MAX_MEGAPIXELS = 40;

export async function renderCommand(
  args: RenderArgs,
  terminal: CliIo,
  workerUrl: URL,
): Promise<number> {
  // With -o -, standard output carries the picture alone: every message goes to standard error.
  const toStdout = args.output === STDOUT;
  const io: CliIo = toStdout
    ? { ...terminal, stdoutIsTty: false, write: (text) => terminal.writeError(String(text)) }
    : terminal;
  if (args.inputs.length === 0)
    throw new UsageError('render needs at least one file, folder or glob (or - for stdin)');
  requireTools('render');
  const theme = choice('--theme', args.theme, ['light', 'dark', 'auto'] as const) ?? 'light';
  const layout = choice('--layout', args.layout, ['auto', 'manual'] as const);
  const scale = number('--scale', args.scale, 1, 4, false) ?? 1;
  const png = parsePngOptions(args.width, args.background);
  const capped = capJobs(number('--jobs', args.jobs, 1, 64, true));
  const jobs = capped.jobs;
  if (capped.warning !== undefined) io.writeError(`roadmapkit: warning: ${capped.warning}\n`);
  const timeoutMs = (number('--timeout', args.timeout, 0.1, 86_400, false) ?? 60) * 1000;
  const maxPixels =
    (number('--max-megapixels', args.maxMegapixels, 1, 250, false) ?? DEFAULT_MAX_MEGAPIXELS) *
    1_000_000;
  const formats: OutputFormat[] | undefined =
    args.format === undefined ? undefined : parseFormats(args.format);
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  for (const file of args.fonts ?? []) {
    if (!existsSync(resolve(io.cwd, file))) throw new UsageError(`--font: no such file ${file}`);
  }

  const all = await expandInputs(args.inputs, io.cwd);
  const inputs = shard === undefined ? all : takeShard(all, shard);
  const plans = planOutputs(inputs, {
    output: args.output,
    outDir: args.outDir,
    formats,
    cwd: io.cwd,
  });
  if (
    (png.width !== undefined || png.background !== undefined) &&
    !plans.flat().some((output) => output.format === 'png')
  )
    throw new UsageError(
      `${png.width === undefined ? '--background' : '--width'} applies to PNG output: add --format png (or -o FILE.png)`,
    );
  // One file and no --timeout: drawn here (no worker to start, modules loaded once). Else
  // worker processes, which a timeout can stop in any stage, native PNG drawing included:
  // forked now, so they load and warm up while this process checks and reads the inputs.
  const pooled = inputs.length > 1 || args.timeout !== undefined;
  const poolSize = Math.min(jobs, inputs.length);
  const workerStart = {
    workerUrl,
    workerArgs: [...new Set(plans.flat().map((output) => output.format))],
    nodeOptions: workerNodeOptions(io.env, process.execArgv, poolSize),
  };
  const workers = pooled ? startWorkers(workerStart, poolSize) : [];
  try {
    return await renderPlanned();
  } finally {
    // Those the pool did not take (a usage error, or too few readable files).
    stopWorkers(workers);
  }

  async function renderPlanned(): Promise<number> {
    await refuseInputOverwrites(inputs, plans, io.cwd);
    const stdin = inputs.some((input) => input.path === '-') ? await io.readStdin() : undefined;
    const runTag = `rk${process.pid}x${Date.now().toString(36)}`;
    const jobsList: RenderJob[] = inputs.map((input, i) => ({
      name: input.name,
      path: input.path,
      outputs: plans[i] ?? [],
      theme,
      scale,
      ...png,
      maxPixels,
      layout,
      tempTag: `${runTag}-${i}`,
      ...(args.fonts?.length ? { fonts: args.fonts.map((file) => resolve(io.cwd, file)) } : {}),
      ...(args.embedFonts ? { embedFonts: true } : {}),
      ...(input.path === '-' && stdin ? { stdin } : {}),
    }));

    if (shard !== undefined)
      io.write(`shard ${shard.index}/${shard.count}: ${inputs.length} of ${all.length} files\n`);
    const controller = new AbortController();
    const stopListening = io.onInterrupt(() => controller.abort());
    const progress = createProgress(io, jobsList.length);
    const started = performance.now();
    const issues: Issue[] = [];
    const show = (path: string) => relative(io.cwd, path) || path;
    // Files that cannot be read are reported now; only the others go to the workers.
    const refused = await Promise.all(
      inputs.map((input) => checkInput(input.path, input.name, io.cwd)),
    );
    const readable = jobsList.filter((_, i) => refused[i] === undefined);
    let results: TaskResult<RenderJobResult>[] = [];
    try {
      refused.forEach((issue, i) => {
        if (issue === undefined) return;
        issues.push(issue);
        progress.done(i, `✖ ${jobsList[i]?.name}: ${issue.message}`);
      });
      const hooks = {
        signal: controller.signal,
        onStart: (index: number, job: RenderJob) => progress.started(index, job.name),
        onDone: (index: number, job: RenderJob, result: TaskResult<RenderJobResult>) => {
          if (result.ok) {
            issues.push(...result.value.issues);
            const failed = result.value.written.length === 0 && job.outputs.length > 0;
            progress.done(
              index,
              failed
                ? `✖ ${job.name}: invalid (${plural(result.value.issues.filter((i) => i.severity === 'error').length, 'error')})`
                : `✔ ${job.name} → ${result.value.written.map((path) => (path === STDOUT ? '<stdout>' : show(path))).join(', ')} (${Math.round(result.value.ms)} ms)`,
            );
          } else {
            progress.done(index, `✖ ${job.name}: ${result.error}`);
          }
        },
      };
      const ran = !pooled
        ? await runHere(readable, {
            ...hooks,
            run: (await import('../render-job.js')).createJobRunner(codeCacheDir(io.env)),
          })
        : await runPool<RenderJob, RenderJobResult>(readable, {
            ...hooks,
            ...workerStart,
            started: workers,
            size: jobs,
            timeoutMs,
            waitForReady: true,
          });
      let next = 0;
      results = refused.map((issue) =>
        issue === undefined
          ? (ran[next++] as TaskResult<RenderJobResult>)
          : { ok: false as const, error: issue.message, reason: 'failed' as const },
      );
    } finally {
      progress.stop();
      stopListening();
    }
    // A stopped or crashed job may leave its temporary files: remove them.
    await Promise.all(
      jobsList.flatMap((job, i) =>
        results[i]?.ok
          ? []
          : job.outputs
              .filter((output) => output.path !== STDOUT)
              .map((output) => rm(temporaryPath(output.path, job.tempTag), { force: true })),
      ),
    );
    for (const result of results) {
      if (result.ok && result.value.stdout !== undefined) terminal.write(result.value.stdout);
    }
    if (issues.length > 0) io.write(`\n${formatIssuesPretty(issues, { color: useColor(io) })}\n`);
    const failed = results.filter(
      (result) => !result.ok || (result.value.written.length === 0 && jobsList.length > 0),
    ).length;
    const written = results.reduce(
      (sum, result) => sum + (result.ok ? result.value.written.length : 0),
      0,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (controller.signal.aborted) {
      io.writeError(
        `roadmapkit: interrupted; ${plural(written, 'file')} written, no partial files left\n`,
      );
      return 130;
    }
    io.write(
      `${failed === 0 ? '✔' : '✖'} ${results.length - failed} rendered, ${failed} failed, ${plural(written, 'file')} written in ${seconds}s\n`,
    );
    return failed === 0 ? EXIT.ok : EXIT.invalid;
  }
}

/** `1 error`, `2 errors`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
