// Curation: a curator's corrections to the graph (review a claim, correct it, merge two entities,
// add an alias, fix coordinates). Each reads what is there, checks the change, and writes it as
// one store batch together with its revision (who, when, what, before and after), so the change
// and its record land together or not at all. A change that would change nothing writes nothing
// and records no revision: sending the same curation twice is safe.
import { randomUUID } from 'node:crypto';
import { processWrites, type WriteLock } from '../ingest/write-lock.js';
import {
  type ClaimRecord,
  type ClaimReview,
  type ClaimStatus,
  type Curation,
  emptyBatch,
  type EntityRecord,
  type GeoPrecision,
  type ReviewVerdict,
  type RevisionAction,
  type RevisionRecord,
  type ResolvedDate,
} from '../model/records.js';
import { searchKeysFor } from '../model/search-keys.js';
import type { GraphStore } from '../store/port.js';

/** Longest note, alias and location source a curator may give. */
export const MAX_NOTE_LENGTH = 2_000;
export const MAX_ALIAS_LENGTH = 200;
export const MAX_SOURCE_LENGTH = 200;
const MAX_STATEMENT_LENGTH = 2_000;

/** A curation the graph cannot take; `field` names the argument, the message what is valid. */
export class CurationInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CurationInputError';
  }
}

/** What a curation did: the node(s) as they are now, and its revision (null when nothing changed). */
export interface CurationResult<T> {
  result: T;
  revision: RevisionRecord | null;
}

export interface CurationOptions {
  /** The name of the API key making the change. */
  author: string;
  note?: string | null;
  /** Serialises read-decide-write with ingests in this process (the process's lock by default). */
  writes?: WriteLock;
  now?: () => Date;
}

function checkNote(note: string | null | undefined): string | undefined {
  if (note == null) return undefined;
  const trimmed = note.trim();
  if (trimmed.length > MAX_NOTE_LENGTH) throw new CurationInputError('note', `"note" takes at most ${MAX_NOTE_LENGTH} characters, got ${trimmed.length}`);
  return trimmed || undefined;
}

function revisionOf(action: RevisionAction, nodeIds: string[], before: unknown, after: unknown, options: CurationOptions): RevisionRecord {
  const note = checkNote(options.note);
  return {
    id: `revision:${randomUUID()}`,
    nodeIds,
    action,
    author: options.author,
    at: (options.now?.() ?? new Date()).toISOString(),
    ...(note ? { note } : {}),
    before,
    after,
  };
}

async function write(store: GraphStore, curation: Curation, records: { entities?: EntityRecord[]; claims?: ClaimRecord[] } = {}): Promise<void> {
  // Logged with it, so every server announces it to revisionMade subscribers (api/live/changes.ts).
  await store.upsert({ ...emptyBatch(), entities: records.entities ?? [], claims: records.claims ?? [], curation, change: { kind: 'curation', revision: curation.revision } });
}

async function claimOf(store: GraphStore, id: string, field = 'id'): Promise<ClaimRecord> {
  const [claim] = await store.getClaims([id]);
  if (!claim) throw new CurationInputError(field, `No claim has the id "${id}"; give the id of a stored claim (claim:…)`);
  return claim;
}

/** The entity an id names (through a merge, the entity it was merged into). */
async function entityOf(store: GraphStore, id: string, field: string): Promise<EntityRecord> {
  const [entity] = await store.getEntities([id]);
  if (!entity) throw new CurationInputError(field, `No entity has the id "${id}"; give the id of a stored place, actor, event or thing`);
  return entity;
}

/** A claim as a revision shows it: what a curator can change, without evidence and links. */
function claimView(c: ClaimRecord) {
  return {
    id: c.id,
    predicate: c.predicate,
    statement: c.statement,
    subjectId: c.subjectId,
    objectId: c.objectId ?? null,
    quantity: c.quantity ?? null,
    status: c.status,
    attributedTo: c.attributedTo,
    statedOn: c.statedOn?.value ?? null,
    confidence: c.confidence,
  };
}

