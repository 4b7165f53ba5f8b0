import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

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
          // A hang guard sized for a loaded 2-core machine, where one render can take 10 s.
          45_000,
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

/** The status of one request with the given method and Host header. */
function status(port: number, method: string, host: string): Promise<number | undefined> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, method, path: '/', headers: { host } },
      (res) => {
        res.resume();
        done(res.statusCode);
      },
    );
    req.on('error', fail);
    req.end();
  });
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
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8')).toContain('>First</text>');

    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/`)).text()).toContain('new EventSource');
    expect(await (await fetch(`${base}/roadmap.svg`)).text()).toContain('>First</text>');
    // Only the local user: a foreign Host header (DNS rebinding) and other methods are refused.
    expect(await status(Number(port), 'GET', `evil.example:${port}`)).toBe(403);
    expect(await status(Number(port), 'POST', `127.0.0.1:${port}`)).toBe(405);
    expect(await status(Number(port), 'HEAD', `localhost:${port}`)).toBe(200);
    const events = await fetch(`${base}/events`);
    const reader = events.body?.getReader();
    const firstEvent = reader?.read();

    const mark = out.text.length;
    writeFileSync(join(cwd, 'map.yaml'), doc('Second'));
    await out.until(/✔ rendered .*map\.svg/, mark);
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8'), out.text).toContain('>Second</text>');
    expect(await (await fetch(`${base}/roadmap.svg`)).text()).toContain('>Second</text>');
    expect(new TextDecoder().decode((await firstEvent)?.value)).toContain(': connected');

    const broken = out.text.length;
    writeFileSync(join(cwd, 'map.yaml'), doc('Third').replace('label', 'lable'));
    await out.until(/✖ not rendered: fix the errors above and save again/, broken);
    expect(out.text.slice(broken)).toContain('unknown key "lable"');
    expect(readFileSync(join(cwd, 'map.svg'), 'utf8'), out.text).toContain('>Second</text>');
    await reader?.cancel();
  }, 600_000);

  it('a busy port: one line suggesting --port, exit 2, no stack trace', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'map.yaml'), doc('First'));
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const run = runCli(
        ['watch', 'map.yaml', '-o', 'map.svg', '--serve', '--port', String(port)],
        {
          cwd,
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `roadmapkit: port ${port} is busy; choose another with --port N (0 picks a free one)\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
