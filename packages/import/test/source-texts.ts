/**
 * The texts a source file shows, read straight from the fixture (independently of the
 * importer), so a test can check that every one reached the document.
 */

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Texts of an editor file: node labels, checklist items and link labels (not the legend). */
export function editorTexts(json: unknown): string[] {
  const out: string[] = [];
  for (const raw of list(record(json).nodes)) {
    const node = record(raw);
    const data = record(node.data);
    const type = String(node.type);
    if (type === 'legend' || type === 'vertical' || type === 'horizontal') continue;
    if (text(data.label) !== '') out.push(text(data.label));
    if (type === 'checklist') out.push(...list(data.checklists).map((i) => text(record(i).label)));
    if (type === 'linksgroup') out.push(...list(data.links).map((l) => text(record(l).label)));
  }
  return out.filter((t) => t !== '').sort();
}

/** Counts of editor nodes by type. */
export function editorCounts(json: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const raw of list(record(json).nodes)) {
    const type = String(record(raw).type);
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** Texts of a Balsamiq mockup: each control's text with colour markup taken out, groups joined. */
export function mockupTexts(json: unknown): string[] {
  const out: string[] = [];
  const walk = (controls: unknown[]) => {
    for (const raw of controls) {
      const control = record(raw);
      const children = list(record(record(record(control.children).controls)).control);
      if (control.typeID === '__group__') {
        walk(children);
        continue;
      }
      const value = text(record(control.properties).text)
        .replace(/\{color(?::[^}]*)?\}/g, '')
        .trim();
      if (value !== '') out.push(value);
    }
  };
  walk(list(record(record(record(json).mockup).controls).control));
  return out.sort();
}
