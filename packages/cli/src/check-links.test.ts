import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../test/run-cli.js';
import { checkLinks, documentUrls, linkIssue } from './check-links.js';

let base = '';
let inFlight = 0;
let most = 0;
const hits: string[] = [];
const server = createServer((req, res) => {
  hits.push(`${req.method} ${req.url}`);
  inFlight++;
  most = Math.max(most, inFlight);
  // Answer on the next turn, so requests that are allowed to overlap do overlap.
  setImmediate(() => {
    inFlight--;
    if (req.url?.startsWith('/missing')) res.writeHead(404).end();
    else if (req.url === '/no-head' && req.method === 'HEAD') res.writeHead(405).end();
    else res.writeHead(200).end('ok');
  });
});
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

it('finds every http(s) url field with its path', () => {
  const doc = {
    topics: [
      { url: 'https://a.example', content: { resources: [{ url: 'https://b.example' }] } },
      { url: '/rel' },
    ],
  };
  expect(documentUrls(doc)).toEqual([
    { url: 'https://a.example', path: ['topics', 0, 'url'] },
    { url: 'https://b.example', path: ['topics', 0, 'content', 'resources', 0, 'url'] },
  ]);
});

it('reports links that fail, asks each URL once, at most `concurrency` at a time, and caches the good ones', async () => {
  hits.length = 0;
  most = 0;
  const urls = [
    ...Array.from({ length: 12 }, (_, i) => `${base}/ok/${i}`),
    `${base}/missing/1`,
    `${base}/no-head`,
    `${base}/ok/0`,
  ];
  const cacheFile = join(tempDir(), 'cache/links.json');
  const problems = await checkLinks(urls, { concurrency: 3, cacheFile, now: 1_000 });
  expect([...problems]).toEqual([[`${base}/missing/1`, 'HTTP 404']]);
  expect(most).toBeLessThanOrEqual(3);
  expect(hits.filter((h) => h === 'HEAD /ok/0')).toHaveLength(1);
  expect(hits).toContain('GET /no-head');
  expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')) as object)).toHaveLength(13);
  hits.length = 0;
  const again = await checkLinks(urls, { concurrency: 3, cacheFile, now: 2_000 });
  expect([...again.keys()]).toEqual([`${base}/missing/1`]);
  expect(hits).toEqual(['HEAD /missing/1']);
});

it('places a failing link at the first place its URL is written', () => {
  const source = 'topics:\n  - id: a\n    url: https://x.example/gone\n';
  expect(
    linkIssue('a.yaml', source, 'https://x.example/gone', ['topics', 0, 'url'], 'HTTP 404'),
  ).toMatchObject({
    severity: 'warning',
    message: 'expected a link that answers, received HTTP 404 from https://x.example/gone',
    line: 3,
    column: 10,
  });
});
