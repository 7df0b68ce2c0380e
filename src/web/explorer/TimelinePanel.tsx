// Timeline: events in date order with how exact each date is, a page at a time; optionally only
// the events about the selection (`timeline(about:)`: located there, or with it as a participant).
import { useEffect, useRef, useState } from 'react';
import { api } from './api.js';
import { precisionWord } from './encoding.js';
import type { EntityCard, TimelineEvent } from './types.js';
import { KindIcon } from './widgets.js';

interface Props {
  selected: EntityCard | null;
  onlySelection: boolean;
  onToggleOnly(value: boolean): void;
  onOpenEntity(id: string): void;
}

export function TimelinePanel(p: Props) {
  const about = p.onlySelection && p.selected ? p.selected.id : null;
  const [events, setEvents] = useState<TimelineEvent[] | null>(null);
  const [totalCount, setTotalCount] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The filter shown now: a "More events" page fetched for an earlier one is dropped. */
  const shownAbout = useRef(about);

  useEffect(() => {
    const ctrl = new AbortController();
    shownAbout.current = about;
    setEvents(null);
    api
      .timeline(about, null, ctrl.signal)
      .then((page) => {
        setEvents(page.events);
        setTotalCount(page.totalCount);
        setNext(page.next);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
      });
    return () => ctrl.abort();
  }, [about]);

  const loadMore = () => {
    if (!next) return;
    const asked = about;
    setLoadingMore(true);
    api
      .timeline(asked, next)
      .then((page) => {
        if (shownAbout.current !== asked) return;
        setEvents((shown) => [...(shown ?? []), ...page.events]);
        setTotalCount(page.totalCount);
        setNext(page.next);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setLoadingMore(false));
  };

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="panel-heading">
        Timeline
      </h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={p.onlySelection}
          onChange={(e) => p.onToggleOnly(e.target.checked)}
          disabled={!p.selected && !p.onlySelection}
        />
        Only events about the selection{p.selected ? ` (${p.selected.name})` : ''}
      </label>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {events === null ? (
        <p className="hint">Loading…</p>
      ) : events.length === 0 ? (
        <p className="hint">No events{about ? ` about ${p.selected?.name}` : ''}.</p>
      ) : (
        <ol className="timeline" data-testid="timeline" aria-busy={events === null}>
          {events.map((ev) => (
            <li key={ev.id} className={`timeline-item${ev.id === p.selected?.id ? ' current' : ''}`} data-entity-id={ev.id}>
              <div className="timeline-date">
                {ev.date ? (
                  <>
                    <time dateTime={ev.date.value}>{ev.date.precision === 'APPROXIMATE' ? `≈ ${ev.date.value}` : ev.date.value}</time>
                    <span className="precision">{precisionWord(ev.date.precision)}</span>
                  </>
                ) : (
                  <span className="muted">undated</span>
                )}
              </div>
              <div className="timeline-what">
                <button type="button" className="link entity-link" onClick={() => p.onOpenEntity(ev.id)} title={ev.id}>
                  <KindIcon kind="EVENT" size={10} />
                  {ev.name}
                </button>
                <div className="muted small-text">
                  {ev.subtype}
                  {ev.location ? ` · ${ev.location.name}` : ''}
                  {ev.endDate ? ` · until ${ev.endDate.value}` : ''}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {events && next ? (
        <button type="button" className="link" onClick={loadMore} disabled={loadingMore}>
          More events ({events.length} of {totalCount} shown)
        </button>
      ) : null}
    </section>
  );
}
