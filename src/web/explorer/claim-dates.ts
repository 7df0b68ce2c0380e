// When the graph's claims were stated (Claim.statedOn), for the time axis; claims without a
// date are left out.
import { request } from './api.js';
import type { ClaimDatesQuery, ClaimDatesQueryVariables } from './generated/operations.js';
import { CLAIM_DATES } from './queries.js';

type Answer = Exclude<ClaimDatesQuery['nodes'][number], Record<PropertyKey, never> | null>;
export type DatedClaim = Answer & { statedOn: NonNullable<Answer['statedOn']> };

/** The API's bound on `nodes(ids:)`. */
const IDS_PER_REQUEST = 100;

export async function claimDates(ids: readonly string[], signal?: AbortSignal): Promise<DatedClaim[]> {
  const pages: Promise<ClaimDatesQuery>[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST)
    pages.push(request<ClaimDatesQuery, ClaimDatesQueryVariables>(CLAIM_DATES, { ids: ids.slice(i, i + IDS_PER_REQUEST) }, signal));
  return (await Promise.all(pages)).flatMap((d) => d.nodes.filter((n): n is DatedClaim => !!n && 'id' in n && !!n.statedOn));
}
