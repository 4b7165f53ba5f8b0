/** A value written as a JavaScript literal: what a data file may hold. */
export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

export type LiteralResult =
  | { readonly ok: true; readonly value: LiteralValue; readonly end: number }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const MAX_DEPTH = 64;
const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

class LiteralError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Reads one JavaScript literal starting at `start`, as data: strings in single, double or
 * back quotes (joined by `+`), numbers, booleans, null, arrays and objects with trailing
 * commas and comments. Nothing is evaluated: an identifier, a call or a `${}` substitution
 * is an error.
 */
export function parseLiteral(text: string, start = 0): LiteralResult {
  let i = start;
  const fail = (message: string): never => {
    throw new LiteralError(message, i);
  };
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i] ?? '')) i++;
      if (text.startsWith('//', i))
        i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      else if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) fail('a comment is not closed');
        i = end + 2;
      } else return;
    }
  };
  const quoted = (): string => {
    const quote = text[i];
    let out = '';
    i++;
    while (i < text.length && text[i] !== quote) {
      const c = text[i] ?? '';
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 2, i + 10));
          const hex = braced?.[1] ?? /^[0-9a-fA-F]{4}/.exec(text.slice(i + 2, i + 6))?.[0];
          if (hex === undefined || Number.parseInt(hex, 16) > 0x10ffff)
            fail('a \\u escape is malformed');
          out += String.fromCodePoint(Number.parseInt(hex ?? '0', 16));
          i += 2 + (braced ? (braced[0]?.length ?? 0) : 4);
          continue;
        }
        if (next === 'x') {
          const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2, i + 4))?.[0];
          if (hex === undefined) fail('a \\x escape is malformed');
          out += String.fromCharCode(Number.parseInt(hex ?? '0', 16));
          i += 4;
          continue;
        }
        if (next === '\r' && text[i + 2] === '\n') i++;
        if (next !== '\n' && next !== '\r') out += ESCAPES[next] ?? next;
        i += 2;
        continue;
      }
      if (quote === '`' && c === '$' && text[i + 1] === '{')
        fail('a template string substitutes a value');
      if (quote !== '`' && (c === '\n' || c === '\r'))
        fail('a string runs past the end of its line');
      out += c;
      i++;
    }
    if (i >= text.length) fail('a string is not closed');
    i++;
    return out;
  };
  const value = (depth: number): LiteralValue => {
    if (depth > MAX_DEPTH) fail(`the data nests deeper than ${MAX_DEPTH} levels`);
    skip();
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      let out = quoted();
      for (skip(); text[i] === '+'; skip()) {
        i++;
        skip();
        const q = text[i];
        if (q !== '"' && q !== "'" && q !== '`') fail('"+" joins something other than strings');
        out += quoted();
      }
      return out;
    }
    if (c === '[') return list(depth);
    if (c === '{') return record(depth);
    const number = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 40))?.[0];
    if (number !== undefined) {
      i += number.length;
      return Number(number);
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 64))?.[0];
    if (word === 'true' || word === 'false') {
      i += word.length;
      return word === 'true';
    }
    if (word === 'null' || word === 'undefined') {
      i += word.length;
      return null;
    }
    return fail(word ? `"${word}" is code, not data` : 'expected a value');
  };
  const list = (depth: number): LiteralValue[] => {
    const out: LiteralValue[] = [];
    i++;
    for (skip(); text[i] !== ']'; skip()) {
      out.push(value(depth + 1));
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== ']') fail('expected "," or "]" in a list');
    }
    i++;
    return out;
  };
  const record = (depth: number): Record<string, LiteralValue> => {
    const out: Record<string, LiteralValue> = {};
    i++;
    for (skip(); text[i] !== '}'; skip()) {
      const c = text[i];
      const key =
        c === '"' || c === "'"
          ? quoted()
          : /^[A-Za-z_$][\w$]*|^\d+/.exec(text.slice(i, i + 256))?.[0];
      if (key === undefined) return fail('expected a key in an object');
      if (c !== '"' && c !== "'") i += key.length;
      skip();
      if (text[i] !== ':') fail(`expected ":" after the key "${key}"`);
      i++;
      Object.defineProperty(out, key, {
        value: value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== '}') fail('expected "," or "}" in an object');
    }
    i++;
    return out;
  };
  try {
    const result = value(0);
    return { ok: true, value: result, end: i };
  } catch (error) {
    if (error instanceof LiteralError)
      return { ok: false, message: error.message, offset: error.offset };
    return { ok: false, message: 'the data could not be read', offset: i };
  }
}
