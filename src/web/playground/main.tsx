// Browser entry of the offline GraphiQL playground. Bundled by tools/build-web.ts;
// every URL it touches is on the serving origin (no CDN, fonts are data: URLs in the CSS).
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useGraphiQL } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import type { Storage } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './playground.css';

interface TabDefinition {
  query: string;
  variables?: string;
  headers?: string;
}

// Injected by the build (esbuild `define`): the example questions printed at build
// time, the worker bundle URLs (content-hashed) and a hash of the tabs.
declare const __PLAYGROUND_TABS__: TabDefinition[];
declare const __PLAYGROUND_WORKERS__: { editor: string; json: string; graphql: string };
declare const __PLAYGROUND_TABS_HASH__: string;

// GraphiQL 5 edits with Monaco, which asks MonacoEnvironment for a worker per language
// label. The stock `graphiql/setup-workers/*` helpers rely on Vite `?worker` imports,
// webpack `new URL(..., import.meta.url)` or esm.sh (a CDN), none of which fit esbuild
// offline, so the build bundles the three workers as classic scripts and we point at them.
// This must be set before GraphiQL lazily imports monaco (it does so after first render).
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    const url =
      label === 'json'
        ? __PLAYGROUND_WORKERS__.json
        : label === 'graphql'
          ? __PLAYGROUND_WORKERS__.graphql
          : __PLAYGROUND_WORKERS__.editor;
    return new Worker(url, { name: `monaco-${label}` });
  },
};

// GraphiQL only uses `defaultTabs` when it has no tabs saved in storage, so a browser
// that opened an older build would never see new example questions. Namespacing the
// saved state by a hash of the examples resets the tabs whenever the examples change.
function namespacedLocalStorage(prefix: string): Storage {
  const keys = () => Object.keys(localStorage).filter((k) => k.startsWith(prefix));
  return {
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => keys().forEach((k) => localStorage.removeItem(k)),
    get length() {
      return keys().length;
    },
  };
}

// Same-origin endpoint: the page and the API are served by the same Node server; subscriptions
// go over a WebSocket to the same path (graphql-ws).
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
});

// Each example opens with its question as a comment, most of them wider than the editor:
// wrap long lines so the question reads in full instead of being cut at the editor's edge.
function WrapLongLines() {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  useEffect(() => queryEditor?.updateOptions({ wordWrap: 'on', wrappingIndent: 'same' }), [queryEditor]);
  return null;
}

// GraphiQL 5.4 opens each editor on the first tab's text, even when another tab was chosen while
// Monaco was still loading: that tab is then marked active over the first tab's question. When an
// editor first appears, it is given the active tab's text.
function OpenOnActiveTab() {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const tab = useGraphiQL((s) => s.tabs[s.activeTabIndex]);
  const show = (editor: typeof queryEditor, text: string | null | undefined) => {
    if (editor && tab && editor.getValue() !== (text ?? '')) editor.setValue(text ?? '');
  };
  // Only when an editor appears: later tab changes are GraphiQL's own.
  useEffect(() => show(queryEditor, tab?.query), [queryEditor]);
  useEffect(() => show(variableEditor, tab?.variables), [variableEditor]);
  return null;
}

const storage = namespacedLocalStorage(`newsgraph-${__PLAYGROUND_TABS_HASH__}:`);
// GraphiQL 5.4 fills the first tab's query editor from defaultTabs[0] but not its
// variables editor (initialVariables falls back to ""), so running the first tab at once
// would send no variables. With saved tabs it opens on the saved query and variables, and
// appends a tab when no saved tab has both; variables are not saved, so reopening on a tab
// with variables added a copy of it. Each start is given its active tab's own text.
const savedTabs = storage.getItem('graphiql:tabState');
const freshStart = savedTabs === null;
const startTab = freshStart ? __PLAYGROUND_TABS__[0] : savedActiveTab(savedTabs);

function savedActiveTab(json: string): TabDefinition | undefined {
  try {
    const saved = JSON.parse(json) as { tabs?: TabDefinition[]; activeTabIndex?: number };
    return saved.tabs?.[saved.activeTabIndex ?? 0];
  } catch {
    return undefined; // GraphiQL itself starts afresh from state it cannot read
  }
}

createRoot(document.getElementById('root')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={__PLAYGROUND_TABS__}
    initialQuery={freshStart ? undefined : (startTab?.query ?? undefined)}
    initialVariables={startTab?.variables ?? undefined}
    storage={storage}
    defaultEditorToolsVisibility
  >
    <WrapLongLines />
    <OpenOnActiveTab />
  </GraphiQL>,
);
