// Path finder: two entities, the shortest chain of claims between them (`path`, up to
// four hops), listed step by step with each claim's status and evidence; App highlights
// the chain in the graph.
import { PATH_MAX_HOPS } from './api.js';
import { EntitySearch } from './EntitySearch.js';
import type { EntityCard, Path } from './types.js';
import { Arrow, EntityButton, StatusBadge } from './widgets.js';

interface Props {
  from: EntityCard | null;
  to: EntityCard | null;
  /** undefined: not run yet; null: no chain found. */
  path: Path | null | undefined;
  loading: boolean;
  error: string | null;
  onSetEnd(end: 'from' | 'to', entity: EntityCard | null): void;
  onFind(): void;
  onSwap(): void;
  onClear(): void;
  onOpenClaim(id: string): void;
  onOpenEntity(id: string): void;
}

export function PathPanel(p: Props) {
  return (
    <section className="panel path-panel" aria-labelledby="path-heading">
      <h2 id="path-heading" className="panel-heading">
        Path finder
      </h2>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (p.from && p.to) p.onFind();
        }}
      >
        <EntitySearch
          label="From"
          placeholder="start entity"
          chosen={p.from}
          onChoose={(hit) => p.onSetEnd('from', hit)}
          onUnchoose={() => p.onSetEnd('from', null)}
          testId="path-from"
        />
        <EntitySearch
          label="To"
          placeholder="end entity"
          chosen={p.to}
          onChoose={(hit) => p.onSetEnd('to', hit)}
          onUnchoose={() => p.onSetEnd('to', null)}
          testId="path-to"
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={!p.from || !p.to || p.loading}>
            {p.loading ? 'Finding…' : 'Find path'}
          </button>
          <button type="button" onClick={p.onSwap} disabled={!p.from && !p.to} aria-label="Swap start and end">
            ⇅ Swap
          </button>
          <button type="button" onClick={p.onClear} disabled={!p.from && !p.to && p.path === undefined}>
            Clear
          </button>
        </div>
      </form>
      {p.error ? (
        <p role="alert" className="error">
          {p.error}
        </p>
      ) : null}
      <div aria-live="polite">
        {p.path === null ? (
          <p className="hint" data-testid="path-none">
            No chain of at most {PATH_MAX_HOPS} claims joins them.
          </p>
        ) : p.path ? (
          <>
            <p className="path-summary">
              {p.path.hops} {p.path.hops === 1 ? 'step' : 'steps'}, highlighted in the graph
            </p>
            <ol className="path-steps" data-testid="path-steps">
              {p.path.steps.map((s, i) => (
                <li
                  key={`${s.claim.id}-${i}`}
                  className="path-step"
                  data-testid="path-step"
                  data-from={s.from.id}
                  data-to={s.to.id}
                  data-claim-id={s.claim.id}
                >
                  <div className="claim-triple">
                    <EntityButton entity={s.from} onOpen={p.onOpenEntity} />{' '}
                    <Arrow predicate={s.predicate} reverse={s.direction === 'INCOMING'} />{' '}
                    <EntityButton entity={s.to} onOpen={p.onOpenEntity} />
                  </div>
                  <div className="claim-meta">
                    <StatusBadge status={s.claim.status} />
                    <button
                      type="button"
                      className="small evidence-button"
                      onClick={() => p.onOpenClaim(s.claim.id)}
                      aria-label={`Evidence: ${s.claim.statement}`}
                      title={s.claim.statement}
                    >
                      Evidence
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </section>
  );
}