export async function reviewClaim(
  store: GraphStore,
  input: { id: string; verdict: ReviewVerdict },
  options: CurationOptions,
): Promise<CurationResult<ClaimRecord>> {
  const note = checkNote(options.note);
  return (options.writes ?? processWrites).run(async () => {
    const claim = await claimOf(store, input.id);
    if (claim.review && claim.review.verdict === input.verdict && claim.review.note === note) return { result: claim, revision: null };
    const revision = revisionOf('REVIEW_CLAIM', [claim.id], claim.review ?? null, null, options);
    const review: ClaimReview = { verdict: input.verdict, by: options.author, at: revision.at, ...(note ? { note } : {}) };
    revision.after = review;
    await write(store, { revision, reviews: [{ claimId: claim.id, review }] });
    return { result: await claimOf(store, claim.id), revision };
  });
}

/** What a correction may change; every field left out keeps the claim's value. */
export interface ClaimCorrection {
  statement?: string | null;
  predicate?: string | null;
  /** The object entity's id. */
  object?: string | null;
  status?: ClaimStatus | null;
  quantity?: { value: number; unit: string; approximate?: boolean | null } | null;
  statedOn?: string | null;
  confidence?: number | null;
  attributedTo?: readonly string[] | null;
}

/** `claim:a:b` → `claim:a:b~c1`, and a correction of that → `claim:a:b~c2`: ids stay stable and say what they correct. */
function correctionId(id: string): string {
  const match = /^(.*)~c(\d+)$/.exec(id);
  return match ? `${match[1]}~c${Number(match[2]) + 1}` : `${id}~c1`;
}

function datePrecision(value: string): ResolvedDate['precision'] {
  return value.length === 4 ? 'YEAR' : value.length === 7 ? 'MONTH' : 'DAY';
}

/**
 * A new claim in place of one that is wrong: same article and evidence, the corrected fields, made
 * by the curator (origin curated). The old claim stays, marked superseded, out of the default lists.
 */
