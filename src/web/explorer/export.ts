// Exports of the view for a report: the picture as SVG (built here from cytoscape's geometry:
// the cytoscape-svg package is GPL, this project MIT) and PNG, the data as GraphML, CSV and
// JSON-LD. Each carries the citations of the articles behind the claims drawn; all are made
// in the browser from what is drawn (filters applied), with no request but the claims' own.
import { KIND_STYLE, STATUS_STYLE, svgDash } from './encoding.js';
import type { Citation, ClaimStatus, EntityKind, Statement } from './types.js';

export interface DrawnNode {
  id: string;
  name: string;
  kind: EntityKind;
  subtype: string;
  /** Centre and size in the graph's own coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  predicate: string;
  status: ClaimStatus | null;
  claimId: string | null;
  /** The line as cytoscape draws it: its ends and bezier control points, graph coordinates. */
  points: { x: number; y: number }[];
}

/** What the graph view draws now. */
export interface DrawnView {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

/** The drawn view with the statements of its claims (evidence and articles). */
export interface ViewExport extends DrawnView {
  statements: Map<string, Statement>;
}

/** The articles behind the drawn claims, once each, oldest first. */
export function citedArticles(view: ViewExport): Citation[] {
  const byId = new Map<string, Citation>();
  for (const e of view.edges) {
    for (const ev of (e.claimId && view.statements.get(e.claimId)?.evidence) || []) byId.set(ev.article.id, ev.article);
  }
  return [...byId.values()].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id));
}

/** "AP, “Title”, 2020-11-09, https://…": what is known of an article, in citation order. */
export function citationText(a: Citation): string {
  return [a.publisher, a.title ? `“${a.title}”` : a.id, a.publishedAt, a.url].filter(Boolean).join(', ');
}

const speakers = (s: Statement | undefined) => s?.attributedTo.map((a) => a.name).join('; ') ?? '';
const citationsOf = (s: Statement | undefined) =>
  [...new Map((s?.evidence ?? []).map((e) => [e.article.id, e.article])).values()].map(citationText);

// ----- GraphML ------------------------------------------------------------------------------

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const NODE_KEYS = ['name', 'kind', 'subtype', 'x', 'y'] as const;
const EDGE_KEYS = ['predicate', 'status', 'statement', 'speaker', 'statedOn', 'statedVia', 'quote', 'citation'] as const;

