// Facet filters (facets.ts): entity kinds and subtypes; claim statuses, sources, origins, a
// minimum confidence and the days they were reported; each value with how many of the graph's
// entities or claims it holds. Hidden ones stay in the graph (and the URL says which are hidden),
// so showing them again needs no request.
import { CONFIDENCE_STEPS, isFiltering, type FacetCounts, type Facets } from './facets.js';
import { KIND_STYLE, KINDS, ORIGIN_STYLE, ORIGINS, STATUS_STYLE, STATUSES } from './encoding.js';
import { KindIcon, StatusLine } from './widgets.js';

interface Props {
  counts: FacetCounts;
  facets: Facets;
  onChange(facets: Facets): void;
  onShowAll(): void;
}

/** `list` with `value` taken out (shown) or put in (hidden), in the order of `order` or sorted. */
function toggled<T extends string>(list: readonly T[], value: T, shown: boolean, order?: readonly T[]): T[] {
  const next = shown ? list.filter((v) => v !== value) : [...list, value];
  return order ? order.filter((v) => next.includes(v)) : [...new Set(next)].sort();
}

export function FilterPanel({ counts, facets, onChange, onShowAll }: Props) {
  const set = (patch: Partial<Facets>) => onChange({ ...facets, ...patch });
  const steps = [...new Set([...CONFIDENCE_STEPS, ...(facets.minConfidence !== null ? [facets.minConfidence] : [])])].sort((a, b) => a - b);
  const firstDay = counts.days[0]?.day ?? '';
  const lastDay = counts.days[counts.days.length - 1]?.day ?? '';
  // An end left empty is the graph's first or last reporting day; both empty is no range.
  const setReported = (from: string, to: string) => {
    if (!from && !to) return set({ reported: null });
    const [a, b] = [from || firstDay || to, to || lastDay || from];
    set({ reported: a <= b ? { from: a, to: b } : { from: b, to: a } });
  };
  return (
    <section className="panel filter-panel" aria-labelledby="filter-heading" data-testid="filters">
      <h2 id="filter-heading" className="panel-heading">
        Filters
      </h2>
      <fieldset className="facet">
        <legend>Entities</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="facet-option" data-facet="kind" data-value={kind} data-count={counts.kinds[kind]}>
            <input
              type="checkbox"
              checked={!facets.hideKinds.includes(kind)}
              onChange={(e) => set({ hideKinds: toggled(facets.hideKinds, kind, e.target.checked, KINDS) })}
            />
            <KindIcon kind={kind} size={11} />
            {KIND_STYLE[kind].plural}
            <span className="facet-count">{counts.kinds[kind]}</span>
          </label>
        ))}
      </fieldset>
      {counts.subtypes.length || facets.hideSubtypes.length ? (
        <fieldset className="facet facet-long">
          <legend>Subtypes</legend>
          {counts.subtypes.map(({ subtype, kind, count }) => (
            <label key={subtype} className="facet-option" data-facet="subtype" data-value={subtype} data-count={count}>
              <input
                type="checkbox"
                checked={!facets.hideSubtypes.includes(subtype)}
                onChange={(e) => set({ hideSubtypes: toggled(facets.hideSubtypes, subtype, e.target.checked) })}
              />
              <KindIcon kind={kind} size={9} />
              {subtype}
              <span className="facet-count">{count}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="facet">
        <legend>Claims</legend>
        {STATUSES.map((status) => (
          <label
            key={status}
            className="facet-option"
            data-facet="status"
            data-value={status}
            data-count={counts.statuses[status]}
            title={STATUS_STYLE[status].description}
          >
            <input
              type="checkbox"
              checked={!facets.hideStatuses.includes(status)}
              onChange={(e) => set({ hideStatuses: toggled(facets.hideStatuses, status, e.target.checked, STATUSES) })}
            />
            <StatusLine status={status} width={18} />
            {STATUS_STYLE[status].label}
            <span className="facet-count">{counts.statuses[status]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Sources</legend>
        {counts.sources.length ? null : <p className="hint">No publisher named yet.</p>}
        {counts.sources.map(({ name, count }) => (
          <label key={name} className="facet-option" data-facet="source" data-value={name} data-count={count} title="Claims its articles report">
            <input
              type="checkbox"
              checked={!facets.hideSources.includes(name)}
              onChange={(e) => set({ hideSources: toggled(facets.hideSources, name, e.target.checked) })}
            />
            {name}
            <span className="facet-count">{count}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Origin</legend>
        {ORIGINS.map((origin) => (
          <label
            key={origin}
            className="facet-option"
            data-facet="origin"
            data-value={origin}
            data-count={counts.origins[origin]}
            title={ORIGIN_STYLE[origin].description}
          >
            <input
              type="checkbox"
              checked={!facets.hideOrigins.includes(origin)}
              onChange={(e) => set({ hideOrigins: toggled(facets.hideOrigins, origin, e.target.checked, ORIGINS) })}
            />
            {ORIGIN_STYLE[origin].label}
            <span className="facet-count">{counts.origins[origin]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Confidence</legend>
        <label className="facet-field">
          At least
          <select
            aria-label="Minimum confidence"
            value={facets.minConfidence === null ? '' : String(facets.minConfidence)}
            onChange={(e) => set({ minConfidence: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="" data-facet="confidence" data-value="" data-count={counts.rated}>
              any ({counts.rated})
            </option>
            {steps.map((min) => (
              <option key={min} value={String(min)} data-facet="confidence" data-value={min} data-count={counts.atLeast(min)}>
                {min} ({counts.atLeast(min)})
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="facet">
        <legend>Reported</legend>
        <div className="facet-dates">
          <label className="facet-field">
            from
            <input
              type="date"
              aria-label="Reported from"
              value={facets.reported?.from ?? ''}
              onChange={(e) => setReported(e.target.value, facets.reported?.to ?? '')}
            />
          </label>
          <label className="facet-field">
            to
            <input type="date" aria-label="Reported to" value={facets.reported?.to ?? ''} onChange={(e) => setReported(facets.reported?.from ?? '', e.target.value)} />
          </label>
        </div>
        <ul className="plain facet-days" aria-label="Days claims were reported">
          {counts.days.map(({ day, count }) => (
            <li key={day} data-facet="reported" data-value={day} data-count={count}>
              <button
                type="button"
                className="link"
                aria-pressed={facets.reported?.from === day && facets.reported.to === day}
                onClick={() => set({ reported: { from: day, to: day } })}
              >
                {day}
              </button>
              <span className="facet-count">{count}</span>
            </li>
          ))}
        </ul>
        {facets.reported ? (
          <p className="hint" data-testid="reported-count">
            {counts.inRange} {counts.inRange === 1 ? 'claim' : 'claims'} reported in the range{' '}
            <button type="button" className="link" onClick={() => set({ reported: null })}>
              Any day
            </button>
          </p>
        ) : null}
      </fieldset>
      {isFiltering(facets) ? (
        <button type="button" className="small" onClick={onShowAll}>
          Show all
        </button>
      ) : null}
    </section>
  );
}
