import { join, resolve } from 'node:path';
import { formatIssuesPretty } from '@roadmapkit/schema';
import { comparePair, type FileDiff } from '../diff/compare-pairs.js';
import { drawDiff } from '../diff/draw-diff.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../diff/format-diff.js';
import { loadGitPairs, loadPathPairs } from '../diff/load-pairs.js';
import { EXIT, UsageError } from '../errors.js';
import { type CliIo, useColor } from '../io.js';
import { requireTools } from '../optional-tools.js';
import { parsePngOptions } from '../png-options.js';
import { writeFileAtomic } from '../write-file-atomic.js';

export const DIFF_HELP = `Usage: roadmapkit diff BASE HEAD [options]
       roadmapkit diff --git REF [paths…] [options]

Compares two versions of roadmaps by meaning: topics and subtopics added, removed, renamed
and moved, and changes to content, resources, badges, links, the legend and the FAQ.
BASE and HEAD are two files, or two folders whose roadmap files are paired by path.
With --git REF, the roadmap files under the paths (default: the current folder) are
compared with their versions at the git revision REF.

Options:
  --format FORMAT      text (default), md (a pull request comment), json, svg or png
                       (the newer roadmap, added boxes green, changed amber, removed as ghosts)
  -o, --output FILE    write to FILE ("-" for standard output); svg and png need one file
  --out-dir DIR        write a picture per changed roadmap to DIR/<name>.diff.svg|png
  --theme NAME         light (default) or dark, for pictures
  --width PX           the width of a PNG in px (the height follows)
  --background COLOR   a PNG's background: #rgb, #rrggbb or a palette name
  --exit-code          exit 1 when anything changed (like git diff --exit-code)
  -h, --help           show this help

Exit codes: 0 compared (or, with --exit-code, no change), 1 a change (with --exit-code)
or a version that is not a valid roadmap, 2 usage error.`;

const FORMATS = ['text', 'md', 'json', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];

export interface DiffArgs {
  readonly paths: readonly string[];
  readonly git: string | undefined;
  readonly format: string | undefined;
  readonly output: string | undefined;
  readonly outDir: string | undefined;
  readonly theme: string | undefined;
  readonly width: string | undefined;
  readonly background: string | undefined;
  readonly exitCode: boolean;
}

function pictureName(name: string, format: 'svg' | 'png'): string {
  return `${name.replace(/^[./]+/, '').replace(/\.(ya?ml|json)$/, '')}.diff.${format}`;
}

export async function diffCommand(args: DiffArgs, io: CliIo): Promise<number> {
  const format = (args.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, received ${JSON.stringify(args.format)}`,
    );
  const theme = args.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw new UsageError(`--theme must be light or dark, received ${JSON.stringify(args.theme)}`);
  const { width, background } = parsePngOptions(args.width, args.background);
  if (args.git === undefined && args.paths.length !== 2)
    throw new UsageError('diff needs two files or folders (BASE HEAD), or --git REF');
  const pairs =
    args.git === undefined
      ? await loadPathPairs(args.paths[0] as string, args.paths[1] as string, io.cwd)
      : await loadGitPairs(args.git, args.paths, io.cwd);
  const files: FileDiff[] = pairs.map(comparePair);
  const invalid = files.filter((file) => file.status === 'invalid');
  if (invalid.length > 0)
    io.writeError(
      `${formatIssuesPretty(
        invalid.flatMap((file) => file.issues),
        { color: useColor(io) },
      )}\n`,
    );

  if (format === 'svg' || format === 'png') {
    requireTools(`diff --format ${format}`);
    const drawable = files.filter(
      (file) => file.status !== 'unchanged' && file.status !== 'invalid',
    );
    if (args.outDir === undefined && drawable.length > 1)
      throw new UsageError(
        `${drawable.length} roadmaps changed: give --out-dir DIR to write a picture of each`,
      );
    if (args.outDir === undefined && args.output === undefined)
      throw new UsageError(
        `--format ${format} writes a picture: give -o FILE (or -o - for standard output)`,
      );
    for (const file of drawable) {
      const picture = await drawDiff(file, { format, theme, width, background });
      const target =
        args.outDir === undefined
          ? (args.output as string)
          : join(args.outDir, pictureName(file.name, format));
      if (target === '-') io.write(picture);
      else await writeFileAtomic(resolve(io.cwd, target), picture, io.cwd);
    }
  } else {
    const text =
      format === 'md'
        ? formatDiffMarkdown(files)
        : format === 'json'
          ? `${formatDiffJson(files)}\n`
          : formatDiffText(files);
    if (args.output === undefined || args.output === '-') io.write(text);
    else await writeFileAtomic(resolve(io.cwd, args.output), text, io.cwd);
  }
  if (invalid.length > 0) return EXIT.invalid;
  return args.exitCode && files.some((file) => file.status !== 'unchanged')
    ? EXIT.invalid
    : EXIT.ok;
}
