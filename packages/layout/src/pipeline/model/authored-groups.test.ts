import { describe, expect, it } from 'vitest';
import { type AuthoredItem, authoredGroups } from './authored-groups.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('authoredGroups', () => {
  it('makes a panel and the buttons on it one block, offsets kept', () => {
    const items: AuthoredItem[] = [
      { id: 'panel', kind: 'element', box: box(100, 50, 300, 120) },
      { id: 'b1', kind: 'element', box: box(115, 100, 130, 40) },
      { id: 'b2', kind: 'element', box: box(255, 100, 130, 40) },
      { id: 'far', kind: 'element', box: box(900, 900, 100, 40) },
    ];
    const { groups } = authoredGroups(items);
    expect(groups).toEqual([
      {
        id: 'panel',
        width: 300,
        height: 120,
        members: [
          { id: 'panel', ...box(0, 0, 300, 120) },
          { id: 'b1', ...box(15, 50, 130, 40) },
          { id: 'b2', ...box(155, 50, 130, 40) },
        ],
      },
    ]);
  });

  it('pairs a label with the link a few px under it, not with a label further away', () => {
    const items: AuthoredItem[] = [
      { id: 'ask', kind: 'label', box: box(0, 0, 240, 30) },
      { id: 'link', kind: 'label', box: box(0, 36, 180, 30) },
      { id: 'other', kind: 'label', box: box(0, 120, 180, 30) },
    ];
    expect(authoredGroups(items).groups.map((g) => g.members.map((m) => m.id))).toEqual([
      ['ask', 'link'],
    ]);
  });

  it('lets a section frame the tree boxes inside it, its top label becoming its caption', () => {
    const items: AuthoredItem[] = [
      { id: 't', kind: 'tree', box: box(0, 60, 200, 49) },
      { id: 's1', kind: 'tree', box: box(320, 30, 200, 49) },
      { id: 's2', kind: 'tree', box: box(320, 85, 200, 49) },
      { id: 'sec', kind: 'section', box: box(305, 0, 230, 150), framesTopics: false },
      { id: 'cap', kind: 'label', box: box(312, -12, 120, 28) },
      { id: 'stray', kind: 'label', box: box(312, 200, 120, 28) },
    ];
    const result = authoredGroups(items);
    expect(result.framed).toEqual(new Map([['sec', ['s1', 's2']]]));
    expect(result.captions).toEqual(new Map([['sec', 'cap']]));
    expect(result.groups).toEqual([]);
  });

  it('keeps a section that frames nothing as a block, with what is drawn on it', () => {
    const items: AuthoredItem[] = [
      { id: 'note', kind: 'section', box: box(0, 0, 260, 110), framesTopics: false },
      { id: 'text', kind: 'label', box: box(15, 30, 230, 36) },
      { id: 'empty', kind: 'section', box: box(600, 0, 100, 100), framesTopics: false },
    ];
    const { groups, captions } = authoredGroups(items);
    expect(groups.map((g) => [g.id, g.members.map((m) => m.id)])).toEqual([
      ['note', ['note', 'text']],
      ['empty', ['empty']],
    ]);
    expect(captions.size).toBe(0);
  });

  it('leaves a section that names its topics, and a labelled one, without a caption', () => {
    const items: AuthoredItem[] = [
      { id: 'sec', kind: 'section', box: box(0, 0, 300, 200), framesTopics: true, labelled: true },
      { id: 'cap', kind: 'label', box: box(10, -10, 100, 28) },
    ];
    const result = authoredGroups(items);
    expect(result.captions.size).toBe(0);
    expect(result.framed.size).toBe(0);
    expect(result.groups).toEqual([]);
  });
});
