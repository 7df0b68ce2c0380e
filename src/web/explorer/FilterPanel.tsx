// Facet filters: which entity kinds and claim statuses the graph shows, each with how many
// of the graph's entities or claims it holds. Hidden ones stay in the graph (and the URL says
// which are hidden), so showing them again needs no request.
import { KIND_STYLE, KINDS, STATUS_STYLE, STATUSES } from './encoding.js';
import type { ClaimStatus, EntityKind } from './types.js';
import { KindIcon, StatusLine } from './widgets.js';

interface Props {
  kindCounts: Record<EntityKind, number>;
  statusCounts: Record<ClaimStatus, number>;
  hiddenKinds: readonly EntityKind[];
  hiddenStatuses: readonly ClaimStatus[];
  onToggleKind(kind: EntityKind, shown: boolean): void;
  onToggleStatus(status: ClaimStatus, shown: boolean): void;
  onShowAll(): void;
}

export function FilterPanel(p: Props) {
  const hiding = p.hiddenKinds.length + p.hiddenStatuses.length > 0;
  return (
    <section className="panel filter-panel" aria-labelledby="filter-heading" data-testid="filters">
      <h2 id="filter-heading" className="panel-heading">
        Filters
      </h2>
      <fieldset className="facet">
        <legend>Entities</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="facet-option" data-facet="kind" data-value={kind} data-count={p.kindCounts[kind]}>
            <input
              type="checkbox"
              checked={!p.hiddenKinds.includes(kind)}
              onChange={(e) => p.onToggleKind(kind, e.target.checked)}
            />
            <KindIcon kind={kind} size={11} />
            {KIND_STYLE[kind].plural}
            <span className="facet-count">{p.kindCounts[kind]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Claims</legend>
        {STATUSES.map((status) => (
          <label
            key={status}
            className="facet-option"
            data-facet="status"
            data-value={status}
            data-count={p.statusCounts[status]}
            title={STATUS_STYLE[status].description}
          >
            <input
              type="checkbox"
              checked={!p.hiddenStatuses.includes(status)}
              onChange={(e) => p.onToggleStatus(status, e.target.checked)}
            />
            <StatusLine status={status} width={18} />
            {STATUS_STYLE[status].label}
            <span className="facet-count">{p.statusCounts[status]}</span>
          </label>
        ))}
      </fieldset>
      {hiding ? (
        <button type="button" className="small" onClick={p.onShowAll}>
          Show all
        </button>
      ) : null}
    </section>
  );
}
