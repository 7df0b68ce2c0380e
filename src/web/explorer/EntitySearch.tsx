// A search box over `search(text:, first:)`: any spelling ("Shusha" finds Shushi), results
// grouped by kind, chosen with the mouse or with arrow keys + Enter (ARIA combobox).
import { forwardRef, useEffect, useId, useMemo, useRef, useState } from 'react';
import { api } from './api.js';
import { KIND_STYLE, KINDS } from './encoding.js';
import type { EntityCard, SearchHit } from './types.js';
import { KindIcon } from './widgets.js';

interface Props {
  label: string;
  /** Visually hide the label (it still names the input). */
  hideLabel?: boolean;
  placeholder?: string;
  /** The entity currently chosen (path ends); its name fills the box. */
  chosen?: EntityCard | null;
  onChoose(hit: SearchHit): void;
  /** The text was edited away from the chosen entity's name. */
  onUnchoose?(): void;
  className?: string;
  testId?: string;
  /** Extra hint shown inside the box on the right ("/"). */
  kbdHint?: string;
}

const DEBOUNCE_MS = 120;

export const EntitySearch = forwardRef<HTMLInputElement, Props>(function EntitySearch(props, ref) {
  const base = useId();
  const listId = `${base}-list`;
  const [text, setText] = useState(props.chosen?.name ?? '');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const lastQueried = useRef('');

  // Follow the chosen entity (set elsewhere, e.g. "Set as path start").
  useEffect(() => {
    if (props.chosen) setText(props.chosen.name);
  }, [props.chosen?.id]);

  const query = text.trim();
  useEffect(() => {
    if (!query || (props.chosen && query === props.chosen.name)) {
      setHits(null);
      setLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    const timer = window.setTimeout(() => {
      api
        .search(query, ctrl.signal)
        .then((result) => {
          lastQueried.current = query;
          setHits(result);
          setError(null);
          setActive(0);
        })
        .catch((err: unknown) => {
          if (!ctrl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
        })
        .finally(() => {
          if (!ctrl.signal.aborted) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      ctrl.abort();
      window.clearTimeout(timer);
    };
  }, [query]);

  // Grouped by kind; `ordered` is the display order the arrow keys walk through.
  const groups = useMemo(
    () => KINDS.map((kind) => ({ kind, hits: (hits ?? []).filter((h) => h.kind === kind) })).filter((g) => g.hits.length),
    [hits],
  );
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const showList = open && query.length > 0 && (hits !== null || !!error);
  const optionId = (i: number) => `${base}-opt-${i}`;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    props.onChoose(hit);
    // Path pickers show the chosen name; the page search keeps what was typed.
    if (props.chosen !== undefined) setText(hit.name);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else if (ordered.length) setActive((i) => (i + 1) % ordered.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (ordered.length) setActive((i) => (i - 1 + ordered.length) % ordered.length);
    } else if (e.key === 'Enter') {
      if (showList && ordered.length) {
        e.preventDefault();
        choose(ordered[active]);
      }
    } else if (e.key === 'Escape') {
      if (showList) {
        // Close the list only; a second Escape reaches the page (closes the evidence view).
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    }
  };

  let offset = 0;
  return (
    <div className={`entity-search ${props.className ?? ''}`} data-testid={props.testId}>
      <label htmlFor={`${base}-input`} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      <div className="search-box">
        <input
          ref={ref}
          id={`${base}-input`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && ordered.length ? optionId(active) : undefined}
          placeholder={props.placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            if (props.chosen && e.target.value !== props.chosen.name) props.onUnchoose?.();
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {props.kbdHint && !text ? (
          <kbd className="kbd-hint" aria-hidden="true">
            {props.kbdHint}
          </kbd>
        ) : null}
        {loading && showList ? <span className="spinner" aria-hidden="true" /> : null}
      </div>
      <div id={listId} role="listbox" aria-label={`${props.label}: results`} className="search-results" hidden={!showList}>
        {error ? (
          <div className="search-empty" role="alert">
            {error}
          </div>
        ) : ordered.length === 0 ? (
          <div className="search-empty">No entity matches “{lastQueried.current || query}”.</div>
        ) : (
          groups.map((g) => {
            const headingId = `${base}-group-${g.kind}`;
            const start = offset;
            offset += g.hits.length;
            return (
              <div key={g.kind} role="group" aria-labelledby={headingId} className="search-group" data-kind={g.kind}>
                <div id={headingId} className="search-group-heading" role="presentation">
                  <KindIcon kind={g.kind} /> {KIND_STYLE[g.kind].plural}
                </div>
                {g.hits.map((hit, j) => {
                  const i = start + j;
                  const alias = matchedAlias(hit, query);
                  return (
                    <div
                      key={hit.id}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      data-entity-id={hit.id}
                      className={`search-option${i === active ? ' active' : ''}`}
                      onMouseDown={(e) => e.preventDefault()}
                      onMouseEnter={() => setActive(i)}
                      onClick={() => choose(hit)}
                    >
                      <span className="option-name">{hit.name}</span>
                      {alias ? <span className="option-alias"> (also “{alias}”)</span> : null}
                      <span className="option-subtype">{hit.subtype}</span>
                    </div>
                  );
                })}
              </div>
            );
          })
        )}
      </div>
    </div>
  );
});

/** Case- and accent-insensitive form, as the server matches. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** The alias that made a hit match when its name alone does not ("Shusha" for Shushi). */
function matchedAlias(hit: SearchHit, query: string): string | null {
  const q = fold(query);
  if (!q || fold(hit.name).includes(q)) return null;
  return hit.aliases.find((a) => fold(a).includes(q)) ?? null;
}
