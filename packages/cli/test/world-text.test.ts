import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, runCli } from './run-cli.js';

/**
 * Open Sans (Apache 2.0), as svgdom ships it: it has Cyrillic Supplement letters such as
 * Ԁ (U+0500) and Ԃ (U+0502) that Inter and the shipped fallback fonts lack.
 */
const openSans = join(
  import.meta.dirname,
  '../../render/node_modules/svgdom/fonts/OpenSans-Regular.ttf',
);

/** Ge'ez (Ethiopic) letters, which no font of the chain (nor Open Sans) has. */
const roadmap = (komi: string) =>
  `schemaVersion: 1\nid: glyphs\ntitle: Letters\ntopics:\n  - id: komi\n    label: "Komi ${komi} letter"\n  - id: geez\n    label: "Ge'ez ሀለ"\n`;

/** A folder with the roadmap and a copy of Open Sans named as a user would name it. */
function withFont(komi = 'Ԁ') {
  const cwd = project({ 'g.yaml': roadmap(komi) });
  copyFileSync(openSans, join(cwd, 'OpenSans-Regular.ttf'));
  return cwd;
}

const komiWarning =
  '⚠ "label" of "komi" has characters no font can draw (they would show as empty boxes): Ԁ (U+0500) [missing-glyph]\n  → at topics[0].label (g.yaml:6:12)';
const geezWarning =
  '⚠ "label" of "geez" has characters no font can draw (they would show as empty boxes): ሀ (U+1200), ለ (U+1208) [missing-glyph]\n  → at topics[1].label (g.yaml:8:12)';

describe('missing glyphs', () => {
  it('validate warns at each label with characters no font has, naming node and characters', () => {
    const run = runCli(['validate', 'g.yaml'], { cwd: withFont(), env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(komiWarning);
    expect(run.stdout).toContain(geezWarning);
    expect(run.stdout).toContain('fix: add a font that has them (--font FILE');
    expect(run.stdout).toContain('✔ 1 file checked, 0 invalid (0 errors, 2 warnings)');
    expect(runCli(['validate', '--strict', 'g.yaml'], { cwd: withFont() }).code).toBe(1);
  });

  it('validate reports them in JSON, SARIF and GitHub annotations', () => {
    const cwd = withFont();
    const json = JSON.parse(runCli(['validate', '--format', 'json', 'g.yaml'], { cwd }).stdout) as {
      files: Array<{
        issues: Array<{ code: string; line: number; column: number; path: unknown[] }>;
      }>;
    };
    expect(json.files[0]?.issues.map((i) => [i.code, i.path, i.line, i.column])).toEqual([
      ['missing-glyph', ['topics', 0, 'label'], 6, 12],
      ['missing-glyph', ['topics', 1, 'label'], 8, 12],
    ]);
    const sarif = JSON.parse(
      runCli(['validate', '--format', 'sarif', 'g.yaml'], { cwd }).stdout,
    ) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string }> }>;
    };
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['missing-glyph', 'warning'],
      ['missing-glyph', 'warning'],
    ]);
    const github = runCli(['validate', '--format', 'github', 'g.yaml'], { cwd }).stdout;
    expect(github).toContain(
      '::warning file=g.yaml,line=8,col=12,endLine=8,endColumn=22,title=roadmapkit missing-glyph::"label" of "geez" has characters no font can draw',
    );
  });

  it('validate --font no longer reports what the font has', () => {
    const run = runCli(['validate', '--font', 'OpenSans-Regular.ttf', 'g.yaml'], {
      cwd: withFont(),
      env: { NO_COLOR: '1' },
    });
    expect(run.stdout).not.toContain('U+0500');
    expect(run.stdout).toContain(geezWarning);
    expect(run.stdout).toContain('(0 errors, 1 warning)');
    const missing = runCli(['validate', '--font', 'nope.ttf', 'g.yaml'], { cwd: withFont() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--font: no such file nope.ttf');
  });

  it('render prints the warnings with file, line, column and path, and still renders', () => {
    const cwd = withFont();
    const run = runCli(['render', 'g.yaml', '--format', 'svg'], { cwd, env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(komiWarning);
    expect(run.stdout).toContain(geezWarning);
    expect(existsSync(join(cwd, 'g.svg'))).toBe(true);
  });
});

describe('render --font', () => {
  const render = (cwd: string, args: string[]) => {
    const run = runCli(['render', 'g.yaml', ...args], { cwd, env: { NO_COLOR: '1' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    return run;
  };

  it('names the font in the SVG font stack after Inter, and embeds it when asked', () => {
    const cwd = withFont();
    const run = render(cwd, ['--font', 'OpenSans-Regular.ttf', '--format', 'svg,html']);
    expect(run.stdout).not.toContain('U+0500');
    const svg = readFileSync(join(cwd, 'g.svg'), 'utf8');
    expect(svg).toMatch(/font-family="Inter, 'OpenSans', 'Noto Sans Arabic', /);
    expect(svg).not.toContain('@font-face');
    const html = readFileSync(join(cwd, 'g.html'), 'utf8');
    expect(html).toMatch(/@font-face \{ font-family: 'OpenSans'; font-weight: 400;[^}]*woff2/);
    render(cwd, ['--font', 'OpenSans-Regular.ttf', '--embed-fonts', '-o', 'embedded.svg']);
    const embedded = readFileSync(join(cwd, 'embedded.svg'), 'utf8');
    expect(embedded).toMatch(/@font-face \{ font-family: 'OpenSans'; font-weight: 400;[^}]*woff2/);
    expect(embedded).toMatch(/@font-face \{ font-family: 'Inter'; font-weight: 700;/);
  });

  it('draws PNG glyphs from the font: two letters it alone has rasterize differently', () => {
    const pngOf = (komi: string, font: boolean) => {
      const cwd = withFont(komi);
      render(cwd, [...(font ? ['--font', 'OpenSans-Regular.ttf'] : []), '-o', 'g.png']);
      return readFileSync(join(cwd, 'g.png'));
    };
    // Without the font both letters are the same empty box; with it they are two glyphs.
    expect(pngOf('Ԁ', false).equals(pngOf('Ԃ', false))).toBe(true);
    expect(pngOf('Ԁ', true).equals(pngOf('Ԃ', true))).toBe(false);
  });

  it.skipIf(!existsSync('/usr/bin/pdftotext'))('writes the font’s letters to the PDF text', () => {
    const cwd = withFont();
    render(cwd, ['--font', 'OpenSans-Regular.ttf', '-o', 'g.pdf']);
    const text = execFileSync('/usr/bin/pdftotext', [join(cwd, 'g.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Komi Ԁ letter');
  });
});