export async function correctClaim(
  store: GraphStore,
  input: { id: string; correction: ClaimCorrection },
  options: CurationOptions,
): Promise<CurationResult<{ claim: ClaimRecord; corrected: ClaimRecord }>> {
  const c = input.correction;
  if (c.statement != null && (!c.statement.trim() || c.statement.length > MAX_STATEMENT_LENGTH)) {
    throw new CurationInputError('correction.statement', `"correction.statement" must be 1 to ${MAX_STATEMENT_LENGTH} characters`);
  }
  if (c.confidence != null && !(c.confidence >= 0 && c.confidence <= 1)) {
    throw new CurationInputError('correction.confidence', `"correction.confidence" must be from 0 to 1, got ${c.confidence}`);
  }
  if (c.quantity && (!Number.isFinite(c.quantity.value) || !c.quantity.unit.trim())) {
    throw new CurationInputError('correction.quantity', `"correction.quantity" needs a finite value and a unit (e.g. { value: 150, unit: "km" })`);
  }
  checkNote(options.note);
  return (options.writes ?? processWrites).run(async () => {
    const old = await claimOf(store, input.id);
    const entityIds = [...(c.object ? [c.object] : []), ...(c.attributedTo ?? [])];
    const entities = await store.getEntities(entityIds);
    entityIds.forEach((id, i) => {
      if (!entities[i]) throw new CurationInputError(id === c.object ? 'correction.object' : 'correction.attributedTo', `No entity has the id "${id}"; give the id of a stored place, actor, event or thing`);
    });
    const actors = (c.attributedTo ?? []).map((_, i) => entities[i + (c.object ? 1 : 0)] as EntityRecord);
    const notActor = actors.find((e) => e.kind !== 'ACTOR');
    if (notActor) throw new CurationInputError('correction.attributedTo', `"correction.attributedTo" takes actors; ${notActor.id} is a ${notActor.kind}`);
    const object = c.object ? (entities[0] as EntityRecord).id : old.objectId;
    const corrected: ClaimRecord = {
      ...old,
      id: correctionId(old.id),
      statement: c.statement?.trim() ?? old.statement,
      predicate: c.predicate ?? old.predicate,
      status: c.status ?? old.status,
      confidence: c.confidence ?? old.confidence,
      attributedTo: c.attributedTo ? [...new Set(actors.map((a) => a.id))] : old.attributedTo,
      origin: 'curated',
      // Links to other sources' claims were made for the old wording; ingest links the new one afresh.
      links: [],
      evidence: (await store.getEvidence([old.id]))[0],
    };
    if (object) corrected.objectId = object;
    if (c.quantity) corrected.quantity = { value: c.quantity.value, unit: c.quantity.unit.trim(), approximate: c.quantity.approximate ?? false };
    if (c.statedOn) corrected.statedOn = { value: c.statedOn, precision: datePrecision(c.statedOn) };
    delete corrected.review;
    delete corrected.supersededBy;
    corrected.supersedes = old.id;
    const before = claimView(old);
    const after = claimView(corrected);
    if (old.supersededBy) {
      // Sent again: the earlier correction already says this.
      const [earlier] = await store.getClaims([old.supersededBy]);
      if (earlier && JSON.stringify(claimView({ ...earlier, id: after.id })) === JSON.stringify(after)) return { result: { claim: earlier, corrected: old }, revision: null };
      throw new CurationInputError('id', `Claim ${old.id} was already corrected by ${old.supersededBy}; correct that claim instead`);
    }
    if (JSON.stringify({ ...before, id: after.id }) === JSON.stringify(after)) {
      throw new CurationInputError('correction', 'The correction changes nothing: give at least one field with a value other than the claim has');
    }
    const revision = revisionOf('CORRECT_CLAIM', [old.id, corrected.id], before, after, options);
    await write(store, { revision, supersede: [{ claimId: old.id, by: corrected.id }] }, { claims: [corrected] });
    const [claim, now] = await store.getClaims([corrected.id, old.id]);
    return { result: { claim: claim as ClaimRecord, corrected: now as ClaimRecord }, revision };
  });
}

/** A new name for an entity: found by search, and resolved to it by later ingests. */
export async function addAlias(store: GraphStore, input: { id: string; alias: string }, options: CurationOptions): Promise<CurationResult<EntityRecord>> {
  const alias = input.alias.trim().replace(/\s+/g, ' ');
  if (!alias || alias.length > MAX_ALIAS_LENGTH) throw new CurationInputError('alias', `"alias" must be 1 to ${MAX_ALIAS_LENGTH} characters`);
  if (!searchKeysFor(alias, []).length) throw new CurationInputError('alias', `"alias" must contain a letter or digit, got ${JSON.stringify(input.alias)}`);
  checkNote(options.note);
  return (options.writes ?? processWrites).run(async () => {
    const entity = await entityOf(store, input.id, 'id');
    if (entity.name === alias || entity.aliases.includes(alias)) return { result: entity, revision: null };
    const updated = { ...entity, aliases: [...entity.aliases, alias] };
    const revision = revisionOf('ADD_ALIAS', [entity.id], { aliases: entity.aliases }, { aliases: updated.aliases }, options);
    await write(store, { revision }, { entities: [updated] });
    return { result: await entityOf(store, entity.id, 'id'), revision };
  });
}

