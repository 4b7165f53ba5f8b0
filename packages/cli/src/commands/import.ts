import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { EXIT, UsageError } from '../errors.js';
import { expandInputs } from '../expand-inputs.js';
import type { CliIo } from '../io.js';
import { requireTools } from '../optional-tools.js';
import { identityOf, outputRefusal, readRegularFile, UnsafePathError } from '../safe-paths.js';
import { WriteError, writeFileAtomic } from '../write-file-atomic.js';

export const IMPORT_HELP = `Usage: roadmapkit import <files…> [options]

Converts roadmap.sh editor files and legacy Balsamiq files into roadmapkit documents.
Beside a roadmap.sh file <name>.json, the page file <name>.md, faqs.astro,
migration-mapping.json and a content/ folder are read too when they exist.

Options:
  --from <roadmapsh|balsamiq>  the input format (default: detected)
  -o, --output FILE            write one input to FILE
  --out-dir DIR                write every input to DIR/<name>.roadmap.<format>
  --format <yaml|json>         the output format (default: from -o, else yaml)
  --layout <manual|auto>       keep the source's positions (default) or lay out anew
  -h, --help                   show this help

A file that cannot be imported is reported and the others go on. Exit codes: 0 imported,
1 a file failed, 2 usage error.`;

export interface ImportArgs {
  readonly inputs: readonly string[];
  readonly from: string | undefined;
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly format: string | undefined;
  readonly layout: string | undefined;
}

/** A side file's text, or undefined when it is missing or unreadable; a pipe or device is refused, never opened. */
async function readOptional(path: string, name: string): Promise<string | undefined> {
  try {
    return (await readRegularFile(path)).toString('utf8');
  } catch (cause) {
    if (cause instanceof UnsafePathError)
      throw new UnsafePathError(`cannot read ${name} beside it: ${cause.message}`);
    return undefined;
  }
}

/** The page, FAQ and content files that sit beside a roadmap.sh editor file. */
async function sideFiles(path: string): Promise<{
  frontmatter?: string;
  faqs?: string;
  content?: Record<string, string>;
  migrationMapping?: string;
}> {
  const dir = dirname(path);
  const stem = basename(path, extname(path));
  const frontmatter = await readOptional(join(dir, `${stem}.md`), `${stem}.md`);
  const faqs = await readOptional(join(dir, 'faqs.astro'), 'faqs.astro');
  const migrationMapping = await readOptional(
    join(dir, 'migration-mapping.json'),
    'migration-mapping.json',
  );
  const names = await readdir(join(dir, 'content')).catch(() => [] as string[]);
  const content: Record<string, string> = {};
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const text = await readOptional(join(dir, 'content', name), `content/${name}`);
    if (text !== undefined) content[name] = text;
  }
  return {
    ...(frontmatter === undefined ? {} : { frontmatter }),
    ...(faqs === undefined ? {} : { faqs }),
    ...(migrationMapping === undefined ? {} : { migrationMapping }),
    ...(names.length === 0 ? {} : { content }),
  };
}

export async function importCommand(args: ImportArgs, io: CliIo): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('import needs at least one file');
  requireTools('import', ['@roadmapkit/import']);
  if (args.from !== undefined && args.from !== 'roadmapsh' && args.from !== 'balsamiq') {
    throw new UsageError(
      `--from must be roadmapsh or balsamiq, received ${JSON.stringify(args.from)}`,
    );
  }
  if (args.layout !== undefined && args.layout !== 'auto' && args.layout !== 'manual') {
    throw new UsageError(
      `--layout must be manual or auto, received ${JSON.stringify(args.layout)}`,
    );
  }
  const fromOutput =
    args.output === undefined ? undefined : extname(args.output).slice(1).replace('yml', 'yaml');
  const format =
    args.format ?? (fromOutput === 'json' || fromOutput === 'yaml' ? fromOutput : 'yaml');
  if (format !== 'yaml' && format !== 'json')
    throw new UsageError(`--format must be yaml or json, received ${JSON.stringify(format)}`);
  if (args.output !== undefined && args.outDir !== undefined)
    throw new UsageError('use -o or --out-dir, not both');
  const inputs = await expandInputs(args.inputs, io.cwd);
  if (args.output !== undefined && inputs.length !== 1)
    throw new UsageError(
      `-o writes one file, but ${inputs.length} inputs were given; use --out-dir`,
    );

  const { detectFormat, fromBalsamiq, fromRoadmapSh, toJson, toYaml } = await import(
    '@roadmapkit/import'
  );
  const layout = args.layout === 'auto' ? ('auto' as const) : ('manual' as const);
  // No output may replace an input: known by device and inode, so links cannot hide one.
  const sources = (await Promise.all(inputs.map((input) => identityOf(input.path)))).filter(
    (identity) => identity !== undefined,
  );
  let failed = 0;
  for (const input of inputs) {
    let json: unknown;
    try {
      json = JSON.parse((await readRegularFile(input.path)).toString('utf8'));
    } catch (cause) {
      failed++;
      const reason =
        (cause as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file'
          : cause instanceof UnsafePathError
            ? `cannot read it: ${cause.message}`
            : `not JSON (${(cause as Error).message.split('\n')[0]})`;
      io.write(`✖ ${input.name}: ${reason}\n`);
      continue;
    }
    const kind = args.from ?? detectFormat(json);
    if (kind === undefined) {
      failed++;
      io.write(
        `✖ ${input.name}: not a roadmap.sh editor file or a Balsamiq mockup (use --from to say which)\n`,
      );
      continue;
    }
    let sides: Awaited<ReturnType<typeof sideFiles>> = {};
    try {
      if (kind === 'roadmapsh') sides = await sideFiles(input.path);
    } catch (cause) {
      if (!(cause instanceof UnsafePathError)) throw cause;
      failed++;
      io.write(`✖ ${input.name}: ${cause.message}\n`);
      continue;
    }
    const result =
      kind === 'roadmapsh'
        ? fromRoadmapSh(json, { layout, ...sides })
        : fromBalsamiq(json, { layout });
    for (const issue of result.issues) {
      io.write(
        `  ${issue.severity === 'error' ? '✖' : '⚠'} ${input.name}: ${issue.message} [${issue.code}]\n`,
      );
    }
    if (!result.value) {
      failed++;
      io.write(`✖ ${input.name}: could not be imported\n`);
      continue;
    }
    const stem = basename(input.path, extname(input.path));
    const target =
      args.output !== undefined
        ? resolve(io.cwd, args.output)
        : join(
            args.outDir === undefined ? dirname(input.path) : resolve(io.cwd, args.outDir),
            `${stem}.roadmap.${format}`,
          );
    // A write that fails (an input in the way, a full disk, no permission) fails this file alone.
    try {
      const refusal = await outputRefusal(target, sources);
      if (refusal !== undefined) throw new WriteError(target, new Error(refusal));
      await writeFileAtomic(
        target,
        format === 'json' ? toJson(result.value) : toYaml(result.value),
        io.cwd,
      );
    } catch (cause) {
      if (!(cause instanceof WriteError)) throw cause;
      failed++;
      io.write(`✖ ${input.name}: ${cause.message}\n`);
      continue;
    }
    const warnings = result.issues.filter((issue) => issue.severity === 'warning').length;
    io.write(
      `✔ ${input.name} → ${target} (${kind}, ${warnings} warning${warnings === 1 ? '' : 's'})\n`,
    );
  }
  io.write(`${failed === 0 ? '✔' : '✖'} ${inputs.length - failed} imported, ${failed} failed\n`);
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}
