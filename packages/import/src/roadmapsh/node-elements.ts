import type { Point, Size } from '../core/geometry.js';
import { createIdRegistry } from '../core/ids.js';
import type { ElementInput } from '../core/model-types.js';
import type { ValueReader } from '../core/values.js';
import type { ImportPath, IssueLog } from '../import-issue.js';
import { asArray, asText, dig, type Json } from '../read-value.js';
import { type Appearance, readAlignment, readAppearance } from './appearance.js';
import { line } from './line-element.js';

/** What an element builder knows about the node it converts. */
export interface NodeContext {
  readonly type: string;
  readonly id: string;
  readonly data: Json;
  readonly path: ImportPath;
  readonly name: string;
  readonly position: Point | undefined;
  readonly size: Size;
  readonly values: ValueReader;
  readonly log: IssueLog;
}

/** The element for an editor node outside the tree, or undefined (dropped, with a warning). */
export function elementOf(ctx: NodeContext): ElementInput | undefined {
  const { data, path, name, values, id, type } = ctx;
  if (type === 'vertical' || type === 'horizontal') return line(ctx);
  const look = readAppearance(data, path, name, values);
  const labelPath = [...path, 'data', 'label'];
  if (type === 'paragraph') {
    const text = values.markdown(data.label, labelPath, name);
    if (text === '') return emptyDropped(ctx);
    return { kind: 'paragraph', id, text, ...readAlignment(data), ...look };
  }
  const label = values.label(data.label, labelPath, name);
  switch (type) {
    case 'title':
      return label === '' ? emptyDropped(ctx) : { kind: 'title', id, label, ...look };
    case 'section':
      return { kind: 'section', id, ...(label === '' ? {} : { label }), ...look };
    case 'label': {
      if (label === '') return emptyDropped(ctx);
      const url = values.url(data.href, [...path, 'data', 'href'], name);
      return {
        kind: 'label',
        id,
        label,
        ...(url === undefined ? {} : { url }),
        ...readAlignment(data),
        ...look,
      };
    }
    case 'button':
    case 'resourceButton':
      return label === '' ? emptyDropped(ctx) : button(ctx, label, look);
    case 'linksgroup':
      return links(ctx, label, look);
    case 'checklist':
      return checklist(ctx, label, look);
    case 'todo':
      return label === ''
        ? emptyDropped(ctx)
        : { kind: 'checklist', id, items: [{ id: 'item-1', label }], ...look };
    default:
      return undefined;
  }
}

function emptyDropped(ctx: NodeContext): undefined {
  return drop(ctx, 'empty-label', `${ctx.name} has no text; dropped it`);
}

export function drop(
  ctx: NodeContext,
  code: 'empty-label' | 'dropped-node',
  message: string,
): undefined {
  ctx.log.warn(code, ctx.path, message);
  return undefined;
}

function button(ctx: NodeContext, label: string, look: Appearance): ElementInput {
  const { data, path, name, values, id } = ctx;
  const url = values.url(data.href, [...path, 'data', 'href'], name);
  if (url === undefined) {
    ctx.log.warn(
      'missing-data',
      [...path, 'data', 'href'],
      `${name} has no usable link; kept it as a label`,
    );
    return { kind: 'label', id, label, ...look };
  }
  const badge =
    ctx.type === 'resourceButton' ? values.label(data.badge, [...path, 'data', 'badge'], name) : '';
  return { kind: 'button', id, label, url, ...(badge === '' ? {} : { badge }), ...look };
}

function links(ctx: NodeContext, label: string, look: Appearance): ElementInput | undefined {
  const { data, path, name, values, id } = ctx;
  const list: Array<{ label: string; url: string }> = [];
  (asArray(data.links) ?? []).forEach((entry, i) => {
    const at = [...path, 'data', 'links', i];
    const url = values.url(dig(entry, 'url'), [...at, 'url'], name);
    if (url === undefined) return;
    const text = values.label(dig(entry, 'label'), [...at, 'label'], name);
    list.push({ label: text === '' ? url : text, url });
  });
  if (list.length === 0) return drop(ctx, 'dropped-node', `${name} has no usable link; dropped it`);
  return { kind: 'links', id, ...(label === '' ? {} : { label }), links: list, ...look };
}

function checklist(ctx: NodeContext, label: string, look: Appearance): ElementInput | undefined {
  const { data, path, name, values, id } = ctx;
  const ids = createIdRegistry();
  const items: Array<{ id: string; label: string }> = [];
  (asArray(data.checklists) ?? []).forEach((entry, i) => {
    const at = [...path, 'data', 'checklists', i];
    const text = values.label(dig(entry, 'label'), [...at, 'label'], name);
    if (text === '') {
      ctx.log.warn('empty-label', at, `${name}: checklist item ${i + 1} has no text; dropped it`);
      return;
    }
    items.push({ id: ids.claim(asText(dig(entry, 'id')) ?? '', `item-${i + 1}`), label: text });
  });
  if (items.length === 0) return drop(ctx, 'dropped-node', `${name} has no items; dropped it`);
  return { kind: 'checklist', id, ...(label === '' ? {} : { label }), items, ...look };
}
