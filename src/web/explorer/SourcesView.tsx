// Sources side by side: every source's statement about one claim or event in one table (who,
// stance, day, channel, article, quote), the CONFIRMS / CONTRADICTS / SAME_AS links drawn as
// arcs between the rows and named in each row. Escape closes it (see App).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useCurations } from './curation.js';
import { formatDate, precisionWord } from './encoding.js';
import { dayOf, loadComparison, RELATION_STYLE, type SourceComparison, type SourceLink } from './sources.js';
import type { Statement } from './types.js';
import { StatusBadge } from './widgets.js';

interface Props {
  /** A claim id, or an entity (event) id. */
  subjectId: string;
  /** What the table is about, for its heading (the claim's statement is used for a claim). */
  subjectName: string | null;
  onClose(): void;
  onOpenClaim(id: string): void;
}

/** Width of the gutter the link arcs are drawn in, and the step between nested arcs. */
const GUTTER = 56;
const LANE = 10;

export function SourcesView(p: Props) {
  const [comparison, setComparison] = useState<SourceComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const panel = useRef<HTMLDivElement>(null);
  // A review or merge made meanwhile (in the evidence view) changes which statements there are.
  const curations = useCurations();

  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    setError(null);
    setComparison(null);
    loadComparison(p.subjectId, ctrl.signal)
      .then((c) => {
        setComparison(c);
        if (!c.rows.length) setError(`Nothing in the graph states anything about ${p.subjectId}.`);
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [p.subjectId, curations]);

  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, [p.subjectId]);

  const focusRow = comparison?.rows.find((r) => r.id === p.subjectId);
  const title = focusRow?.statement ?? p.subjectName ?? p.subjectId;

  return (
    <div
      ref={panel}
      className="sources-view"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sources-heading"
      aria-busy={loading}
      tabIndex={-1}
      data-testid="sources-view"
      data-subject-id={p.subjectId}
    >
      <div className="evidence-bar">
        <span className="evidence-title" id="sources-heading">
          Sources side by side: {title}
        </span>
        <button type="button" className="icon close" onClick={p.onClose} aria-label="Close sources (Escape)" title="Close (Escape)">
          ×
        </button>
      </div>
      <div className="sources-body">
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        {!comparison ? (
          <p className="hint">{loading ? 'Loading…' : ''}</p>
        ) : comparison.rows.length ? (
          <>
            <SourcesTable comparison={comparison} onOpenClaim={p.onOpenClaim} />
            <p className="hint sources-legend">
              {Object.entries(RELATION_STYLE).map(([relation, s]) => (
                <span key={relation} className="legend-item">
                  <svg width="22" height="8" aria-hidden="true">
                    <line x1="1" y1="4" x2="21" y2="4" stroke={s.colour} strokeWidth="2" strokeDasharray={s.dash} />
                  </svg>
                  {s.label}
                </span>
              ))}
              {comparison.omitted > 0 ? <span>{comparison.omitted} more claims about it are not listed.</span> : null}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}

function SourcesTable({ comparison, onOpenClaim }: { comparison: SourceComparison; onOpenClaim(id: string): void }) {
  const { rows, links, focus } = comparison;
  const wrap = useRef<HTMLDivElement>(null);
  // Vertical centre of each row inside the wrapper, measured after layout (rows wrap their text).
  const [centres, setCentres] = useState<Record<string, number>>({});
  const [height, setHeight] = useState(0);

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top;
      const next: Record<string, number> = {};
      el.querySelectorAll<HTMLElement>('tr[data-claim-id]').forEach((tr) => {
        const r = tr.getBoundingClientRect();
        next[tr.dataset.claimId!] = r.top - top + r.height / 2;
      });
      setCentres(next);
      setHeight(el.scrollHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [rows]);

  const number = new Map(rows.map((r, i) => [r.id, i + 1]));
  const lane = lanes(links, number);

  return (
    <div className="sources-table-wrap" ref={wrap}>
      <svg className="sources-arcs" width={GUTTER} height={height} aria-hidden="true">
        <defs>
          {Object.entries(RELATION_STYLE).map(([relation, s]) => (
            <marker key={relation} id={`arrow-${relation}`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L8,4 L0,8 z" fill={s.colour} />
            </marker>
          ))}
        </defs>
        {links.map((l, i) => {
          const [y1, y2] = [centres[l.from], centres[l.to]];
          if (y1 === undefined || y2 === undefined) return null;
          const s = RELATION_STYLE[l.relation];
          const x0 = GUTTER - 2;
          const x = GUTTER - 14 - lane[i]! * LANE;
          return (
            <path
              key={`${l.relation}-${l.from}-${l.to}`}
              className="sources-arc"
              data-relation={l.relation}
              data-from={l.from}
              data-to={l.to}
              d={`M${x0},${y1} C${x},${y1} ${x},${y2} ${x0},${y2}`}
              fill="none"
              stroke={s.colour}
              strokeWidth="2"
              strokeDasharray={s.dash}
              markerEnd={l.relation === 'SAME_AS' ? undefined : `url(#arrow-${l.relation})`}
            />
          );
        })}
      </svg>
      <table className="sources-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Speaker</th>
            <th scope="col">Status</th>
            <th scope="col">Day</th>
            <th scope="col">Channel</th>
            <th scope="col">Article</th>
            <th scope="col">Quote</th>
            <th scope="col">Links</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <SourceRow
              key={r.id}
              statement={r}
              n={number.get(r.id)!}
              focus={focus.includes(r.id)}
              links={links}
              number={number}
              onOpenClaim={onOpenClaim}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceRow({
  statement: s,
  n,
  focus,
  links,
  number,
  onOpenClaim,
}: {
  statement: Statement;
  n: number;
  focus: boolean;
  links: SourceLink[];
  number: Map<string, number>;
  onOpenClaim(id: string): void;
}) {
  const day = dayOf(s);
  const articles = [...new Map(s.evidence.map((e) => [e.article.id, e.article])).values()];
  // Each link as this row reads it: "confirms #1" from one end, "confirmed by #2" from the other.
  const mine = links.flatMap((l) =>
    l.from === s.id
      ? [{ relation: l.relation, word: RELATION_STYLE[l.relation].label, other: l.to }]
      : l.to === s.id
        ? [{ relation: l.relation, word: RELATION_STYLE[l.relation].inverse, other: l.from }]
        : [],
  );
  return (
    <tr data-claim-id={s.id} className={focus ? 'focus' : undefined} aria-current={focus ? 'true' : undefined}>
      <td className="num">{n}</td>
      <td data-col="speaker">
        {s.attributedTo.length ? (
          s.attributedTo.map((a) => a.name).join(', ')
        ) : (
          <span className="muted">the article’s own voice</span>
        )}
      </td>
      <td data-col="status" data-status={s.status}>
        <StatusBadge status={s.status} />
      </td>
      <td data-col="day" data-day={s.statedOn?.value ?? ''}>
        {s.statedOn ? (
          <>
            <time dateTime={s.statedOn.value}>{formatDate(s.statedOn)}</time>
            {s.statedOn.precision !== 'DAY' ? <span className="muted"> ({precisionWord(s.statedOn.precision)})</span> : null}
          </>
        ) : day ? (
          <span className="muted">reported {day}</span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td data-col="channel">{s.statedVia ?? <span className="muted">—</span>}</td>
      <td data-col="article">
        {articles.map((a) => (
          <div key={a.id} className="source-article" data-article-id={a.id}>
            <strong>{a.publisher ?? 'unknown publisher'}</strong>
            {a.publishedAt ? `, ${a.publishedAt}` : ''}
            <div className="muted">{a.title ?? a.id}</div>
          </div>
        ))}
      </td>
      <td data-col="quote">
        {s.evidence.map((e, i) => (
          <blockquote key={i} className="source-quote">
            “{e.quote}”
          </blockquote>
        ))}
        <div className="muted source-statement">{s.statement}</div>
        <button type="button" className="small" onClick={() => onOpenClaim(s.id)} aria-label={`Evidence: ${s.statement}`}>
          Evidence
        </button>
      </td>
      <td data-col="links">
        {mine.map((m) => (
          <div key={`${m.relation}-${m.other}`} data-relation={m.relation} data-other={m.other}>
            {m.word} #{number.get(m.other)}
          </div>
        ))}
      </td>
    </tr>
  );
}

/** A lane per arc, nested so that arcs over overlapping rows never share one. */
function lanes(links: SourceLink[], number: Map<string, number>): number[] {
  const placed: { lo: number; hi: number; lane: number }[] = [];
  return links.map((l) => {
    const [a, b] = [number.get(l.from)!, number.get(l.to)!];
    const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
    let lane = 0;
    while (placed.some((p) => p.lane === lane && p.lo <= hi && lo <= p.hi)) lane++;
    placed.push({ lo, hi, lane });
    return lane;
  });
}
