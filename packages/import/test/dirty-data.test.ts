import { describe, expect, it } from 'vitest';
import { fromBalsamiq, fromRoadmapSh, type ImportIssue } from '../src/index.js';
import { contentFiles, documentIds, loadJson } from './helpers.js';

const editor = fromRoadmapSh(loadJson('roadmapsh/dirty.json'), {
  content: contentFiles('roadmapsh/dirty-content'),
});
const mockup = fromBalsamiq(loadJson('balsamiq/dirty.json'));

/** [code, path, a part of the message that names the item and says what was done] */
type Expected = [string, ReadonlyArray<string | number>, string];

function find(issues: readonly ImportIssue[], [code, path]: Expected): ImportIssue | undefined {
  return issues.find(
    (issue) => issue.code === code && JSON.stringify(issue.path) === JSON.stringify(path),
  );
}

const editorCases: Expected[] = [
  ['renamed-id', ['nodes', 2, 'id'], '"bad id!*" is not a valid id; renamed it "bad-id"'],
  [
    'renamed-id',
    ['nodes', 5, 'id'],
    '"-dashStart_id" is not a valid id; renamed it "dashStart_id"',
  ],
  ['duplicate-id', ['nodes', 3, 'id'], 'repeats the id of nodes[1]; renamed it "topicA-2"'],
  [
    'missing-id',
    ['nodes', 4, 'id'],
    'topic "Topic D" (node "nodes[4]") has no id; called it "topic-5"',
  ],
  [
    'missing-position',
    ['nodes', 5, 'position'],
    'topic "Topic E" (node "-dashStart_id") has no usable position',
  ],
  ['missing-position', ['nodes', 6, 'position'], 'topic "Topic F" (node "huge")'],
  ['missing-position', ['nodes', 7, 'position'], 'topic "Topic G" (node "strpos")'],
  [
    'missing-size',
    ['nodes', 8, 'width'],
    'subtopic "Lonely Part" (node "nosize") has no usable width and height',
  ],
  [
    'empty-label',
    ['nodes', 9, 'data', 'label'],
    'topic node "emptyTopic" has no label; dropped it',
  ],
  [
    'empty-label',
    ['nodes', 10, 'data', 'label'],
    'used the title of its content file, "Recovered Topic"',
  ],
  [
    'missing-data',
    ['nodes', 11, 'data'],
    'topic node "nodata" has no data, so no text; dropped it',
  ],
  ['missing-data', ['nodes', 12, 'data'], 'section node "sectionNoData" has no data; kept it'],
  [
    'unattached-subtopic',
    [],
    '2 of 3 subtopics are joined to no topic by an edge, the source\'s tree, a stack or a section; attached each to the nearest topic, a guess to check: subtopic "Floating Part" (node "floating"), subtopic "Chained Part" (node "chained")',
  ],
  ['empty-label', ['nodes', 15], 'paragraph node "emptyPara" has no text; dropped it'],
  [
    'unsafe-url',
    ['nodes', 16, 'data', 'href'],
    'label "Click me" (node "jsLabel"): dropped the "javascript:" URL',
  ],
  ['unsafe-url', ['nodes', 17, 'data', 'href'], 'dropped the "data:" URL'],
  [
    'missing-data',
    ['nodes', 17, 'data', 'href'],
    'button "Sneaky button" (node "dataButton") has no usable link; kept it as a label',
  ],
  ['unsafe-url', ['nodes', 18, 'data', 'links', 1, 'url'], 'dropped the "vbscript:" URL'],
  ['invalid-color', ['nodes', 19, 'data', 'style', 'backgroundColor'], 'the colour "chartreuse"'],
  ['truncated-text', ['nodes', 20, 'data', 'label'], 'the text has 399 characters'],
  [
    'unknown-type',
    ['nodes', 21, 'type'],
    'node "mystery" has the unknown type "bogus"; skipped it',
  ],
  ['invalid-node', ['nodes', 22], 'nodes[22] is not an object'],
  ['invalid-node', ['nodes', 23], 'nodes[23] is not an object'],
  ['dropped-node', ['nodes', 24], 'checklist "Nothing to do" (node "emptyChecklist") has no items'],
  [
    'empty-label',
    ['nodes', 24, 'data', 'checklists', 0],
    'checklist "Nothing to do" (node "emptyChecklist"): checklist item 1 has no text',
  ],
  [
    'missing-data',
    ['nodes', 25, 'data', 'href'],
    'button "No link" (node "hrefless") has no usable link',
  ],
  ['missing-edge-end', ['edges', 0, 'source'], 'edge "noSource" has no source; dropped it'],
  ['missing-edge-end', ['edges', 1, 'target'], 'edge "noTarget" has no target; dropped it'],
  ['unknown-edge-end', ['edges', 2, 'source'], 'names node "ghost", which does not exist'],
  [
    'unknown-edge-end',
    ['edges', 3, 'target'],
    'names node "nodata", which was not imported (it had no data)',
  ],
  ['unknown-edge-end', ['edges', 4, 'target'], 'names node "mystery", which was not imported'],
  ['self-loop', ['edges', 5], 'edge "selfLoop" joins "bad-id" to itself'],
  ['duplicate-edge', ['edges', 8], 'edge "twiceB" repeats an edge from "topicA" to "strpos"'],
  ['invalid-edge', ['edges', 9], 'edges[9] is not an object'],
  [
    'unmatched-content',
    ['content', 'content/ghost@nope123.md'],
    'is for node "nope123", which is no topic or subtopic',
  ],
  ['missing-content', ['nodes', 2], 'topic "Topic B" (node "bad id!*") has no content file'],
  ['invalid-content', ['content', 'content/topic-a@topicA.md'], 'the resource type "@feed@"'],
  ['unsafe-url', ['content', 'content/topic-a@topicA.md'], 'dropped the "javascript:" URL'],
];

