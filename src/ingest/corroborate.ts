// Across articles: a claim that says what another source already said is linked SAME_AS
// (corroboration); a denial of it, or a figure that differs by more than the tolerance, is
// linked CONTRADICTS; a claim of another predicate about the same place can CONFIRM or CONTRADICT
// it (a loss confirms a taking; fighting that goes on contradicts it). Links go from the new
// claim to the earlier one; the API shows both ways.
import type { ArticleRecord, ClaimLinkRecord, ClaimRecord } from '../model/records.js';
import type { GraphStore } from '../store/port.js';

/** Figures within this relative difference agree ("about 150km" and "some 145 kilometres"). */
export const QUANTITY_TOLERANCE = 0.1;

function compare(a: ClaimRecord, b: ClaimRecord): ClaimLinkRecord['type'] | undefined {
  if ((a.objectId ?? '') !== (b.objectId ?? '')) return undefined;
  if ((a.status === 'DENIED') !== (b.status === 'DENIED')) return 'CONTRADICTS';
  if (a.quantity && b.quantity) {
    if (a.quantity.unit !== b.quantity.unit) return undefined;
    const diff = Math.abs(a.quantity.value - b.quantity.value) / Math.max(Math.abs(a.quantity.value), Math.abs(b.quantity.value), 1e-9);
    return diff <= QUANTITY_TOLERANCE ? 'SAME_AS' : 'CONTRADICTS';
  }
  return 'SAME_AS';
}

/**
 * Claims of different predicates about one place that bear on each other across sources: a loss
 * confirms a taking, fighting that goes on contradicts it.
 */
const ABOUT_THE_SAME_PLACE: { a: string; b: string; type: ClaimLinkRecord['type'] }[] = [
  { a: 'TOOK_CONTROL_OF', b: 'LOST_CONTROL_OF', type: 'CONFIRMS' },
  { a: 'TOOK_CONTROL_OF', b: 'CONTINUES_FIGHTING_IN', type: 'CONTRADICTS' },
];
const related = (p: string) => ABOUT_THE_SAME_PLACE.flatMap((r) => (r.a === p ? [r.b] : r.b === p ? [r.a] : []));

function relate(claim: ClaimRecord, other: ClaimRecord): ClaimLinkRecord['type'] | undefined {
  if (!claim.objectId || claim.objectId !== other.objectId) return undefined;
  const rule = ABOUT_THE_SAME_PLACE.find((r) => (r.a === claim.predicate && r.b === other.predicate) || (r.b === claim.predicate && r.a === other.predicate));
  if (!rule) return undefined;
  // A denial turns the relation around.
  const denied = (claim.status === 'DENIED') !== (other.status === 'DENIED');
  return denied ? (rule.type === 'CONFIRMS' ? 'CONTRADICTS' : 'CONFIRMS') : rule.type;
}

export async function linkAcrossSources(
  store: GraphStore,
  article: ArticleRecord,
  claims: ClaimRecord[],
): Promise<{ claims: ClaimRecord[]; corroborations: number; contradictions: number }> {
  const byPredicate = new Map<string, string[]>();
  for (const c of claims) byPredicate.set(c.predicate, [...new Set([...(byPredicate.get(c.predicate) ?? []), c.subjectId])]);
  const byObject = new Map<string, string[]>();
  for (const c of claims) for (const p of c.objectId ? related(c.predicate) : []) byObject.set(p, [...new Set([...(byObject.get(p) ?? []), c.objectId!])]);
  const candidateIds = (
    await Promise.all([
      ...[...byPredicate].map(([predicate, subjects]) => store.claimIdsForEntities(subjects, 'SUBJECT', predicate)),
      ...[...byObject].map(([predicate, objects]) => store.claimIdsForEntities(objects, 'OBJECT', predicate)),
    ])
  ).flatMap((groups) => groups.flatMap((g) => g.claimIds));
  const found = (await store.getClaims([...new Set(candidateIds)])).filter((c): c is ClaimRecord => c !== null && c.articleId !== article.id);
  // Every version of the same story (same URL) is one source, not several.
  const sources = await store.getArticles([...new Set(found.map((c) => c.articleId))]);
  const sameStory = new Set(sources.filter((a) => a && article.url && a.url === article.url).map((a) => a!.id));
  const candidates = found.filter((c) => !sameStory.has(c.articleId));
  let corroborations = 0;
  let contradictions = 0;
  const linked = claims.map((claim) => {
    const links = [...claim.links];
    for (const other of candidates) {
      const type = other.predicate === claim.predicate ? (other.subjectId === claim.subjectId ? compare(claim, other) : undefined) : relate(claim, other);
      if (!type || links.some((l) => l.targetId === other.id)) continue;
      links.push({ type, targetId: other.id });
      if (type === 'CONTRADICTS') contradictions++;
      else corroborations++;
    }
    return links.length === claim.links.length ? claim : { ...claim, links };
  });
  return { claims: linked, corroborations, contradictions };
}
