// Small shared pieces: kind and status badges (shape/line sample + word, never colour
// alone), the legend, and buttons that open an entity or a claim.
import type { ReactNode } from 'react';
import { KIND_STYLE, KINDS, precisionWord, REJECTED_EDGE, STATUS_STYLE, STATUSES, svgDash, VERDICT_STYLE } from './encoding.js';
import type { ClaimRef, ClaimStatus, ClaimSummary, DateValue, EntityKind } from './types.js';

export function KindIcon({ kind, size = 12 }: { kind: EntityKind; size?: number }) {
  const s = KIND_STYLE[kind];
  const common = { fill: s.fill, stroke: s.border, strokeWidth: 1.5 };
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {s.shape === 'ellipse' && <circle cx="6" cy="6" r="5" {...common} />}
      {s.shape === 'round-rectangle' && <rect x="1" y="2.5" width="10" height="7" rx="2" {...common} />}
      {s.shape === 'diamond' && <polygon points="6,0.8 11.2,6 6,11.2 0.8,6" {...common} />}
      {s.shape === 'hexagon' && <polygon points="3,1.2 9,1.2 11.4,6 9,10.8 3,10.8 0.6,6" {...common} />}
    </svg>
  );
}

export function KindBadge({ kind, subtype }: { kind: EntityKind; subtype?: string }) {
  return (
    <span className="kind-badge">
      <KindIcon kind={kind} />
      {KIND_STYLE[kind]?.label ?? kind}
      {subtype ? <span className="subtype"> · {subtype}</span> : null}
    </span>
  );
}

export function StatusLine({ status, width = 26 }: { status: ClaimStatus; width?: number }) {
  const s = STATUS_STYLE[status];
  if (!s) return null;
  return (
    <svg className="status-line" width={width} height="8" viewBox={`0 0 ${width} 8`} aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="4"
        x2={width - 1}
        y2="4"
        stroke={s.colour}
        strokeWidth={Math.min(s.width, 3.5)}
        strokeDasharray={svgDash(s)}
        strokeLinecap={s.line === 'dotted' ? 'round' : 'butt'}
      />
    </svg>
  );
}

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const s = STATUS_STYLE[status];
  return (
    <span className={`status-badge status-${status.toLowerCase()}`} title={s?.description}>
      <StatusLine status={status} width={18} />
      {status}
    </span>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <div className="legend-group">
        {KINDS.map((k) => (
          <span key={k} className="legend-item">
            <KindIcon kind={k} size={13} />
            {KIND_STYLE[k].label}
          </span>
        ))}
        <span className="legend-item">
          <svg width="13" height="13" viewBox="0 0 13 13" aria-hidden="true">
            <circle cx="6.5" cy="6.5" r="5" fill="#fff" stroke="#333" strokeWidth="1" />
            <circle cx="6.5" cy="6.5" r="3.4" fill="none" stroke="#333" strokeWidth="1" />
          </svg>
          expanded
        </span>
      </div>
      <div className="legend-group">
        {STATUSES.map((st) => (
          <span key={st} className="legend-item" title={STATUS_STYLE[st].description}>
            <StatusLine status={st} />
            {STATUS_STYLE[st].label}
            {STATUS_STYLE[st].arrow === 'tee' ? ' ⊣' : ''}
          </span>
        ))}
        <span className="legend-item" title={VERDICT_STYLE.REJECTED.description}>
          <svg className="status-line" width="26" height="8" viewBox="0 0 26 8" aria-hidden="true" focusable="false">
            <line x1="1" y1="4" x2="23" y2="4" stroke={REJECTED_EDGE.colour} strokeWidth="1.5" strokeDasharray={REJECTED_EDGE.dash.join(' ')} />
            <line x1="24" y1="1" x2="24" y2="7" stroke={REJECTED_EDGE.colour} strokeWidth="1.5" />
          </svg>
          Rejected (when shown)
        </span>
      </div>
    </section>
  );
}

/** A link-looking button that opens an entity (adds it to the graph and selects it). */
export function EntityButton({
  entity,
  onOpen,
  children,
}: {
  entity: { id: string; name: string; kind?: EntityKind };
  onOpen(id: string): void;
  children?: ReactNode;
}) {
  return (
    <button type="button" className="link entity-link" onClick={() => onOpen(entity.id)} title={entity.id}>
      {entity.kind ? <KindIcon kind={entity.kind} size={10} /> : null}
      {children ?? entity.name}
    </button>
  );
}

/** "Shushi —OVERLOOKS→ Stepanakert", read in the claim's own direction. */
export function Arrow({ predicate, reverse = false }: { predicate: string; reverse?: boolean }) {
  return (
    <span className="predicate">
      {reverse ? '←' : '—'}
      <code>{predicate}</code>
      {reverse ? '—' : '→'}
    </span>
  );
}

export function DateText({ date }: { date: DateValue }) {
  return (
    <span className="date">
      <time dateTime={date.value}>{date.precision === 'APPROXIMATE' ? `≈ ${date.value}` : date.value}</time>{' '}
      <span className="muted">
        ({precisionWord(date.precision)}
        {date.expression ? `, “${date.expression}”` : ''})
      </span>
    </span>
  );
}

const LINKS: { key: 'confirms' | 'confirmedBy' | 'contradicts' | 'contradictedBy'; label: string }[] = [
  { key: 'confirms', label: 'Confirms' },
  { key: 'confirmedBy', label: 'Confirmed by' },
  { key: 'contradicts', label: 'Contradicts' },
  { key: 'contradictedBy', label: 'Contradicted by' },
];

/** Links to the claims that confirm or contradict this one (or that it confirms or contradicts). */
export function ClaimLinks({
  claim,
  onOpenClaim,
}: {
  claim: Pick<ClaimSummary, 'confirms' | 'confirmedBy' | 'contradicts' | 'contradictedBy'>;
  onOpenClaim(id: string): void;
}) {
  const present = LINKS.filter((l) => claim[l.key].length);
  if (!present.length) return null;
  return (
    <div className="claim-links">
      {present.map((l) => (
        <div key={l.key} className="claim-link-row" data-relation={l.key}>
          <span className="muted">{l.label}:</span>
          {claim[l.key].map((c: ClaimRef) => (
            <button
              key={c.id}
              type="button"
              className="link claim-link"
              data-claim-id={c.id}
              onClick={() => onOpenClaim(c.id)}
              title={c.id}
            >
              <StatusBadge status={c.status} /> {c.statement}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
