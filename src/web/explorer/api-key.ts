// The curator's API key for this browser session. It lives in memory and in sessionStorage (so a
// reload keeps it, closing the tab forgets it), never in the URL or localStorage: a shared link,
// the history or another tab's session never carries it.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'newsgraph.explorer.apiKey';

function stored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off; the key then lasts as long as the page.
    return null;
  }
}

let current: string | null = stored();
const listeners = new Set<() => void>();

export function apiKey(): string | null {
  return current;
}

/** Sets the key (null forgets it) for every view of the page. */
export function setApiKey(key: string | null): void {
  current = key?.trim() || null;
  try {
    if (current) sessionStorage.setItem(STORAGE_KEY, current);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above: memory only.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session's key, re-rendering when it is set or forgotten. */
export function useApiKey(): string | null {
  return useSyncExternalStore(subscribe, apiKey);
}
