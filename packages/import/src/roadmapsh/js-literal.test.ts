import { describe, expect, it } from 'vitest';
import { parseLiteral } from './js-literal.js';

describe('parseLiteral', () => {
  it('reads strings in all three quotes, with escapes and joined by "+"', () => {
    const source = `['a\\'b', "c\\"d\\n", \`multi
line\`, 'x' + "y" + \`z\`, '\\u0041\\u{1F600}\\x42\\t']`;
    expect(parseLiteral(source)).toEqual({
      ok: true,
      value: ["a'b", 'c"d\n', 'multi\nline', 'xyz', 'A😀B\t'],
      end: source.length,
    });
  });

  it('reads objects with bare, quoted and numeric keys, nested lists, trailing commas, comments', () => {
    const source = `{
      // a comment
      question: 'Q', 'quoted': 1, "double": -2.5e1, 3: true, /* block */ list: [null, false, undefined,],
    }`;
    expect(parseLiteral(source)).toMatchObject({
      ok: true,
      value: { question: 'Q', quoted: 1, double: -25, 3: true, list: [null, false, null] },
    });
  });

  it('starts where it is told and stops after the value', () => {
    const source = 'const faqs = [1, 2]; export default 3;';
    expect(parseLiteral(source, 13)).toEqual({ ok: true, value: [1, 2], end: 19 });
  });

  it('keeps a "__proto__" key as data, without touching the prototype', () => {
    const result = parseLiteral('{ "__proto__": { "polluted": true } }');
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a call', "[alert('x')]", '"alert" is code, not data', 1],
    ['an identifier', '[answer]', '"answer" is code, not data', 1],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the substitution the parser must refuse
    ['a substitution', '[`hi ${name}`]', 'a template string substitutes a value', 5],
    ['an unclosed string', "['abc", 'a string is not closed', 5],
    ['a newline in a quoted string', "['a\nb']", 'a string runs past the end of its line', 3],
    ['a missing comma', '[1 2]', 'expected "," or "]" in a list', 3],
    ['a missing colon', '{ a 1 }', 'expected ":" after the key "a"', 4],
    ['"+" before a number', "['a' + 1]", '"+" joins something other than strings', 7],
    ['a spread', '[...items]', 'expected a value', 1],
    ['an unclosed comment', '[1, /* 2 ]', 'a comment is not closed', 4],
    ['a bad escape', "['\\u12']", 'a \\u escape is malformed', 2],
  ])('refuses %s: %s', (_name, source, message, offset) => {
    expect(parseLiteral(source)).toEqual({ ok: false, message, offset });
  });

  it('refuses nesting deeper than 64 levels without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(parseLiteral(deep)).toMatchObject({
      ok: false,
      message: 'the data nests deeper than 64 levels',
    });
  });
});
