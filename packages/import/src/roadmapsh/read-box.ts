import type { DraftBox } from '../core/draft.js';
import type { Point, Size } from '../core/geometry.js';
import type { ContentInput, ResourceInput } from '../core/model-types.js';
import type { ImportPath } from '../import-issue.js';
import { asArray, asNumber, dig, type Json } from '../read-value.js';
import { readBadge } from './legend.js';
import type { NodeReadContext } from './read-nodes.js';

/** The font size of roadmap.sh's topic and subtopic text, where a node does not set one (px). */
const TEXT_SIZE = 17;

export interface BoxSource {
  readonly type: 'topic' | 'subtopic';
  readonly name: string;
  readonly path: ImportPath;
  readonly position: Point | undefined;
  readonly size: Size;
  readonly data: Json;
  readonly sourceId: string | undefined;
}

/**
 * A topic or subtopic box without its id: label (or, when it has none, the title of its
 * content file), legend badge, resources written on the node and its content file.
 */
export function readBox(source: BoxSource, ctx: NodeReadContext): Omit<DraftBox, 'id'> | undefined {
  const { data, path, name } = source;
  const { values, log } = ctx;
  const file = source.sourceId === undefined ? undefined : ctx.content?.take(source.sourceId);
  let label = values.label(data.label, [...path, 'data', 'label'], name);
  if (label === '') {
    if (file?.title === undefined) {
      log.warn('empty-label', [...path, 'data', 'label'], `${name} has no label; dropped it`);
      return undefined;
    }
    label = file.title;
    log.warn(
      'empty-label',
      [...path, 'data', 'label'],
      `${name} has no label; used the title of its content file, "${label}"`,
    );
  }
  if (ctx.content !== undefined) {
    if (file === undefined) log.warn('missing-content', path, `${name} has no content file`);
    else if (file.content === undefined)
      log.warn(
        'missing-content',
        path,
        `${name}: its content file has no description or resources`,
      );
  }
  const written: ResourceInput[] = [];
  (asArray(data.resources) ?? []).forEach((entry, i) => {
    const at = [...path, 'data', 'resources', i];
    const url = values.url(dig(entry, 'url'), [...at, 'url'], name);
    if (url === undefined) return;
    const title = values.label(dig(entry, 'title'), [...at, 'title'], name);
    written.push({ type: 'article', title: title === '' ? url : title, url });
  });
  const resources = [...(file?.content?.resources ?? []), ...written];
  const description = file?.content?.description;
  const content: ContentInput | undefined =
    description === undefined && resources.length === 0
      ? undefined
      : {
          ...(description === undefined ? {} : { description }),
          ...(resources.length === 0 ? {} : { resources }),
        };
  const url = values.url(data.href, [...path, 'data', 'href'], name);
  const fontSize = asNumber(dig(data, 'style', 'fontSize'));
  const stylePadding = dig(data, 'style', 'padding');
  const padding =
    stylePadding === undefined
      ? values.padding(data.padding, [...path, 'data', 'padding'], name)
      : values.padding(stylePadding, [...path, 'data', 'style', 'padding'], name);
  return {
    kind: source.type,
    name,
    path,
    position: source.position,
    size: source.size,
    label,
    ...readBadge(data.legend, [...path, 'data', 'legend'], name, ctx),
    ...(url === undefined ? {} : { url }),
    ...(content === undefined ? {} : { content }),
    fontSize: fontSize !== undefined && fontSize >= 1 && fontSize <= 200 ? fontSize : TEXT_SIZE,
    ...(padding === undefined ? {} : { padding }),
  };
}
