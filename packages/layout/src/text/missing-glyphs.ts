import { describeCharacters, type Measurer, missingFontHint } from '@roadmapkit/fonts/measurer';
import type { RoadmapDocument } from '@roadmapkit/schema';
import type { LayoutWarning } from '../positioned-roadmap.js';

/** Every text the picture draws, with the id of what draws it. */
function drawnTexts(doc: RoadmapDocument): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [{ id: 'title', text: doc.title }];
  for (const [index, callout] of (doc.callouts ?? []).entries()) {
    out.push({ id: `callout-${index}`, text: `${callout.text} ${callout.linkLabel ?? ''}` });
  }
  for (const item of doc.legend ?? []) out.push({ id: item.id, text: item.label });
  type Tree = { id: string; label: string; subtopics?: Tree[] | undefined };
  const walk = (node: Tree) => {
    out.push({ id: node.id, text: node.label });
    for (const child of node.subtopics ?? []) walk(child);
  };
  for (const topic of doc.topics) walk(topic as Tree);
  for (const element of doc.elements ?? []) {
    const parts = Object.values(element).filter((value) => typeof value === 'string');
    out.push({ id: element.id, text: parts.join(' ') });
  }
  return out;
}

/**
 * A `missing-glyph` warning for each node, legend item or title whose text has characters
 * that no font of the measurer's chain (nor its emoji pictures) can draw: they would show as
 * empty boxes. The message names the characters and what to install.
 */
export function missingGlyphWarnings(doc: RoadmapDocument, measurer: Measurer): LayoutWarning[] {
  const missing = measurer.missingCharacters;
  if (!missing) return [];
  const warnings: LayoutWarning[] = [];
  for (const { id, text } of drawnTexts(doc)) {
    const characters = missing(text);
    if (characters.length === 0) continue;
    warnings.push({
      code: 'missing-glyph',
      id,
      message: `"${id}" has characters no font can draw: ${describeCharacters(characters)}; ${missingFontHint(characters)}`,
    });
  }
  return warnings;
}
