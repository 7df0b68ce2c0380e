// Reading a sentence's dependency graphs: who governs whom by which relation, and the span of a
// phrase (a head with everything below it in the basic tree).
import type { NlpSentence, NlpToken } from './document.js';

export interface Edge {
  dep: string;
  token: number;
}

export class SentenceGraph {
  private readonly down = new Map<number, Edge[]>();
  private readonly up = new Map<number, Edge[]>();
  private readonly treeDown = new Map<number, number[]>();
  private readonly treeUp = new Map<number, Edge>();

  constructor(readonly sentence: NlpSentence) {
    for (const d of sentence.dependencies) {
      push(this.down, d.governor, { dep: d.dep, token: d.dependent });
      push(this.up, d.dependent, { dep: d.dep, token: d.governor });
    }
    for (const d of sentence.tree) {
      push(this.treeDown, d.governor, d.dependent);
      this.treeUp.set(d.dependent, { dep: d.dep, token: d.governor });
    }
  }

  token(index: number): NlpToken {
    return this.sentence.tokens[index - 1];
  }

  /** Whether a verb is passive ("were killed", "was seized"). */
  passive(verb: number): boolean {
    return this.children(verb, ['aux:pass', 'nsubj:pass']).length > 0;
  }

  /** Dependents of `head` whose relation is one of `deps` (exact, or "obl:*" for every obl:…). */
  children(head: number, deps?: readonly string[]): Edge[] {
    const all = this.down.get(head) ?? [];
    return deps ? all.filter((e) => deps.some((d) => matches(e.dep, d))) : all;
  }

  parents(token: number, deps?: readonly string[]): Edge[] {
    const all = this.up.get(token) ?? [];
    return deps ? all.filter((e) => deps.some((d) => matches(e.dep, d))) : all;
  }

  /** Dependents of `head` in the basic tree. */
  treeChildren(head: number): readonly number[] {
    return this.treeDown.get(head) ?? [];
  }

  /** The basic-tree governor and its relation; undefined at the root. */
  treeParent(token: number): Edge | undefined {
    const p = this.treeUp.get(token);
    return p && p.token > 0 ? p : undefined;
  }

  /** Token range [first, last] of the phrase headed by `head`, without the subtrees rooted at `exclude`. */
  span(head: number, exclude: ReadonlySet<number> = new Set()): [number, number] {
    let first = head;
    let last = head;
    const stack = [head];
    while (stack.length) {
      const t = stack.pop()!;
      for (const c of this.treeDown.get(t) ?? []) {
        if (exclude.has(c)) continue;
        first = Math.min(first, c);
        last = Math.max(last, c);
        stack.push(c);
      }
    }
    return [first, last];
  }

  /** Is `token` inside the phrase headed by `head`? */
  dominates(head: number, token: number): boolean {
    for (let t: number | undefined = token; t !== undefined && t > 0; t = this.treeUp.get(t)?.token) if (t === head) return true;
    return false;
  }
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function matches(dep: string, wanted: string): boolean {
  return dep === wanted || (wanted.endsWith(':*') && dep.startsWith(wanted.slice(0, -1)));
}