describe('dirty editor data', () => {
  it('still gives a document', () => {
    expect(editor.value).toBeDefined();
    expect(editor.issues.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it.each(editorCases)('%s at %j: %s', (...expected) => {
    expect(find(editor.issues, expected)?.message).toContain(expected[2]);
  });

  it('reports nothing it did not list above, but the topics that have no content file', () => {
    const unlisted = editor.issues.filter(
      (issue) => !editorCases.some((expected) => find([issue], expected)),
    );
    expect(unlisted.map((issue) => `${issue.code} ${issue.message}`)).toEqual(
      ['Topic C" (node "topicA', 'Topic D" (node "nodes[4]', 'Topic E" (node "-dashStart_id']
        .concat(['Topic F" (node "huge', 'Topic G" (node "strpos'])
        .map((name) => `missing-content topic "${name}") has no content file`)
        .concat(
          [
            'Lonely Part" (node "nosize',
            'Floating Part" (node "floating',
            'Chained Part" (node "chained',
          ].map((name) => `missing-content subtopic "${name}") has no content file`),
        ),
    );
  });

  it('keeps what it repaired: renamed ids, the first of two nodes sharing an id gets its edges', () => {
    const ids = editor.value ? documentIds(editor.value) : [];
    expect(ids).toEqual(
      expect.arrayContaining(['bad-id', 'topicA', 'topicA-2', 'topic-5', 'dashStart_id']),
    );
    expect(ids).not.toContain('emptyTopic');
    expect(ids).not.toContain('nodata');
    // As authored: the source's edges, the one the tree implies (topicA to nosize) too.
    expect(editor.value?.edges).toEqual([
      { from: 'floating', to: 'chained', style: 'dashed' },
      { from: 'topicA', to: 'strpos', style: 'dotted' },
      { from: 'topicA', to: 'nosize', style: 'solid' },
    ]);
  });

  it('takes unsafe links out of markdown and keeps their words', () => {
    const topicA = editor.value?.topics.find((t) => t.id === 'topicA');
    expect(topicA?.content).toEqual({
      description: 'Dirty but readable.',
      resources: [
        { type: 'article', title: 'A feed', url: 'https://example.com/feed' },
        {
          type: 'video',
          title: 'https://example.com/untitled-video',
          url: 'https://example.com/untitled-video',
        },
      ],
    });
  });
});

const mockupCases: Expected[] = [
  [
    'invalid-node',
    ['mockup', 'controls', 'control', 2],
    'control [2] of the mockup is not an object',
  ],
  [
    'unknown-type',
    ['mockup', 'controls', 'control', 3, 'typeID'],
    'HRule control "507" has no counterpart',
  ],
  [
    'empty-label',
    ['mockup', 'controls', 'control', 4, 'properties', 'text'],
    'Label control "508" has no text',
  ],
  [
    'empty-label',
    ['mockup', 'controls', 'control', 5],
    'group control "509" is a topic with no text',
  ],
  [
    'empty-label',
    ['mockup', 'controls', 'control', 6],
    'group control "512" is a topic with no text',
  ],
  [
    'missing-position',
    ['mockup', 'controls', 'control', 7, 'position'],
    'Label "Nowhere label" (control "dup") has no usable position',
  ],
  [
    'duplicate-id',
    ['mockup', 'controls', 'control', 8],
    'repeats the id "dup"; renamed it "dup-2"',
  ],
  [
    'missing-position',
    ['mockup', 'controls', 'control', 9, 'x'],
    'Arrow control "floaty" has no usable position',
  ],
  [
    'unknown-type',
    ['mockup', 'controls', 'control', 10, 'properties', 'icon'],
    'Icon control "513" shows "star"',
  ],
  [
    'dropped-node',
    ['mockup', 'controls', 'control', 11],
    'check-circle Icon control "514" is near no box',
  ],
  [
    'missing-position',
    ['mockup', 'controls', 'control', 12, 'position'],
    'Label "Far away label" (control "515")',
  ],
  [
    'unsafe-url',
    ['mockup', 'controls', 'control', 13, 'properties', 'text'],
    'took a "javascript:" link out of the text',
  ],
  [
    'invalid-legend',
    ['mockup', 'controls', 'control', 14],
    'no legend entry names the badge colour #ff0000',
  ],
  ['missing-title', [], 'found no title'],
];

describe('dirty Balsamiq data', () => {
  it('still gives a document', () => {
    expect(mockup.value?.topics.map((t) => t.label)).toEqual(['Alpha', 'Beta']);
  });

  it.each(mockupCases)('%s at %j: %s', (...expected) => {
    expect(find(mockup.issues, expected)?.message).toContain(expected[2]);
  });

  it('reports nothing it did not list above, but the missing sizes', () => {
    const unlisted = mockup.issues.filter(
      (issue) => !mockupCases.some((expected) => find([issue], expected)),
    );
    expect(unlisted.map((issue) => issue.code)).toEqual([
      'missing-size',
      'missing-size',
      'missing-size',
    ]);
  });

  it('puts the red badge on the box it touches, at the corner it sits on', () => {
    expect(mockup.value?.topics[1]).toMatchObject({
      label: 'Beta',
      legend: 'badge-ff0000',
      badgeCorner: 'right-center',
      subtopics: [{ label: 'Beta part', side: 'right' }],
    });
  });
});
