import type { Change, RoadmapDiff } from '@roadmapkit/diff';
import type { FileDiff } from './compare-pairs.js';

const NODE_TARGETS = new Set(['topic', 'subtopic', 'element']);

/** Nodes added, removed and changed in one diff (a node with several changes counts once). */
export function nodeCounts(diff: RoadmapDiff | undefined): {
  added: number;
  removed: number;
  changed: number;
} {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const status of Object.values(diff?.nodes ?? {})) counts[status]++;
  return counts;
}

/** Changes outside the nodes (metadata, legend, call-outs, edges, FAQ). */
function otherCount(diff: RoadmapDiff | undefined): number {
  return (diff?.changes ?? []).filter((change) => !NODE_TARGETS.has(change.target)).length;
}

function countLine(file: FileDiff): string {
  if (file.status === 'invalid')
    return `cannot compare: ${file.issues.length} error${file.issues.length === 1 ? '' : 's'}`;
  if (file.status === 'unchanged') return 'no changes';
  const n = nodeCounts(file.diff);
  const other = otherCount(file.diff);
  const parts = [`${n.added} added`, `${n.removed} removed`, `${n.changed} changed`];
  if (other > 0) parts.push(`${other} other change${other === 1 ? '' : 's'}`);
  const whole =
    file.status === 'added' ? ' (new file)' : file.status === 'removed' ? ' (deleted file)' : '';
  return `${parts.join(', ')}${whole}`;
}

const SIGN: Record<Change['kind'], string> = {
  added: '+',
  removed: '-',
  renamed: '~',
  moved: '>',
  content: '~',
  resources: '~',
  legend: '~',
  link: '~',
  changed: '~',
};

/** The summary printed on a terminal: one heading per file, one line per change. */
export function formatDiffText(files: readonly FileDiff[]): string {
  const out: string[] = [];
  for (const file of files) {
    out.push(`${file.name}: ${countLine(file)}`);
    for (const issue of file.issues)
      out.push(`  ✖ ${issue.file}:${issue.line}:${issue.column} ${issue.message}`);
    for (const change of file.diff?.changes ?? [])
      out.push(`  ${SIGN[change.kind]} ${change.target} ${change.id}: ${change.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** A table cell: one line, no pipes or markup that would break the table. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#&]/g, (c) => `&#${c.charCodeAt(0)};`)
    .slice(0, 200);
}

const ICON: Record<Change['kind'], string> = {
  added: '🟢 added',
  removed: '⚪ removed',
  renamed: '🟠 renamed',
  moved: '🟠 moved',
  content: '🟠 content',
  resources: '🟠 resources',
  legend: '🟠 badge',
  link: '🟠 link',
  changed: '🟠 changed',
};

/**
 * A pull request comment: a table of counts per file, then each file's changes in a
 * collapsible table. `picture` adds an image (a URL) under the counts.
 */
export function formatDiffMarkdown(
  files: readonly FileDiff[],
  options: { picture?: string | undefined } = {},
): string {
  const changed = files.filter((file) => file.status !== 'unchanged');
  const out = ['### Roadmap changes', ''];
  if (changed.length === 0) {
    out.push('No roadmap changed.');
    return `${out.join('\n')}\n`;
  }
  out.push('| File | Added | Removed | Changed | Other |', '| --- | ---: | ---: | ---: | ---: |');
  for (const file of changed) {
    const n = nodeCounts(file.diff);
    const status =
      file.status === 'invalid'
        ? ' (cannot compare: invalid)'
        : file.status === 'added'
          ? ' (new)'
          : file.status === 'removed'
            ? ' (deleted)'
            : '';
    out.push(
      `| \`${cell(file.name)}\`${status} | ${n.added} | ${n.removed} | ${n.changed} | ${otherCount(file.diff)} |`,
    );
  }
  if (options.picture) out.push('', `![The roadmap with its changes marked](${options.picture})`);
  for (const file of changed) {
    const changes = file.diff?.changes ?? [];
    if (changes.length === 0) continue;
    out.push(
      '',
      `<details><summary>${cell(file.name)}: ${changes.length} change${changes.length === 1 ? '' : 's'}</summary>`,
      '',
      '| Change | What | Id | Details |',
      '| --- | --- | --- | --- |',
    );
    for (const change of changes) {
      out.push(
        `| ${ICON[change.kind]} | ${change.target} ${cell(change.label)} | ${cell(change.id)} | ${cell(change.message)} |`,
      );
    }
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/** The `--format json` shape: one entry per file, with its status, counts and changes. */
export function formatDiffJson(files: readonly FileDiff[]): string {
  return JSON.stringify(
    {
      files: files.map((file) => ({
        file: file.name,
        status: file.status,
        nodes: nodeCounts(file.diff),
        counts: file.diff?.counts ?? null,
        changes: file.diff?.changes ?? [],
        issues: file.issues,
      })),
      changed: files.filter((file) => file.status !== 'unchanged').length,
    },
    null,
    2,
  );
}
