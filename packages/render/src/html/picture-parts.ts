/**
 * The pieces of our own SVG markup the page splits: the root's children and each layer's
 * children, with the text spans between them. Our renderer writes well-formed XML with
 * double-quoted attributes and escaped text, so every `<` starts a tag.
 */
export interface Piece {
  /** The element's whole markup. */
  readonly markup: string;
  /** Its tag name and the text of its start tag's attributes. */
  readonly tag: string;
  readonly attributes: string;
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g;

/** The child elements of the element whose content is `inner` (text between them is dropped). */
export function children(inner: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  let open: { tag: string; attributes: string } | undefined;
  for (const match of inner.matchAll(TAG)) {
    const [whole, close, tag = '', attributes = '', selfClosing] = match;
    const at = match.index ?? 0;
    if (close) {
      depth -= 1;
      if (depth === 0 && open)
        pieces.push({ markup: inner.slice(start, at + whole.length), ...open });
      if (depth < 0) throw new Error('unbalanced markup');
    } else {
      if (depth === 0) {
        start = at;
        open = { tag, attributes };
      }
      if (selfClosing) {
        if (depth === 0) pieces.push({ markup: whole, tag, attributes });
      } else depth += 1;
    }
  }
  if (depth !== 0) throw new Error('unbalanced markup');
  return pieces;
}

/** An element's start tag, its content and its end tag. */
export function openElement(markup: string): { start: string; inner: string; end: string } {
  const trimmed = markup.trim();
  const start = new RegExp(TAG.source, 'y').exec(trimmed)?.[0] ?? '';
  const end = /<\/[\w:-]+>$/.exec(trimmed)?.[0] ?? '';
  return { start, inner: trimmed.slice(start.length, trimmed.length - end.length), end };
}
