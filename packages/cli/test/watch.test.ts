import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './run-cli.js';

const doc = (label: string) =>
  `schemaVersion: 1\nid: w\ntitle: Watched\ntopics:\n  - { id: a, label: ${label} }\n`;

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

/** Collects the child's output and resolves when it contains `text` (counting from `from`). */
function output(process: ChildProcessWithoutNullStreams) {
  let text = '';
  process.stdout.on('data', (chunk) => {
    text += String(chunk);
  });
  return {
    get text() {
      return text;
    },
    until(pattern: RegExp, from = 0): Promise<RegExpMatchArray> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern} in:\n${text}`)),
          15_000,
        );
        const check = () => {
          const match = text.slice(from).match(pattern);
          if (match) {
            clearTimeout(timer);
            process.stdout.off('data', check);
            resolve(match);
          }
        };
        process.stdout.on('data', check);
        check();
      });
    },
  };
}

describe('roadmapkit watch', () => {
  it('renders on start and on every save, prints issues, and serves a live preview', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'map.yaml'), doc('First'));
    child = spawn(
      process.execPath,
      [
        join(import.meta.dirname, '../dist/bin.js'),
        'watch',
        'map.yaml',
        '-o',
        'map.svg',
        '--serve',
        '--port',
        '0',
      ],
      { cwd },
    );
    const out = output(child);
    const [, port] = await out.until(/serving a live preview at http:\/\/127\.0\.0\.1:(\d+)\//);
    await out.until(/watching map\.yaml/);
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8')).toContain('>First</tspan>');

    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/`)).text()).toContain('new EventSource');
    expect(await (await fetch(`${base}/roadmap.svg`)).text()).toContain('>First</tspan>');
    const events = await fetch(`${base}/events`);
    const reader = events.body?.getReader();
    const firstEvent = reader?.read();

    const mark = out.text.length;
    writeFileSync(join(cwd, 'map.yaml'), doc('Second'));
    await out.until(/✔ rendered .*map\.svg/, mark);
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8'), out.text).toContain('>Second</tspan>');
    expect(await (await fetch(`${base}/roadmap.svg`)).text()).toContain('>Second</tspan>');
    expect(new TextDecoder().decode((await firstEvent)?.value)).toContain(': connected');

    const broken = out.text.length;
    writeFileSync(join(cwd, 'map.yaml'), doc('Third').replace('label', 'lable'));
    await out.until(/✖ not rendered: fix the errors above and save again/, broken);
    expect(out.text.slice(broken)).toContain('unknown key "lable"');
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8'), out.text).toContain('>Second</tspan>');
    await reader?.cancel();
  }, 40_000);
});
