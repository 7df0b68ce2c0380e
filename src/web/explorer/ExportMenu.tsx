// The toolbar's Export menu: what is drawn (filters applied) as a picture or as data, each with
// the citations of its claims' articles, saved as a file by the browser.
import type { RefObject } from 'react';
import { api } from './api.js';
import {
  citationText,
  citedArticles,
  claimsCsv,
  edgesCsv,
  nodesCsv,
  pngWithCitations,
  toGraphML,
  toJsonLd,
  toSvg,
  type ViewExport,
} from './export.js';
import type { GraphViewHandle } from './GraphView.js';

interface Format {
  label: string;
  file: string;
  make(view: ViewExport, graph: GraphViewHandle): Blob | Promise<Blob>;
}

const text = (type: string) => (make: (view: ViewExport) => string) => (view: ViewExport) =>
  new Blob([make(view)], { type: `${type};charset=utf-8` });

const EXPORT_FORMATS: Format[] = [
  {
    label: 'Picture (PNG)',
    file: 'newsgraph-view.png',
    make: async (view, graph) => pngWithCitations(await graph.png(), citedArticles(view).map(citationText)),
  },
  { label: 'Picture (SVG)', file: 'newsgraph-view.svg', make: text('image/svg+xml')(toSvg) },
  { label: 'Graph (GraphML)', file: 'newsgraph-view.graphml', make: text('application/graphml+xml')(toGraphML) },
  { label: 'Entities (CSV)', file: 'newsgraph-nodes.csv', make: text('text/csv')(nodesCsv) },
  { label: 'Claims as edges (CSV)', file: 'newsgraph-edges.csv', make: text('text/csv')(edgesCsv) },
  { label: 'Claims with evidence (CSV)', file: 'newsgraph-claims.csv', make: text('text/csv')(claimsCsv) },
  { label: 'Linked data (JSON-LD)', file: 'newsgraph-view.jsonld', make: text('application/ld+json')(toJsonLd) },
];

interface Props {
  graph: RefObject<GraphViewHandle | null>;
  disabled: boolean;
  onStatus(text: string): void;
}

export function ExportMenu({ graph, disabled, onStatus }: Props) {
  const run = async (format: Format) => {
    const g = graph.current;
    if (!g) return;
    onStatus(`Exporting ${format.file}…`);
    try {
      const drawn = g.drawn();
      const claimIds = [...new Set(drawn.edges.flatMap((e) => (e.claimId ? [e.claimId] : [])))];
      const statements = await api.statementsById(claimIds);
      const view: ViewExport = { ...drawn, statements: new Map(statements.map((s) => [s.id, s])) };
      save(await format.make(view, g), format.file);
      const cited = citedArticles(view).length;
      onStatus(
        `Exported ${format.file}: ${drawn.nodes.length} entities, ${drawn.edges.length} claims, ` +
          `${cited} ${cited === 1 ? 'article' : 'articles'} cited.`,
      );
    } catch (err) {
      onStatus(`Could not export ${format.file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <details className="node-list export-menu">
      <summary aria-disabled={disabled}>Export</summary>
      <div className="node-list-popover" role="group" aria-label="Export the view">
        {EXPORT_FORMATS.map((f) => (
          <button key={f.file} type="button" className="link" disabled={disabled} onClick={() => void run(f)} data-file={f.file}>
            {f.label}
          </button>
        ))}
      </div>
    </details>
  );
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download reads the blob after click() returns; free it once that is surely done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
