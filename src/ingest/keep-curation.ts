// What a curator did, no ingest undoes (src/curate): an article or a re-loaded annotation that
// names a merged entity by its old id writes to the entity it was merged into, and an entity's
// record written again keeps the aliases and coordinates curators gave it.
import type { EntityRecord, GraphBatch } from '../model/records.js';
import type { GraphStore } from '../store/port.js';
import { batchReferences } from '../store/rows.js';

const unique = <T>(items: T[]) => [...new Set(items)];

/** `record` with `other`'s names as aliases, and what it lacks taken from `other`. */
function fold(record: EntityRecord, other: EntityRecord): EntityRecord {
  const aliases = unique([...record.aliases, other.name, ...other.aliases]).filter((a) => a !== record.name);
  return { ...other, ...record, aliases };
}

/** The batch as it must be written over curators' work in the store. */
export async function keepCuration(store: GraphStore, batch: GraphBatch): Promise<GraphBatch> {
  const media = batch.articles.flatMap((a) => a.media ?? []);
  const ids = unique([
    ...batch.entities.map((e) => e.id),
    ...batchReferences(batch).entityIds,
    ...media.flatMap((m) => [...m.shows, ...(m.releasedBy ? [m.releasedBy] : [])]),
  ]);
  if (!ids.length) return batch;
  const stored = await store.getEntities(ids);
  const storedById = new Map(stored.flatMap((e) => (e ? [[e.id, e] as const] : [])));
  // Ids that answer with another entity were merged into it.
  const moved = new Map(ids.flatMap((id, i) => (stored[i] && stored[i].id !== id ? [[id, stored[i].id] as const] : [])));
  const to = (id: string) => moved.get(id) ?? id;

  const revisions = await store.getRevisions(unique(batch.entities.map((e) => to(e.id))), 100);
  const curated = new Map(unique(batch.entities.map((e) => to(e.id))).map((id, i) => [id, new Set(revisions[i].map((r) => r.action))] as const));

  const entities = new Map<string, EntityRecord>();
  for (const e of batch.entities) {
    const id = to(e.id);
    const record: EntityRecord = {
      ...e,
      id,
      ...(e.locationId ? { locationId: to(e.locationId) } : {}),
      ...(e.counterpartId ? { counterpartId: to(e.counterpartId) } : {}),
      ...(e.participants ? { participants: e.participants.map((p) => ({ ...p, entityId: to(p.entityId) })) } : {}),
    };
    const earlier = entities.get(id) ?? (moved.has(e.id) ? storedById.get(id) : undefined);
    entities.set(id, earlier ? (moved.has(e.id) ? fold(earlier, record) : fold(record, earlier)) : record);
  }
  for (const [id, record] of entities) {
    const done = curated.get(id);
    const now = storedById.get(id);
    if (!done?.size || !now) continue;
    if (done.has('ADD_ALIAS') || done.has('MERGE_ENTITIES')) record.aliases = unique([...record.aliases, ...now.aliases]).filter((a) => a !== record.name);
    if (done.has('SET_LOCATION') && now.location) record.location = now.location;
  }
  if (!moved.size) return { ...batch, entities: [...entities.values()] };

  return {
    ...batch,
    articles: batch.articles.map((a) => (a.media ? { ...a, media: a.media.map((m) => ({ ...m, shows: unique(m.shows.map(to)), ...(m.releasedBy ? { releasedBy: to(m.releasedBy) } : {}) })) } : a)),
    entities: [...entities.values()],
    claims: batch.claims.map((c) => ({
      ...c,
      subjectId: to(c.subjectId),
      ...(c.objectId ? { objectId: to(c.objectId) } : {}),
      attributedTo: unique(c.attributedTo.map(to)),
    })),
    mentions: batch.mentions.map((m) => ({ ...m, entityId: to(m.entityId) })),
  };
}
