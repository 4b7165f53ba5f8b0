/**
 * The markup of a drawn svgdom tree, the very bytes of its `outerHTML`, built by appending
 * to one string per element instead of arrays of parts joined level by level (svgdom's own
 * serializer was a tenth of drawing a roadmap, and its garbage more).
 */

/** What this reads of a DOM node: the standard properties, as svgdom has them. */
interface MarkupNode {
  readonly nodeType: number;
  readonly localName?: string | null;
  readonly prefix?: string | null;
  readonly data?: string;
  readonly attributes?: ArrayLike<{
    readonly localName: string;
    readonly prefix: string | null;
    readonly value: string;
  }>;
  readonly childNodes: ArrayLike<MarkupNode>;
}

const TEXT = 3;
const CDATA = 4;
const COMMENT = 8;
/** The elements svgdom writes without content or end tag. */
const EMPTY = new Set(['br', 'hr', 'img', 'link']);
const special = /[&<>"]/;

/** `&`, `<`, `>` and `"` as entities, as svgdom escapes text and attribute values. */
function entities(value: string): string {
  if (!special.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function write(node: MarkupNode): string {
  const name = node.prefix ? `${node.prefix}:${node.localName}` : String(node.localName);
  let markup = `<${name}`;
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i] as NonNullable<MarkupNode['attributes']>[number];
    const key = attribute.prefix
      ? `${attribute.prefix}:${attribute.localName}`
      : attribute.localName;
    markup += ` ${key}="${entities(String(attribute.value))}"`;
  }
  markup += '>';
  if (EMPTY.has(name.toLowerCase())) return markup;
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as MarkupNode;
    if (child.nodeType === TEXT) markup += entities(String(child.data));
    else if (child.nodeType === CDATA) markup += `<![CDATA[${child.data}]]>`;
    else if (child.nodeType === COMMENT) markup += `<!--${child.data}-->`;
    else markup += write(child);
  }
  return `${markup}</${name}>`;
}

/** The markup of an svgdom element and everything in it, equal to its `outerHTML`. */
export function svgdomMarkup(node: MarkupNode): string {
  return write(node);
}
