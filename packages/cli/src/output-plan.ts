import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import type { Input } from './expand-inputs.js';

/** What `render` can write. */
export const OUTPUT_FORMATS = ['svg', 'png', 'pdf', 'html', 'md', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface PlannedOutput {
  readonly format: OutputFormat;
  /** Absolute path, or {@link STDOUT}. */
  readonly path: string;
}

/** The planned path of an output written to standard output (`-o -`). */
export const STDOUT = '-';

/** Reads `--format svg,png` (several at once). */
export function parseFormats(text: string): OutputFormat[] {
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  for (const format of formats) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(
        `--format takes ${OUTPUT_FORMATS.join(', ')} (comma-separated), received ${JSON.stringify(format)}`,
      );
    }
  }
  if (formats.length === 0) throw new UsageError('--format needs at least one format');
  return [...new Set(formats)] as OutputFormat[];
}

/** The format an output file name asks for (`.markdown` counts as md). */
export function formatOfPath(path: string): OutputFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  const format = ext === 'markdown' ? 'md' : ext;
  return (OUTPUT_FORMATS as readonly string[]).includes(format)
    ? (format as OutputFormat)
    : undefined;
}

/** `examples/backend/roadmap.yaml` → `backend`; `maps/devops.roadmap.json` → `devops`. */
export function outputStem(inputPath: string): string {
  const name = basename(inputPath)
    .replace(/\.(ya?ml|json)$/i, '')
    .replace(/\.roadmap$/i, '');
  if (name.toLowerCase() === 'roadmap' || name === '') {
    const folder = basename(dirname(resolve(inputPath)));
    return folder === '' ? 'roadmap' : folder;
  }
  return name;
}

export interface PlanOptions {
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly formats: OutputFormat[] | undefined;
  readonly cwd: string;
}

/**
 * Where each input's outputs go. `-o -` (one input, one format, svg by default): standard
 * output. `-o FILE` (one input): that file, in the format its
 * extension names (or `--format`). `--out-dir DIR`: `DIR/<stem>.<format>`. Neither: beside
 * the input. Two inputs that would write the same file are a usage error, found up front.
 */
export function planOutputs(inputs: readonly Input[], options: PlanOptions): PlannedOutput[][] {
  if (options.output !== undefined && options.outDir !== undefined)
    throw new UsageError('use -o or --out-dir, not both');
  if (options.output === '-') {
    if (inputs.length !== 1)
      throw new UsageError(
        `-o - writes one picture to standard output, but ${inputs.length} inputs were given; use --out-dir`,
      );
    const formats = options.formats ?? ['svg'];
    if (formats.length !== 1)
      throw new UsageError(
        `-o - writes one format to standard output, but --format names ${formats.length} (${formats.join(', ')}); pick one`,
      );
    return [[{ format: formats[0] as OutputFormat, path: STDOUT }]];
  }
  if (options.output !== undefined) {
    if (inputs.length !== 1)
      throw new UsageError(
        `-o writes one file, but ${inputs.length} inputs were given; use --out-dir`,
      );
    const target = resolve(options.cwd, options.output);
    const fromPath = formatOfPath(target);
    const formats = options.formats ?? (fromPath ? [fromPath] : undefined);
    if (!formats)
      throw new UsageError(
        `cannot tell the format of ${JSON.stringify(options.output)}: use an extension (${OUTPUT_FORMATS.join(', ')}) or --format`,
      );
    if (formats.length === 1) return [[{ format: formats[0] as OutputFormat, path: target }]];
    const base = target.slice(0, target.length - extname(target).length);
    return [formats.map((format) => ({ format, path: `${base}.${format}` }))];
  }
  const formats = options.formats ?? ['svg'];
  const seen = new Map<string, string>();
  return inputs.map((input) => {
    const dir =
      options.outDir !== undefined
        ? resolve(options.cwd, options.outDir)
        : input.path === '-'
          ? options.cwd
          : dirname(input.path);
    const stem = input.path === '-' ? 'roadmap' : outputStem(input.path);
    return formats.map((format) => {
      const path = join(dir, `${stem}.${format}`);
      const other = seen.get(path);
      if (other !== undefined)
        throw new UsageError(
          `${other} and ${input.name} would both write ${path}; render them into different folders`,
        );
      seen.set(path, input.name);
      return { format, path };
    });
  });
}
