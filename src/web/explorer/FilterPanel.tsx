// Facet filters (facets.ts): entity kinds and subtypes; claim statuses, sources, origins, review
// verdicts, a minimum confidence and the days they were reported; each value with how many of the
// graph's entities or claims it holds. Hidden ones stay in the graph (and the URL says which are
// hidden), so showing them again needs no request; only rejected claims, which the API leaves out
// unless asked, are asked for when Rejected is ticked.
import type { ReactNode } from 'react';
import { CONFIDENCE_STEPS, isFiltering, type FacetCounts, type Facets } from './facets.js';
import { KIND_STYLE, KINDS, ORIGIN_STYLE, ORIGINS, STATUS_STYLE, STATUSES, VERDICT_STYLE, VERDICTS } from './encoding.js';
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

/** One value of a checkbox facet: shown while ticked, with its count (the data-* attributes are what tests read). */
function FacetOption(p: { facet: string; value: string; count: number; shown: boolean; title?: string; onShow(shown: boolean): void; children: ReactNode }) {
  return (
    <label className="facet-option" data-facet={p.facet} data-value={p.value} data-count={p.count} title={p.title}>
      <input type="checkbox" checked={p.shown} onChange={(e) => p.onShow(e.target.checked)} />
      {p.children}
      <span className="facet-count">{p.count}</span>
    </label>
  );
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
          <FacetOption
            key={kind}
            facet="kind"
            value={kind}
            count={counts.kinds[kind]}
            shown={!facets.hideKinds.includes(kind)}
            onShow={(shown) => set({ hideKinds: toggled(facets.hideKinds, kind, shown, KINDS) })}
          >
            <KindIcon kind={kind} size={11} />
            {KIND_STYLE[kind].plural}
          </FacetOption>
        ))}
      </fieldset>
      {counts.subtypes.length || facets.hideSubtypes.length ? (
        <fieldset className="facet facet-long">
          <legend>Subtypes</legend>
          {counts.subtypes.map(({ subtype, kind, count }) => (
            <FacetOption
              key={subtype}
              facet="subtype"
              value={subtype}
              count={count}
              shown={!facets.hideSubtypes.includes(subtype)}
              onShow={(shown) => set({ hideSubtypes: toggled(facets.hideSubtypes, subtype, shown) })}
            >
              <KindIcon kind={kind} size={9} />
              {subtype}
            </FacetOption>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="facet">
        <legend>Claims</legend>
        {STATUSES.map((status) => (
          <FacetOption
            key={status}
            facet="status"
            value={status}
            count={counts.statuses[status]}
            title={STATUS_STYLE[status].description}
            shown={!facets.hideStatuses.includes(status)}
            onShow={(shown) => set({ hideStatuses: toggled(facets.hideStatuses, status, shown, STATUSES) })}
          >
            <StatusLine status={status} width={18} />
            {STATUS_STYLE[status].label}
          </FacetOption>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Sources</legend>
        {counts.sources.length ? null : <p className="hint">No publisher named yet.</p>}
        {counts.sources.map(({ name, count }) => (
          <FacetOption
            key={name}
            facet="source"
            value={name}
            count={count}
            title="Claims its articles report"
            shown={!facets.hideSources.includes(name)}
            onShow={(shown) => set({ hideSources: toggled(facets.hideSources, name, shown) })}
          >
            {name}
          </FacetOption>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Origin</legend>
        {ORIGINS.map((origin) => (
          <FacetOption
            key={origin}
            facet="origin"
            value={origin}
            count={counts.origins[origin]}
            title={ORIGIN_STYLE[origin].description}
            shown={!facets.hideOrigins.includes(origin)}
            onShow={(shown) => set({ hideOrigins: toggled(facets.hideOrigins, origin, shown, ORIGINS) })}
          >
            {ORIGIN_STYLE[origin].label}
          </FacetOption>
        ))}
      </fieldset>
      <fieldset className="facet">
        <legend>Review</legend>
        {VERDICTS.map((verdict) => (
          <FacetOption
            key={verdict}
            facet="verdict"
            value={verdict}
            count={counts.verdicts[verdict]}
            title={VERDICT_STYLE[verdict].description}
            shown={facets.verdicts.includes(verdict)}
            onShow={(shown) => set({ verdicts: toggled(facets.verdicts, verdict, !shown, VERDICTS) })}
          >
            {VERDICT_STYLE[verdict].label}
          </FacetOption>
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
