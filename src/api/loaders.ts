// Per-request DataLoaders over the store's batched reads: one store call per kind of data per
// tick of resolution, however many objects ask (no N+1).
import DataLoader from 'dataloader';
import type { ArticleRecord, ClaimRecord, EntityRecord, EvidenceRecord, MentionRecord } from '../model/records.js';
import type { ClaimLinkRecordOut, ClaimRole, GraphStore } from '../store/port.js';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  evidence: DataLoader<string, EvidenceRecord[]>;
  claimLinks: DataLoader<string, ClaimLinkRecordOut[]>;
  mentions: DataLoader<string, MentionRecord[]>;
  articleMentions: DataLoader<string, MentionRecord[]>;
  eventIds: DataLoader<string, string[]>;
  /** Claim ids of an entity, keyed by `${role}|${predicate}|${entityId}` so one role+predicate is one batch. */
  claimIds: DataLoader<string, string[]>;
}

const claimKey = (entityId: string, role: ClaimRole, predicate?: string | null) => `${role}|${predicate ?? ''}|${entityId}`;

export function claimIdsKey(entityId: string, role: ClaimRole, predicate?: string | null): string {
  return claimKey(entityId, role, predicate);
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.getEntities(ids)),
    claim: new DataLoader((ids) => store.getClaims(ids)),
    article: new DataLoader((ids) => store.getArticles(ids)),
    evidence: new DataLoader((ids) => store.getEvidence(ids)),
    claimLinks: new DataLoader((ids) => store.getClaimLinks(ids)),
    mentions: new DataLoader((ids) => store.getMentions(ids)),
    articleMentions: new DataLoader((ids) => store.getArticleMentions(ids)),
    eventIds: new DataLoader((ids) => store.eventIdsForEntities(ids)),
    claimIds: new DataLoader(async (keys) => {
      // Group keys by role and predicate; each group is one store call.
      const groups = new Map<string, { role: ClaimRole; predicate?: string; ids: string[] }>();
      for (const key of keys) {
        const [role, predicate, ...rest] = key.split('|');
        const group = groups.get(`${role}|${predicate}`) ?? { role: role as ClaimRole, predicate: predicate || undefined, ids: [] };
        group.ids.push(rest.join('|'));
        groups.set(`${role}|${predicate}`, group);
      }
      const results = new Map<string, string[]>();
      await Promise.all(
        [...groups.values()].map(async (g) => {
          for (const r of await store.claimIdsForEntities(g.ids, g.role, g.predicate)) {
            results.set(claimKey(r.entityId, g.role, g.predicate), r.claimIds);
          }
        }),
      );
      return keys.map((k) => results.get(k) ?? []);
    }),
  };
}
