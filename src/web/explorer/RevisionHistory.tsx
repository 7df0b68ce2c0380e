// A node's curation history, newest first: who (the API key's name), when, what and why.
import type { RevisionEntryFragment } from './generated/operations.js';

export function RevisionHistory({ revisions, label }: { revisions: readonly RevisionEntryFragment[]; label: string }) {
  if (!revisions.length) return <p className="hint">No curator has changed it.</p>;
  return (
    <ol className="revisions plain" aria-label={label}>
      {revisions.map((r) => (
        <li key={r.id} className="revision" data-action={r.action} data-author={r.author}>
          <div>
            <strong className="revision-author">{r.author}</strong> <span className="revision-what">{whatChanged(r)}</span>
          </div>
          <time className="muted small-text" dateTime={r.at}>
            {moment(r.at)}
          </time>
          {r.note ? <div className="revision-note">“{r.note}”</div> : null}
        </li>
      ))}
    </ol>
  );
}

/** A DateTime (ISO 8601 in UTC, as the server sends it) to the minute. */
export function moment(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

/** The change in words, from its action and the record before and after (JSON, so read warily). */
export function whatChanged(r: Pick<RevisionEntryFragment, 'action' | 'before' | 'after'>): string {
  const before = record(r.before);
  const after = record(r.after);
  switch (r.action) {
    case 'REVIEW_CLAIM':
      return after?.verdict === 'REJECTED' ? 'rejected the claim' : 'accepted the claim';
    case 'CORRECT_CLAIM':
      return 'corrected the claim';
    case 'ADD_ALIAS': {
      const had = strings(before?.aliases);
      const added = strings(after?.aliases).filter((a) => !had.includes(a));
      return added.length ? `added the alias ${added.map((a) => `“${a}”`).join(', ')}` : 'added an alias';
    }
    case 'MERGE_ENTITIES': {
      const merged = record(before?.merge);
      return typeof merged?.name === 'string' ? `merged ${merged.name} (${String(merged.id)}) into this one` : 'merged two entities';
    }
    case 'SET_LOCATION':
      return 'set the coordinates';
  }
}

function record(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
