// The evidence of one claim, shown where it stands: the article's full text with the quoted
// span [start, end) marked and scrolled into view, its sentence tinted; plus the claims that
// confirm or contradict it, which open here in turn; and its review (ReviewControls). Escape
// closes it (see App).
import { useEffect, useRef, useState } from 'react';
import { api } from './api.js';
import { ReviewControls } from './ReviewControls.js';
import type { Article, ClaimWithEvidence, Evidence } from './types.js';
import { Arrow, ClaimLinks, DateText, EntityButton, StatusBadge } from './widgets.js';

interface Props {
  claimId: string;
  canGoBack: boolean;
  onBack(): void;
  onClose(): void;
  onOpenClaim(id: string): void;
  onOpenEntity(id: string): void;
}

export function EvidenceView(p: Props) {
  const [claim, setClaim] = useState<ClaimWithEvidence | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    setIndex(0);
    api
      .claimEvidence(p.claimId, ctrl.signal)
      .then((c) => {
        setClaim(c);
        if (!c) setError(`There is no claim ${p.claimId}.`);
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [p.claimId]);

  // Focus moves into the view when it opens (and when another claim opens in it).
  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, [p.claimId]);

  const c = claim && claim.id === p.claimId ? claim : null;
  const ev = c?.evidence[index] ?? null;

  return (
    <div
      ref={dialog}
      className="evidence-view"
      role="dialog"
      aria-modal="false"
      aria-labelledby="evidence-heading"
      aria-busy={loading}
      tabIndex={-1}
      data-testid="evidence-view"
      data-claim-id={p.claimId}
    >
      <div className="evidence-bar">
        {p.canGoBack ? (
          <button type="button" className="small" onClick={p.onBack}>
            ← Back
          </button>
        ) : null}
        <span className="evidence-title" id="evidence-heading">
          Evidence{c ? `: ${c.statement}` : ''}
        </span>
        <button type="button" className="icon close" onClick={p.onClose} aria-label="Close evidence (Escape)" title="Close (Escape)">
          ×
        </button>
      </div>
      <div className="evidence-body">
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {!c ? (
          <p className="hint">{loading ? 'Loading…' : ''}</p>
        ) : (
          <>
            <div className="evidence-claim">
              <div className="claim-top">
                <StatusBadge status={c.status} />
                <span className="claim-triple">
                  {c.subject ? <EntityButton entity={c.subject} onOpen={p.onOpenEntity} /> : <span className="missing">(missing subject)</span>} <Arrow predicate={c.predicate} />{' '}
                  {c.object ? <EntityButton entity={c.object} onOpen={p.onOpenEntity} /> : null}
                  {c.quantity ? (
                    <span className="quantity">
                      {c.quantity.approximate ? '≈ ' : ''}
                      {c.quantity.value} {c.quantity.unit}
                    </span>
                  ) : null}
                </span>
              </div>
              <div className="claim-meta">
                {c.attributedTo.length ? (
                  <span>
                    said by <strong>{c.attributedTo.map((a) => a.name).join(', ')}</strong>
                  </span>
                ) : (
                  <span className="muted">the article’s own voice</span>
                )}
                {c.statedOn ? (
                  <span>
                    on <DateText date={c.statedOn} />
                  </span>
                ) : null}
                {c.statedVia ? <span>via {c.statedVia}</span> : null}
                <span className="muted">confidence {c.confidence.toFixed(2)}</span>
              </div>
              <ClaimLinks claim={c} onOpenClaim={p.onOpenClaim} />
            </div>
            <ReviewControls key={c.id} claim={c} />
            {c.evidence.length > 1 ? (
              <div className="evidence-tabs" role="group" aria-label="Quotes">
                {c.evidence.map((e, i) => (
                  <button key={`${e.article.id}-${e.start}`} type="button" aria-pressed={i === index} onClick={() => setIndex(i)}>
                    Quote {i + 1} of {c.evidence.length}
                  </button>
                ))}
              </div>
            ) : null}
            {ev ? <EvidenceInArticle evidence={ev} /> : <p className="hint">This claim has no evidence.</p>}
          </>
        )}
      </div>
    </div>
  );
}

function EvidenceInArticle({ evidence }: { evidence: Evidence }) {
  const mark = useRef<HTMLElement>(null);
  const a = evidence.article;
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [evidence]);
  const marked = a.text.slice(evidence.start, evidence.end);
  const intact = marked === evidence.quote;
  return (
    <article className="evidence-article" aria-label="The quote in its article">
      <blockquote className="quote">
        “{evidence.quote}”
        {evidence.caption ? <span className="flag">photo caption</span> : null}
      </blockquote>
      <ArticleHeader article={a} sentence={evidence.sentence} start={evidence.start} end={evidence.end} />
      {!intact ? (
        <p role="alert" className="error">
          The article text at [{evidence.start}, {evidence.end}) does not match the quote.
        </p>
      ) : null}
      <div className="article-text" tabIndex={0} aria-label="Article text">
        <ArticleText article={a} evidence={evidence} markRef={mark} />
      </div>
    </article>
  );
}

function ArticleHeader({ article, sentence, start, end }: { article: Article; sentence: number; start: number; end: number }) {
  return (
    <header className="article-head">
      <div className="article-title">{article.title ?? article.id}</div>
      <div className="muted">
        {[article.publisher, article.publishedAt].filter(Boolean).join(', ')}
        {' · '}sentence {sentence + 1} of {article.sentences.length} · characters {start}–{end}
        {article.url ? (
          <>
            {' · '}
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              original
            </a>
          </>
        ) : null}
      </div>
    </header>
  );
}

/** The article text with its sentence tinted and the quote in a <mark>, offsets as given. */
function ArticleText({
  article,
  evidence,
  markRef,
}: {
  article: Article;
  evidence: Evidence;
  markRef: React.RefObject<HTMLElement | null>;
}) {
  const text = article.text;
  const { start, end } = evidence;
  const s = article.sentences.find((x) => x.index === evidence.sentence);
  const sStart = s ? Math.min(s.start, start) : start;
  const sEnd = s ? Math.max(s.end, end) : end;
  return (
    <>
      {text.slice(0, sStart)}
      <span className="evidence-sentence">
        {text.slice(sStart, start)}
        <mark ref={markRef} data-testid="evidence-highlight" data-start={start} data-end={end}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end, sEnd)}
      </span>
      {text.slice(sEnd)}
    </>
  );
}
