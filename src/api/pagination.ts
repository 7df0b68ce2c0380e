// Relay cursors and the page-size rules shared by every connection field.
import type { Page } from '../store/port.js';
import { badUserInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

const PREFIX = 'cursor:v1:';

/** Opaque to clients, stable for us: the id of the last item seen (keyset pagination). */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, argument = 'after'): string | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(PREFIX) || decoded.length === PREFIX.length) {
    throw badUserInput(`"${argument}" is not a cursor from this API: pass the endCursor (or an edge's cursor) of a previous page`, argument);
  }
  return decoded.slice(PREFIX.length);
}

/** `first` within 0..max, or a BAD_USER_INPUT naming the range (never silently clamped). */
export function checkFirst(first: number | null | undefined, fallback: number, argument = 'first', max = MAX_PAGE_SIZE): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badUserInput(`"${argument}" must be between 0 and ${max}, got ${value}`, argument);
  }
  return value;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** A Relay connection from a page of ids and the loaded nodes (same order). */
export function toConnection<T>(page: Page<string>, nodes: (T | null)[], hadCursor: boolean): Connection<T> {
  const edges = page.items.flatMap((id, i) => (nodes[i] ? [{ cursor: encodeCursor(id), node: nodes[i] as T }] : []));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/** Keyset page over an in-memory, id-ordered list (per-entity claim lists). */
export function pageFromIds(ids: readonly string[], first: number, after: string | undefined): Page<string> {
  const start = after === undefined ? 0 : ids.findIndex((id) => id > after);
  const rest = start === -1 ? [] : ids.slice(start);
  return { items: rest.slice(0, first), totalCount: ids.length, hasNextPage: rest.length > first };
}
