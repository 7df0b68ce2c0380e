// Curators' changes, sent with the session's API key (api-key.ts). Each one the server makes is
// announced (curation.ts) so every view shows it; a refusal throws ApiError with the server's
// message (UNAUTHENTICATED for a wrong key, BAD_USER_INPUT for a change it will not make).
import { ApiError, request } from './api.js';
import { apiKey } from './api-key.js';
import { announceCuration } from './curation.js';
import type {
  AddAliasMutation,
  AddAliasMutationVariables,
  MergeEntitiesMutation,
  MergeEntitiesMutationVariables,
  ReviewClaimMutation,
  ReviewClaimMutationVariables,
  Verdict,
} from './generated/operations.js';
import { ADD_ALIAS, MERGE_ENTITIES, REVIEW_CLAIM } from './queries.js';

function key(): string {
  const k = apiKey();
  if (!k) throw new ApiError('Enter an API key first: changes to the graph need one.', 'UNAUTHENTICATED');
  return k;
}

/** A blank note is no note. */
const noteOf = (note: string) => note.trim() || null;

export const curationApi = {
  async reviewClaim(id: string, verdict: Verdict, note: string) {
    const { reviewClaim } = await request<ReviewClaimMutation, ReviewClaimMutationVariables>(
      REVIEW_CLAIM,
      { id, verdict, note: noteOf(note) },
      undefined,
      key(),
    );
    announceCuration({ kind: 'review', claimId: id, verdict, claim: reviewClaim.claim });
    return reviewClaim;
  },
  async addAlias(id: string, alias: string, note: string) {
    const { addAlias } = await request<AddAliasMutation, AddAliasMutationVariables>(ADD_ALIAS, { id, alias, note: noteOf(note) }, undefined, key());
    announceCuration({ kind: 'alias', entityId: id });
    return addAlias;
  },
  async mergeEntities(keep: string, merge: string, note: string) {
    const { mergeEntities } = await request<MergeEntitiesMutation, MergeEntitiesMutationVariables>(
      MERGE_ENTITIES,
      { keep, merge, note: noteOf(note) },
      undefined,
      key(),
    );
    announceCuration({ kind: 'merge', kept: mergeEntities.entity, mergedId: merge });
    return mergeEntities;
  },
};
