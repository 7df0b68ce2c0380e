// A claim's review in the evidence view: the current verdict (who, when, why), Accept / Reject
// with an optional note, and the claim's history. A rejected claim leaves the graph, or is drawn as
// rejected while the Review facet shows rejected claims (curation.ts), but stays open here, where
// it can be accepted again, which draws its edge again at once.
import { useId, useState } from 'react';
import { useApiKey } from './api-key.js';
import { ApiKeyField } from './ApiKeyField.js';
import { curationApi } from './curation-api.js';
import type { ClaimReviewStateFragment, Verdict } from './generated/operations.js';
import { moment, RevisionHistory } from './RevisionHistory.js';

/** The claim as EvidenceView has it; give it `key={claim.id}` so another claim starts afresh. */
export function ReviewControls({ claim }: { claim: ClaimReviewStateFragment }) {
  const key = useApiKey();
  // The mutation answers the claim's new review and history; until then, what EvidenceView loaded.
  const [state, setState] = useState(claim);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const headingId = useId();

  const review = async (verdict: Verdict) => {
    setBusy(true);
    setError(null);
    try {
      setState((await curationApi.reviewClaim(claim.id, verdict, note)).claim);
      setNote('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const r = state.review;
  return (
    <section className="curation" aria-labelledby={headingId} data-testid="review" data-verdict={r?.verdict ?? 'UNREVIEWED'}>
      <h3 id={headingId} className="subheading">
        Review
      </h3>
      <p className="review-state" data-testid="review-state">
        {r ? (
          <>
            <span className={`verdict verdict-${r.verdict.toLowerCase()}`}>{r.verdict === 'ACCEPTED' ? 'Accepted' : 'Rejected'}</span> by{' '}
            <strong>{r.by}</strong>, <time dateTime={r.at}>{moment(r.at)}</time>
            {r.note ? <span className="revision-note"> “{r.note}”</span> : null}
            {r.verdict === 'REJECTED' ? <span className="hint"> It is left out of the graph (unless the Review filter shows rejected claims) and every list.</span> : null}
          </>
        ) : (
          <span className="muted">Not reviewed yet.</span>
        )}
      </p>
      <ApiKeyField />
      <label htmlFor={noteId} className="field-label">
        Note (optional)
      </label>
      <input id={noteId} className="curation-input" type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <div className="actions curation-actions">
        <button type="button" onClick={() => void review('ACCEPTED')} disabled={!key || busy} aria-pressed={r?.verdict === 'ACCEPTED'}>
          Accept
        </button>
        <button type="button" className="danger" onClick={() => void review('REJECTED')} disabled={!key || busy} aria-pressed={r?.verdict === 'REJECTED'}>
          Reject
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <h4 className="subheading">History</h4>
      <RevisionHistory revisions={state.revisions} label="History of the claim" />
    </section>
  );
}
