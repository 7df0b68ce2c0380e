// Where the curator gives the API key, once per browser session (api-key.ts). Every curation
// control shows it, so the key is entered where the first change is made; once given, it says so
// and offers to forget it (to enter another).
import { useId, useState } from 'react';
import { setApiKey, useApiKey } from './api-key.js';

export function ApiKeyField() {
  const key = useApiKey();
  const [draft, setDraft] = useState('');
  const inputId = useId();
  if (key) {
    return (
      <p className="api-key-set hint" data-testid="api-key-set">
        Changes go with your API key (kept for this browser session).{' '}
        <button type="button" className="link" onClick={() => setApiKey(null)}>
          Forget key
        </button>
      </p>
    );
  }
  return (
    <form
      className="api-key-field"
      data-testid="api-key-field"
      onSubmit={(e) => {
        e.preventDefault();
        setApiKey(draft);
        setDraft('');
      }}
    >
      <label htmlFor={inputId} className="field-label">
        API key
      </label>
      <div className="inline-form">
        <input id={inputId} type="password" autoComplete="off" spellCheck={false} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" disabled={!draft.trim()}>
          Use key
        </button>
      </div>
      <p className="hint">Changes to the graph need an API key; it is kept for this browser session only, never in the link.</p>
    </form>
  );
}