/** A place's coordinates, with where they come from and how exact they are. */
export async function setLocation(
  store: GraphStore,
  input: { id: string; lat: number; lon: number; source: string; precision: GeoPrecision },
  options: CurationOptions,
): Promise<CurationResult<EntityRecord>> {
  if (!(input.lat >= -90 && input.lat <= 90)) throw new CurationInputError('lat', `"lat" must be a latitude from -90 to 90, got ${input.lat}`);
  if (!(input.lon >= -180 && input.lon <= 180)) throw new CurationInputError('lon', `"lon" must be a longitude from -180 to 180, got ${input.lon}`);
  const source = input.source.trim();
  if (!source || source.length > MAX_SOURCE_LENGTH) {
    throw new CurationInputError('source', `"source" must say where the coordinates come from (1 to ${MAX_SOURCE_LENGTH} characters, e.g. "geonames:828261" or a map's name)`);
  }
  checkNote(options.note);
  return (options.writes ?? processWrites).run(async () => {
    const entity = await entityOf(store, input.id, 'id');
    if (entity.kind !== 'PLACE') throw new CurationInputError('id', `Only places have coordinates; ${entity.id} is a ${entity.kind} (set an event's place through its claims)`);
    const location = { lat: input.lat, lon: input.lon, source, precision: input.precision };
    if (JSON.stringify(entity.location) === JSON.stringify(location)) return { result: entity, revision: null };
    const revision = revisionOf('SET_LOCATION', [entity.id], entity.location ?? null, location, options);
    await write(store, { revision }, { entities: [{ ...entity, location }] });
    return { result: await entityOf(store, entity.id, 'id'), revision };
  });
}

/** What a merge moved. */
export interface MergeResult {
  entity: EntityRecord;
  movedClaims: number;
  movedMentions: number;
}

/**
 * Two records of one entity made one: `merge`'s names become aliases of `keep`, its claims (as
 * subject, object or speaker), mentions and participations move to `keep`, facts `keep` lacks
 * (description, role, coordinates, date) come over, and `merge`'s id answers with `keep` from then on.
 */
export async function mergeEntities(store: GraphStore, input: { keep: string; merge: string }, options: CurationOptions): Promise<CurationResult<MergeResult>> {
  checkNote(options.note);
  return (options.writes ?? processWrites).run(async () => {
    const keep = await entityOf(store, input.keep, 'keep');
    const merge = await entityOf(store, input.merge, 'merge');
    if (merge.id !== input.merge) {
      // Merged already: into `keep` is done (sent again); into another entity is refused.
      if (merge.id === keep.id) return { result: { entity: keep, movedClaims: 0, movedMentions: 0 }, revision: null };
      throw new CurationInputError('merge', `${input.merge} was already merged into ${merge.id}; merge ${merge.id} instead`);
    }
    if (merge.id === keep.id) throw new CurationInputError('merge', `"keep" and "merge" name the same entity (${keep.id}); give two different entities`);
    if (keep.kind !== merge.kind) {
      throw new CurationInputError('merge', `Only entities of one kind merge: ${keep.id} is a ${keep.kind}, ${merge.id} a ${merge.kind}`);
    }
    const [asParty, asSpeaker, mentions] = await Promise.all([
      store.claimIdsForEntities([merge.id], 'ANY'),
      store.claimIdsForEntities([merge.id], 'ATTRIBUTED_TO'),
      store.getMentions([merge.id]),
    ]);
    const moved = new Set([...asParty[0].claimIds, ...asSpeaker[0].claimIds]).size;
    const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((a) => a !== keep.name);
    const kept: EntityRecord = { ...keep, aliases };
    for (const field of ['description', 'role', 'location', 'date', 'endDate', 'eventType', 'fatalities', 'locationId'] as const) {
      if (kept[field] === undefined && merge[field] !== undefined) Object.assign(kept, { [field]: merge[field] });
    }
    if (kept.counterpartId === undefined && merge.counterpartId && merge.counterpartId !== keep.id) kept.counterpartId = merge.counterpartId;
    if (kept.locationId === merge.id) delete kept.locationId;
    if (kept.counterpartId === merge.id) delete kept.counterpartId;
    if (kept.participants) kept.participants = kept.participants.filter((p) => p.entityId !== merge.id);
    const revision = revisionOf('MERGE_ENTITIES', [keep.id, merge.id], { keep, merge }, { keep: kept, movedClaims: moved, movedMentions: mentions[0].length }, options);
    await write(store, { revision, merge: { keep: keep.id, merge: merge.id } }, { entities: [kept] });
    return { result: { entity: await entityOf(store, keep.id, 'keep'), movedClaims: moved, movedMentions: mentions[0].length }, revision };
  });
}
