import { type Finding, warning } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';

/** A topic left off an explicit spine and reached by no edge floats unconnected beside the roadmap. */
export function orphanTopics(doc: RoadmapDocument): Finding[] {
  if (doc.spine === undefined) return [];
  const onSpine = new Set(doc.spine);
  const connected = new Set<string>();
  for (const edge of doc.edges ?? []) {
    connected.add(edge.from);
    connected.add(edge.to);
  }
  const findings: Finding[] = [];
  doc.topics.forEach((topic, i) => {
    if (onSpine.has(topic.id) || connected.has(topic.id)) return;
    findings.push(
      warning(
        'orphan-topic',
        ['topics', i, 'id'],
        `topic "${topic.id}" is not on the spine and no edge reaches it, so it floats unconnected`,
        `add "${topic.id}" to spine, or add an edge from a topic to it`,
      ),
    );
  });
  return findings;
}
