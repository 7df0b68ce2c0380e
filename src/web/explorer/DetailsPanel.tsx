// The selected entity: what it is, where and when, its curation (EntityCuration: aliases, merges,
// history), and the claims it takes part in, each with its status, who said it, and a button to
// read its evidence in the article.
import { EntityCuration } from './EntityCuration.js';
import type { ClaimSummary, EntityDetails } from './types.js';
import { Arrow, ClaimLinks, DateText, EntityButton, KindBadge, StatusBadge } from './widgets.js';

interface Props {
  entity: EntityDetails | null;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  expanded: boolean;
  pathFrom: string | null;
  pathTo: string | null;
  onExpand(id: string): void;
  onSetPathEnd(end: 'from' | 'to', id: string): void;
  onOpenEntity(id: string): void;
  onOpenClaim(id: string): void;
  /** Opens every source's statement about a claim or an event side by side. */
  onCompareSources(id: string): void;
  onCenter(id: string): void;
  /** Whether the selection is pinned, and whether only it and its neighbours are drawn. */
  pinned: boolean;
  onlyNeighbours: boolean;
  onHide(id: string): void;
  onTogglePin(id: string): void;
  onToggleNeighbours(): void;
}

export function DetailsPanel(p: Props) {
  if (!p.selectedId) {
    return (
      <section className="panel details empty" aria-labelledby="details-heading">
        <h2 id="details-heading" className="panel-heading">
          Details
        </h2>
        <p className="hint">
          Search for a place, actor or event (press <kbd>/</kbd>), or click an entity in the graph.
        </p>
      </section>
    );
  }
  const e = p.entity && p.entity.id === p.selectedId ? p.entity : null;
  return (
    <section className="panel details" aria-labelledby="details-heading" aria-busy={p.loading} data-testid="details">
      {p.error ? (
        <p role="alert" className="error">
          {p.error}
        </p>
      ) : null}
      {!e ? (
        <>
          <h2 id="details-heading" className="panel-heading">
            Details
          </h2>
          <p className="hint">{p.loading ? 'Loading…' : `Nothing is known about ${p.selectedId}.`}</p>
        </>
      ) : (
        <>
          <header className="entity-head">
            <h2 id="details-heading" className="entity-name" data-entity-id={e.id}>
              {e.name}
            </h2>
            <div className="entity-meta">
              <KindBadge kind={e.kind} subtype={e.subtype} />
              {e.provisional ? <span className="flag">provisional</span> : null}
              <code className="entity-id">{e.id}</code>
            </div>
          </header>
          <div className="actions" role="group" aria-label="Actions on the selection">
            <button type="button" className="primary" onClick={() => p.onExpand(e.id)}>
              {p.expanded ? 'Expand again' : 'Expand'}
            </button>
            <button type="button" onClick={() => p.onSetPathEnd('from', e.id)} aria-pressed={p.pathFrom === e.id}>
              Set as path start
            </button>
            <button type="button" onClick={() => p.onSetPathEnd('to', e.id)} aria-pressed={p.pathTo === e.id}>
              Set as path end
            </button>
            <button type="button" onClick={() => p.onCenter(e.id)}>
              Centre in graph
            </button>
            <button type="button" onClick={() => p.onHide(e.id)} title="Take it off the graph (h)">
              Hide
            </button>
            <button type="button" onClick={() => p.onTogglePin(e.id)} aria-pressed={p.pinned} title="Re-layout leaves it where it is (p)">
              Pin
            </button>
            <button type="button" onClick={p.onToggleNeighbours} aria-pressed={p.onlyNeighbours} title="Draw only it and its neighbours (n)">
              Only neighbours
            </button>
            {e.kind === 'EVENT' ? (
              <button type="button" onClick={() => p.onCompareSources(e.id)}>
                Compare sources
              </button>
            ) : null}
          </div>
          {e.description ? <p className="description">{e.description}</p> : null}
          <dl className="facts">
            {e.aliases.length ? (
              <>
                <dt>Aliases</dt>
                <dd>{e.aliases.join(', ')}</dd>
              </>
            ) : null}
            {e.role ? (
              <>
                <dt>Role</dt>
                <dd>{e.role}</dd>
              </>
            ) : null}
            {e.location ? (
              <>
                <dt>Coordinates</dt>
                <dd data-testid="coordinates">
                  {formatLat(e.location.lat)}, {formatLon(e.location.lon)}{' '}
                  <span className="muted">({e.location.precision.toLowerCase()})</span>
                  <div className="source">source: {e.location.source}</div>
                </dd>
              </>
            ) : null}
            {e.eventType ? (
              <>
                <dt>Type</dt>
                <dd>{e.eventType}</dd>
              </>
            ) : null}
            {e.date ? (
              <>
                <dt>Date</dt>
                <dd>
                  <DateText date={e.date} />
                </dd>
              </>
            ) : null}
            {e.endDate ? (
              <>
                <dt>Until</dt>
                <dd>
                  <DateText date={e.endDate} />
                </dd>
              </>
            ) : null}
            {e.place ? (
              <>
                <dt>Where</dt>
                <dd>
                  <EntityButton entity={e.place} onOpen={p.onOpenEntity} />
                </dd>
              </>
            ) : null}
            {e.fatalities != null ? (
              <>
                <dt>Fatalities</dt>
                <dd>{e.fatalities}</dd>
              </>
            ) : null}
            {e.participants?.length ? (
              <>
                <dt>Participants</dt>
                <dd>
                  <ul className="plain">
                    {e.participants.map((pt) => (
                      <li key={`${pt.role}-${pt.entity.id}`}>
                        <span className="muted">{pt.role}:</span> <EntityButton entity={pt.entity} onOpen={p.onOpenEntity} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {e.source ? (
              <>
                <dt>Source</dt>
                <dd>
                  <code>{e.source}</code>
                </dd>
              </>
            ) : null}
          </dl>
          <EntityCuration key={e.id} entity={e} />
          <h3 className="subheading">
            Claims <span className="count">{claimCount(e)}</span>
          </h3>
          {e.claims.edges.length === 0 ? (
            <p className="hint">No claims mention it.</p>
          ) : (
            <ul className="claims" aria-label={`Claims about ${e.name}`}>
              {/* A null node is a claim the store has lost (the server logs it as a data error). */}
              {e.claims.edges.flatMap(({ node }) =>
                node
                  ? [
                      <ClaimItem
                        key={node.id}
                        claim={node}
                        about={e.id}
                        onOpenClaim={p.onOpenClaim}
                        onCompareSources={p.onCompareSources}
                        onOpenEntity={p.onOpenEntity}
                      />,
                    ]
                  : [],
              )}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function claimCount(e: EntityDetails): string {
  const shown = e.claims.edges.length;
  return shown < e.claims.totalCount ? `${shown} of ${e.claims.totalCount}` : String(shown);
}

function ClaimItem({
  claim,
  about,
  onOpenClaim,
  onCompareSources,
  onOpenEntity,
}: {
  claim: ClaimSummary;
  about: string;
  onOpenClaim(id: string): void;
  onCompareSources(id: string): void;
  onOpenEntity(id: string): void;
}) {
  const side = (x: { id: string; name: string } | null) =>
    x ? x.id === about ? <strong>{x.name}</strong> : <EntityButton entity={x} onOpen={onOpenEntity} /> : null;
  return (
    <li className="claim" data-claim-id={claim.id} data-predicate={claim.predicate}>
      <div className="claim-top">
        <StatusBadge status={claim.status} />
        <span className="claim-triple">
          {side(claim.subject)} <Arrow predicate={claim.predicate} /> {side(claim.object)}
          {claim.quantity ? (
            <span className="quantity">
              {claim.quantity.approximate ? '≈ ' : ''}
              {claim.quantity.value} {claim.quantity.unit}
            </span>
          ) : null}
        </span>
      </div>
      <p className="statement">{claim.statement}</p>
      <div className="claim-meta">
        {claim.attributedTo.length ? (
          <span>
            said by <strong>{claim.attributedTo.map((a) => a.name).join(', ')}</strong>
          </span>
        ) : (
          <span className="muted">the article’s own voice</span>
        )}
        {claim.statedOn ? (
          <span>
            on <DateText date={claim.statedOn} />
          </span>
        ) : null}
        {claim.statedVia ? <span>via {claim.statedVia}</span> : null}
        <button
          type="button"
          className="small evidence-button"
          onClick={() => onOpenClaim(claim.id)}
          aria-label={`Evidence: ${claim.statement}`}
        >
          Evidence
        </button>
        <button
          type="button"
          className="small"
          onClick={() => onCompareSources(claim.id)}
          aria-label={`Sources side by side: ${claim.statement}`}
        >
          Sources
        </button>
      </div>
      <ClaimLinks claim={claim} onOpenClaim={onOpenClaim} />
    </li>
  );
}

function formatLat(lat: number): string {
  return `${Math.abs(lat).toFixed(4)}° ${lat >= 0 ? 'N' : 'S'}`;
}
function formatLon(lon: number): string {
  return `${Math.abs(lon).toFixed(4)}° ${lon >= 0 ? 'E' : 'W'}`;
}
