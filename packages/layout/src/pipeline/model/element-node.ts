import { markdownText } from '@roadmapkit/schema';
import type { NodeAppearance } from '../../positioned-roadmap.js';
import type { Element, ModelNode, NodeText, Side } from './model.js';

// The model of one node: the fields every node has, and what each kind of element shows.

/** The fields of a model node that only some kinds set, all unset. */
export function baseNode(id: string, kind: ModelNode['kind'], order: number) {
  return {
    id,
    kind,
    order,
    topic: undefined,
    parent: undefined,
    children: [],
    depth: 0,
    authoredSide: undefined as Side | undefined,
    near: undefined,
    position: undefined,
    size: undefined,
    legend: undefined,
    badgeCorner: undefined,
    url: undefined,
    fontSize: undefined,
    appearance: undefined,
    tag: undefined,
  };
}

/** The model of an element drawn as a box: its text by kind, its placement and its colours. */
export function elementNode(
  element: Exclude<Element, { kind: 'section' | 'line' }>,
  order: number,
): ModelNode {
  const common = {
    ...baseNode(element.id, element.kind, order),
    position: element.position,
    size: element.size,
    fontSize: element.fontSize,
    padding: element.padding,
    appearance: appearanceOf(element),
    near: 'near' in element ? element.near : undefined,
  };
  switch (element.kind) {
    case 'title':
      return { ...common, text: label(element.label) };
    case 'paragraph':
      return {
        ...common,
        text: label(markdownText(element.text)),
        textAlign: element.textAlign,
        verticalAlign: element.verticalAlign,
      };
    case 'button':
      return { ...common, url: element.url, tag: element.badge, text: label(element.label) };
    case 'label':
      return {
        ...common,
        url: element.url,
        text: label(element.label),
        textAlign: element.textAlign,
        verticalAlign: element.verticalAlign,
      };
    case 'checklist':
      return {
        ...common,
        text: {
          kind: 'list',
          heading: element.label,
          items: element.items.map((item) => ({ text: item.label, id: item.id })),
          marker: true,
        },
      };
    case 'links':
      return {
        ...common,
        text: {
          kind: 'list',
          heading: element.label,
          items: element.links.map((link) => ({ text: link.label, url: link.url })),
          marker: false,
        },
      };
    default:
      return assertNever(element);
  }
}

function label(text: string): NodeText {
  return { kind: 'label', text };
}

/** The colours an element sets, or undefined when it sets none. */
export function appearanceOf(element: Element): NodeAppearance | undefined {
  if (element.kind === 'line') return undefined;
  const out: { color?: string; background?: string; borderColor?: string } = {};
  if (element.color !== undefined) out.color = element.color;
  if (element.background !== undefined) out.background = element.background;
  if (element.borderColor !== undefined) out.borderColor = element.borderColor;
  return Object.keys(out).length > 0 ? out : undefined;
}

function assertNever(value: never): never {
  throw new Error(`internal: an element kind the layout does not know: ${JSON.stringify(value)}`);
}
