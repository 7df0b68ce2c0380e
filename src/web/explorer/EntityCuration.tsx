// Curating the selected entity from the details panel: a new alias, or another record of the same
// entity merged into this one (found by search, confirmed first, as there is no undo), then the
// entity's history. App reloads the details after a change, so the aliases and history shown are
// the server's.
import { useId, useState } from 'react';
import { useApiKey } from './api-key.js';
import { ApiKeyField } from './ApiKeyField.js';
import { curationApi } from './curation-api.js';
import { KIND_STYLE } from './encoding.js';
import { EntitySearch } from './EntitySearch.js';
import { RevisionHistory } from './RevisionHistory.js';
import type { EntityDetails, SearchHit } from './types.js';

type Curated = Pick<EntityDetails, 'id' | 'name' | 'kind' | 'revisions'>;

/** Give it `key={entity.id}` so another entity starts with empty forms. */
export function EntityCuration({ entity }: { entity: Curated }) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="curation" aria-label={`Curation of ${entity.name}`} data-testid="entity-curation">
      <details className="curate">
        <summary>Curate: add an alias, merge another entity into this one</summary>
        <ApiKeyField />
        <AliasForm entity={entity} onDone={setDone} />
        <MergeForm entity={entity} onDone={setDone} />
      </details>
      {done ? (
        <p role="status" className="hint curation-done">
          {done}
        </p>
      ) : null}
      <h3 className="subheading">
        History {entity.revisions.length ? <span className="count">{entity.revisions.length}</span> : null}
      </h3>
      <RevisionHistory revisions={entity.revisions} label={`History of ${entity.name}`} />
    </section>
  );
}

interface FormProps {
  entity: Curated;
  /** Says what was done. */
  onDone(what: string): void;
}

/** Sends `change`, keeping the server's refusal (shown as it comes) or saying what was done. */
function useChange(onDone: (what: string) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (change: () => Promise<string>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      onDone(await change());
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function AliasForm({ entity, onDone }: FormProps) {
  const key = useApiKey();
  const [alias, setAlias] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useChange(onDone);
  const aliasId = useId();
  const noteId = useId();
  return (
    <form
      className="curation-form"
      aria-label="Add alias"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await curationApi.addAlias(entity.id, alias.trim(), note);
          return `Added the alias “${alias.trim()}” to ${entity.name}.`;
        }).then((ok) => {
          if (!ok) return;
          setAlias('');
          setNote('');
        });
      }}
    >
      <h4 className="subheading">Add alias</h4>
      <label htmlFor={aliasId} className="field-label">
        Another name for {entity.name}
      </label>
      <input id={aliasId} className="curation-input" type="text" value={alias} maxLength={200} onChange={(e) => setAlias(e.target.value)} />
      <label htmlFor={noteId} className="field-label">
        Note (optional)
      </label>
      <input id={noteId} className="curation-input" type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <div className="actions curation-actions">
        <button type="submit" disabled={!key || busy || !alias.trim()}>
          Add alias
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function MergeForm({ entity, onDone }: FormProps) {
  const key = useApiKey();
  const [other, setOther] = useState<SearchHit | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const { busy, error, run } = useChange(onDone);
  const noteId = useId();
  const choose = (hit: SearchHit | null) => {
    setOther(hit);
    setConfirming(false);
  };
  // Said before asking the server, which would refuse the same.
  const problem = !other
    ? null
    : other.id === entity.id
      ? `That is ${entity.name} itself.`
      : other.kind !== entity.kind
        ? `Only entities of one kind merge: ${other.name} is ${article(KIND_STYLE[other.kind].label)}, ${entity.name} ${article(KIND_STYLE[entity.kind].label)}.`
        : null;
  const merge = (m: SearchHit) =>
    run(async () => {
      const done = await curationApi.mergeEntities(entity.id, m.id, note);
      return `Merged ${m.name} into ${entity.name}: ${done.movedClaims} claims and ${done.movedMentions} mentions moved.`;
    }).then((ok) => {
      if (!ok) return;
      choose(null);
      setNote('');
    });
  return (
    <div className="curation-form" role="group" aria-label="Merge another entity into this one">
      <h4 className="subheading">Merge another entity into this one</h4>
      <EntitySearch
        label={`The entity to merge into ${entity.name}`}
        placeholder="Search by name"
        chosen={other}
        onChoose={choose}
        onUnchoose={() => choose(null)}
        testId="merge-search"
      />
      <label htmlFor={noteId} className="field-label">
        Note (optional)
      </label>
      <input id={noteId} className="curation-input" type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      {problem ? <p className="hint">{problem}</p> : null}
      {other && !problem ? (
        confirming ? (
          <div className="confirm" role="group" aria-label="Confirm the merge">
            <p>
              Merge <strong>{other.name}</strong> (<code>{other.id}</code>) into <strong>{entity.name}</strong>? Its claims, mentions and
              names move here, and its id answers with {entity.name} from then on. There is no undo.
            </p>
            <div className="actions">
              <button type="button" className="danger" disabled={!key || busy} onClick={() => void merge(other)}>
                Merge
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="actions curation-actions">
            <button type="button" disabled={!key || busy} onClick={() => setConfirming(true)}>
              Merge {other.name} into {entity.name}…
            </button>
          </div>
        )
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** "a place", "an actor", "an event". */
function article(label: string): string {
  const word = label.toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