export function toGraphML(view: ViewExport): string {
  const data = (key: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? '' : `<data key="${key}">${xml(String(value))}</data>`;
  const keys = [
    ...NODE_KEYS.map((k) => `<key id="${k}" for="node" attr.name="${k}" attr.type="${k === 'x' || k === 'y' ? 'double' : 'string'}"/>`),
    ...EDGE_KEYS.map((k) => `<key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '<key id="sources" for="graph" attr.name="sources" attr.type="string"/>',
  ];
  const nodes = view.nodes.map(
    (n) =>
      `<node id="${xml(n.id)}">${data('name', n.name)}${data('kind', n.kind)}${data('subtype', n.subtype)}${data('x', round(n.x))}${data('y', round(n.y))}</node>`,
  );
  const edges = view.edges.map((e) => {
    const s = e.claimId ? view.statements.get(e.claimId) : undefined;
    return (
      `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">` +
      data('predicate', e.predicate) +
      data('status', e.status) +
      data('statement', s?.statement) +
      data('speaker', speakers(s)) +
      data('statedOn', s?.statedOn?.value) +
      data('statedVia', s?.statedVia) +
      // Several quotes or articles, one a line.
      data('quote', s?.evidence.map((ev) => ev.quote).join('\n')) +
      data('citation', citationsOf(s).join('\n')) +
      '</edge>'
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  ${k}`),
    '  <graph id="newsgraph" edgedefault="directed">',
    `    ${data('sources', citedArticles(view).map(citationText).join('\n'))}`,
    ...nodes.map((n) => `    ${n}`),
    ...edges.map((e) => `    ${e}`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

// ----- CSV (RFC 4180) -----------------------------------------------------------------------

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(view: ViewExport): string {
  return csv(
    ['id', 'name', 'kind', 'subtype', 'x', 'y'],
    view.nodes.map((n) => [n.id, n.name, n.kind, n.subtype, round(n.x), round(n.y)]),
  );
}

/** One row per drawn claim, its articles cited in one cell (a line each). */
export function edgesCsv(view: ViewExport): string {
  return csv(
    ['id', 'source', 'target', 'predicate', 'status', 'statement', 'speaker', 'stated_on', 'stated_via', 'citations'],
    view.edges.map((e) => {
      const s = e.claimId ? view.statements.get(e.claimId) : undefined;
      return [e.id, e.source, e.target, e.predicate, e.status, s?.statement, speakers(s), s?.statedOn?.value, s?.statedVia, citationsOf(s).join('\n')];
    }),
  );
}

/** One row per quote of each drawn claim, with its sentence and article. */
export function claimsCsv(view: ViewExport): string {
  const rows = view.edges.flatMap((e) => {
    const s = e.claimId ? view.statements.get(e.claimId) : undefined;
    if (!s) return [];
    return s.evidence.map((ev) => [
      s.id,
      s.subject?.id,
      s.predicate,
      s.object?.id,
      s.status,
      s.statement,
      speakers(s),
      s.statedOn?.value,
      s.statedVia,
      s.confidence,
      ev.quote,
      ev.sentenceText,
      ev.article.id,
      ev.article.title,
      ev.article.publisher,
      ev.article.publishedAt,
      ev.article.url,
    ]);
  });
  return csv(
    [
      'claim_id',
      'subject',
      'predicate',
      'object',
      'status',
      'statement',
      'speaker',
      'stated_on',
      'stated_via',
      'confidence',
      'quote',
      'sentence',
      'article_id',
      'article_title',
      'publisher',
      'published_at',
      'url',
    ],
    rows,
  );
}

// ----- JSON-LD ------------------------------------------------------------------------------

/** schema.org where it has the term (Claim, NewsArticle, Quotation), the graph's own terms under ng:. */
const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  ng: 'urn:newsgraph:vocab:',
  kind: 'ng:kind',
  subtype: 'ng:subtype',
  claimSubject: { '@id': 'ng:subject', '@type': '@id' },
  claimObject: { '@id': 'ng:object', '@type': '@id' },
  predicate: 'ng:predicate',
  status: 'ng:status',
  statedVia: 'ng:statedVia',
  evidence: 'ng:evidence',
};

const SCHEMA_TYPE: Record<EntityKind, string> = { PLACE: 'Place', ACTOR: 'Thing', EVENT: 'Event', THING: 'Thing' };

export function toJsonLd(view: ViewExport): string {
  const entities = view.nodes.map((n) => ({ '@id': n.id, '@type': SCHEMA_TYPE[n.kind], name: n.name, kind: n.kind, subtype: n.subtype }));
  const claims = view.edges.flatMap((e) => {
    const s = e.claimId ? view.statements.get(e.claimId) : undefined;
    if (!s) return [];
    return [
      {
        '@id': s.id,
        '@type': 'Claim',
        text: s.statement,
        claimSubject: e.source,
        predicate: s.predicate,
        claimObject: e.target,
        status: s.status,
        author: s.attributedTo.map((a) => ({ '@id': a.id, name: a.name })),
        ...(s.statedOn ? { dateCreated: s.statedOn.value } : {}),
        ...(s.statedVia ? { statedVia: s.statedVia } : {}),
        appearance: [...new Set(s.evidence.map((ev) => ev.article.id))].map((id) => ({ '@id': id })),
        evidence: s.evidence.map((ev) => ({ '@type': 'Quotation', text: ev.quote, isPartOf: { '@id': ev.article.id } })),
      },
    ];
  });
  const articles = citedArticles(view).map((a) => ({
    '@id': a.id,
    '@type': 'NewsArticle',
    ...(a.title ? { headline: a.title } : {}),
    ...(a.publisher ? { publisher: { '@type': 'Organization', name: a.publisher } } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a.url ? { url: a.url } : {}),
  }));
  return JSON.stringify({ '@context': JSONLD_CONTEXT, '@graph': [...entities, ...claims, ...articles] }, null, 2) + '\n';
}

// ----- SVG ----------------------------------------------------------------------------------

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const MARGIN = 40;
const LINE = 16;

/**
 * The drawn picture as SVG, every node labelled (a vector picture is read zoomed in, so the
 * level-of-detail labels of the canvas do not apply), the cited articles listed under it.
 */
export function toSvg(view: ViewExport): string {
  const citations = citedArticles(view).map(citationText);
  // Labels are centred under their node, about 7 px a character at 12 px.
  const halfWidth = (n: DrawnNode) => Math.max(n.width / 2, n.name.length * 3.5);
  const points = view.edges.flatMap((e) => e.points);
  const xs = [...view.nodes.flatMap((n) => [n.x - halfWidth(n), n.x + halfWidth(n)]), ...points.map((p) => p.x)];
  const ys = [...view.nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 22]), ...points.map((p) => p.y)];
  const [x1, y1] = [Math.min(...xs) - MARGIN, Math.min(...ys) - MARGIN];
  // The citations run along the bottom, about 6.6 px a character at 12 px.
  const citationWidth = MARGIN + Math.max(0, ...citations.map((c) => c.length * 6.6));
  const width = Math.max(Math.max(...xs) + MARGIN - x1, citationWidth);
  const pictureHeight = Math.max(...ys) + MARGIN - y1;
  const height = pictureHeight + (citations.length ? LINE * (citations.length + 1) + MARGIN / 2 : 0);
  const statuses = [...new Set(view.edges.map((e) => e.status ?? 'UNKNOWN'))];

  const markers = statuses.map((st) => {
    const s = st === 'UNKNOWN' ? null : STATUS_STYLE[st as ClaimStatus];
    const colour = s?.colour ?? '#777777';
    const tee = s?.arrow === 'tee';
    const shape = tee ? `<path d="M1,0 L1,8" stroke="${colour}" stroke-width="2"/>` : `<path d="M0,0 L8,4 L0,8 z" fill="${colour}"/>`;
    // Sized in the picture's units, not the line's: CONFIRMED's 4 px line would quadruple it.
    return `<marker id="arrow-${st}" viewBox="0 0 8 8" refX="${tee ? 1 : 8}" refY="4" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto">${shape}</marker>`;
  });
  const edges = view.edges.map((e) => {
    const s = e.status ? STATUS_STYLE[e.status] : null;
    const colour = s?.colour ?? '#777777';
    const dash = s ? svgDash(s) : undefined;
    const mid = midpoint(e.points);
    const [a, b] = [e.points[0]!, e.points[e.points.length - 1]!];
    let angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
    if (angle > 90 || angle < -90) angle += 180;
    return (
      `<g class="edge" data-id="${xml(e.id)}" data-source="${xml(e.source)}" data-target="${xml(e.target)}" data-status="${e.status ?? ''}">` +
      `<path d="${pathOf(e.points)}" fill="none" stroke="${colour}" stroke-width="${s?.width ?? 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow-${e.status ?? 'UNKNOWN'})"/>` +
      `<text x="${round(mid.x)}" y="${round(mid.y)}" transform="rotate(${round(angle)} ${round(mid.x)} ${round(mid.y)})" text-anchor="middle" dy="-3" font-family="ui-monospace, monospace" font-size="9" fill="#2b3440">${xml(e.predicate)}</text>` +
      '</g>'
    );
  });
  const nodes = view.nodes.map((n) => {
    const k = KIND_STYLE[n.kind];
    const paint = `fill="${k?.fill ?? '#cccccc'}" stroke="${k?.border ?? '#555555'}" stroke-width="1.5"`;
    return (
      `<g class="node" data-id="${xml(n.id)}" data-kind="${n.kind}">` +
      shapeOf(k?.shape ?? 'ellipse', n, paint) +
      `<text x="${round(n.x)}" y="${round(n.y + n.height / 2 + 15)}" text-anchor="middle" font-family="${FONT}" font-size="12" fill="#1d232b">${xml(n.name)}</text>` +
      '</g>'
    );
  });
  const sources = citations.length
    ? `<g class="citations" font-family="${FONT}" font-size="12" fill="#1d232b">` +
      `<text x="${round(x1 + MARGIN / 2)}" y="${round(y1 + pictureHeight + LINE)}" font-weight="bold">Sources</text>` +
      citations
        .map((c, i) => `<text class="citation" x="${round(x1 + MARGIN / 2)}" y="${round(y1 + pictureHeight + LINE * (i + 2))}">${xml(c)}</text>`)
        .join('') +
      '</g>'
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x1)} ${round(y1)} ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}">`,
    `<title>newsgraph: ${view.nodes.length} entities, ${view.edges.length} claims</title>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect x="${round(x1)}" y="${round(y1)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    sources,
    '</svg>',
    '',
  ].join('\n');
}

function shapeOf(shape: string, n: DrawnNode, paint: string): string {
  const [w, h] = [n.width / 2, n.height / 2];
  const pts = (list: [number, number][]) => list.map(([dx, dy]) => `${round(n.x + dx * w)},${round(n.y + dy * h)}`).join(' ');
  switch (shape) {
    case 'round-rectangle':
      return `<rect x="${round(n.x - w)}" y="${round(n.y - h)}" width="${round(n.width)}" height="${round(n.height)}" rx="${round(Math.min(w, h) / 2)}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${pts([[0, -1], [1, 0], [0, 1], [-1, 0]])}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${pts([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]])}" ${paint}/>`;
    default:
      return `<ellipse cx="${round(n.x)}" cy="${round(n.y)}" rx="${round(w)}" ry="${round(h)}" ${paint}/>`;
  }
}

/** Cytoscape's bezier edges: a straight line, or quadratic curves through the midpoints of their control points. */
function pathOf(points: { x: number; y: number }[]): string {
  const p = points.map((q) => ({ x: round(q.x), y: round(q.y) }));
  const [start, end] = [p[0]!, p[p.length - 1]!];
  const controls = p.slice(1, -1);
  if (!controls.length) return `M${start.x},${start.y} L${end.x},${end.y}`;
  let d = `M${start.x},${start.y}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: round((c.x + next.x) / 2), y: round((c.y + next.y) / 2) } : end;
    d += ` Q${c.x},${c.y} ${to.x},${to.y}`;
  });
  return d;
}

