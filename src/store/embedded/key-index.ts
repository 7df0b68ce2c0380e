// The embedded store's search keys, held in memory as sorted lists. LadybugDB has no secondary
// indexes (and its full-text extension is not available offline), so matching a prefix inside the
// database scans every SearchKey row: ~90 ms for a 100k-entity graph, ~450 ms joined with its
// entities. Here exact keys are a map lookup and prefixes a binary search. The SearchKey nodes stay
// the record (the index is loaded from them); the adapter updates the index after each commit.
import type { EntityKind } from '../../model/records.js';

export interface IndexedEntity {
  kind: EntityKind;
  name: string;
  keys: string[];
}

export type SearchRank = 0 | 1 | 2 | 3;

/** Inserts `value` into the sorted `list` unless it is there. */
function insertSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

function removeSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] === value) list.splice(at, 1);
}

/** The first index whose value is >= `value`. */
function lowerBound(list: string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Values of the sorted `list` that start with `prefix`, in order. */
function* withPrefix(list: string[], prefix: string): Generator<string> {
  for (let i = lowerBound(list, prefix); i < list.length && list[i].startsWith(prefix); i++) yield list[i];
}

const SEP = '\u0000';

export class SearchKeyIndex {
  private readonly entities = new Map<string, IndexedEntity>();
  private readonly idsByKey = new Map<string, Set<string>>();
  /** Every key, sorted: prefix matches. */
  private keys: string[] = [];
  /** `word␀key` for every word of a key after its first, sorted: matches of a later word's prefix. */
  private laterWords: string[] = [];

  get size(): number {
    return this.entities.size;
  }

  /**
   * An index of many entities at once: the sorted lists are sorted once (inserting one key at a
   * time would move a list's tail for every key, quadratic for a 100k-entity graph).
   */
  static of(entities: Iterable<[string, IndexedEntity]>): SearchKeyIndex {
    const index = new SearchKeyIndex();
    for (const [id, entity] of entities) {
      const keys = [...new Set(entity.keys)];
      index.entities.set(id, { ...entity, keys });
      for (const key of keys) {
        const ids = index.idsByKey.get(key);
        if (ids) ids.add(id);
        else index.idsByKey.set(key, new Set([id]));
      }
    }
    index.keys = [...index.idsByKey.keys()].sort();
    index.laterWords = index.keys.flatMap(laterWordEntries).sort();
    return index;
  }

  /** Sets an entity's kind, name and keys, replacing what the index held for it. */
  put(id: string, entity: IndexedEntity): void {
    this.remove(id);
    const keys = [...new Set(entity.keys)];
    this.entities.set(id, { ...entity, keys });
    for (const key of keys) {
      let ids = this.idsByKey.get(key);
      if (!ids) {
        ids = new Set();
        this.idsByKey.set(key, ids);
        insertSorted(this.keys, key);
        for (const entry of laterWordEntries(key)) insertSorted(this.laterWords, entry);
      }
      ids.add(id);
    }
  }

  remove(id: string): void {
    const entity = this.entities.get(id);
    if (!entity) return;
    this.entities.delete(id);
    for (const key of entity.keys) {
      const ids = this.idsByKey.get(key);
      ids?.delete(id);
      if (ids && ids.size === 0) {
        this.idsByKey.delete(key);
        removeSorted(this.keys, key);
        for (const entry of laterWordEntries(key)) removeSorted(this.laterWords, entry);
      }
    }
  }

  clear(): void {
    this.entities.clear();
    this.idsByKey.clear();
    this.keys = [];
    this.laterWords = [];
  }

  /** The entities each key names, ordered by key then id. */
  lookup(keys: readonly string[]): { key: string; id: string; kind: EntityKind }[] {
    return [...new Set(keys)].sort().flatMap((key) =>
      [...(this.idsByKey.get(key) ?? [])].sort().map((id) => ({ key, id, kind: (this.entities.get(id) as IndexedEntity).kind })),
    );
  }

  /**
   * Entities by rank (0 exact key, 1 key starts with the prefix, 2 a later word of a key starts
   * with it, 3 same consonant skeleton), then shorter name, then id.
   */
  search(keys: { exact: string[]; prefix: string; skeleton: string }, kinds: EntityKind[] | undefined, limit: number): { id: string; rank: SearchRank }[] {
    const best = new Map<string, SearchRank>();
    const add = (key: string, rank: SearchRank) => {
      for (const id of this.idsByKey.get(key) ?? []) {
        const prev = best.get(id);
        if (prev === undefined || rank < prev) best.set(id, rank);
      }
    };
    for (const key of keys.exact) add(key, 0);
    if (keys.prefix) {
      for (const key of withPrefix(this.keys, keys.prefix)) add(key, 1);
      for (const entry of withPrefix(this.laterWords, keys.prefix)) add(entry.slice(entry.indexOf(SEP) + 1), 2);
    }
    if (keys.skeleton) add(keys.skeleton, 3);
    const wanted = kinds?.length ? new Set(kinds) : undefined;
    return [...best]
      .map(([id, rank]) => ({ id, rank, entity: this.entities.get(id) as IndexedEntity }))
      .filter((hit) => !wanted || wanted.has(hit.entity.kind))
      .sort((a, b) => a.rank - b.rank || a.entity.name.length - b.entity.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map(({ id, rank }) => ({ id, rank }));
  }
}

/** `word␀key` for each word of `key` after the first (words are space-separated in normalised keys). */
function laterWordEntries(key: string): string[] {
  const entries: string[] = [];
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
    const word = key.slice(i + 1);
    if (word) entries.push(`${word}${SEP}${key}`);
  }
  return entries;
}