function midpoint(points: { x: number; y: number }[]): { x: number; y: number } {
  if (points.length === 3) {
    // The middle of a quadratic curve: a quarter of each end and half the control point.
    const [a, c, b] = points as [{ x: number; y: number }, { x: number; y: number }, { x: number; y: number }];
    return { x: (a.x + 2 * c.x + b.x) / 4, y: (a.y + 2 * c.y + b.y) / 4 };
  }
  const [a, b] = [points[0]!, points[points.length - 1]!];
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

const round = (v: number) => Math.round(v * 10) / 10;

// ----- PNG ----------------------------------------------------------------------------------

/** The PNG is drawn at twice the graph's size, sharp when printed or zoomed. */
export const PNG_SCALE = 2;

/**
 * The picture as cytoscape renders it, with the cited articles written under it and kept in the
 * file as well (an iTXt "Description" chunk, UTF-8), so the image carries its sources.
 */
export async function pngWithCitations(picture: Blob, citations: string[]): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const scale = PNG_SCALE;
  const line = 18 * scale;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const font = `${13 * scale}px ${FONT}`;
  ctx.font = font;
  const widest = Math.max(0, ...citations.map((c) => ctx.measureText(c).width));
  // Resizing the canvas resets its context, so the font is set again below.
  canvas.width = Math.max(image.width, Math.ceil(widest + 24 * scale));
  canvas.height = image.height + (citations.length ? line * (citations.length + 1) + 12 * scale : 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.fillStyle = '#1d232b';
  ctx.font = `bold ${font}`;
  if (citations.length) ctx.fillText('Sources', 12 * scale, image.height + line);
  ctx.font = font;
  citations.forEach((c, i) => ctx.fillText(c, 12 * scale, image.height + line * (i + 2)));
  const drawn = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The browser could not encode the PNG'))), 'image/png'),
  );
  const bytes = new Uint8Array(await drawn.arrayBuffer());
  return new Blob([withTextChunk(bytes, 'Description', ['Sources:', ...citations].join('\n'))], { type: 'image/png' });
}

/** The PNG with an iTXt chunk (uncompressed, no language) inserted before its IEND chunk. */
function withTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const data = concat([enc.encode(keyword), new Uint8Array([0, 0, 0, 0, 0]), enc.encode(text)]);
  const type = enc.encode('iTXt');
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(type, 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(concat([type, data])));
  const iend = png.length - 12;
  return concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
