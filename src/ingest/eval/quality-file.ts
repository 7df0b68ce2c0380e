// docs/QUALITY.md: the dev set's section, rewritten by every eval, then one section per held-out
// set, written by that set's one scoring and carried over unchanged by every later run.

/** Each held-out set's section starts with its heading. */
export const HELD_OUT = {
  test: '**Held-out test set:**',
  'test-2': '**Second held-out test set (test-2):**',
  'test-3': '**Third held-out test set (test-3):**',
  'test-4': '**Fourth held-out test set (test-4):**',
  'test-5': '**Fifth held-out test set (test-5):**',
  'test-6': '**Sixth held-out test set (test-6):**',
  'test-7': '**Seventh held-out test set (test-7):**',
  'test-8': '**Eighth held-out test set (test-8):**',
  'test-9': '**Ninth held-out test set (test-9):**',
  'test-10': '**Tenth held-out test set (test-10):**',
  'test-11': '**Eleventh held-out test set (test-11):**',
  'test-12': '**Twelfth held-out test set (test-12):**',
  'test-13': '**Thirteenth held-out test set (test-13):**',
  'test-14': '**Fourteenth held-out test set (test-14):**',
  'test-15': '**Fifteenth held-out test set (test-15):**',
} as const;
export type HeldOutSet = keyof typeof HELD_OUT;
export const HELD_OUT_SETS = Object.keys(HELD_OUT) as HeldOutSet[];

const KEPT_NOTE =
  'Each held-out set is scored once (`npm run eval -- --held-out SET`); its section below is kept from that scoring and is not rescored while the dev set is.';

/** The held-out sections of a QUALITY.md as they stand, by set. */
export function heldOutSections(markdown: string): Map<HeldOutSet, string> {
  const starts = HELD_OUT_SETS.map((set) => ({ set, at: markdown.indexOf(HELD_OUT[set]) }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at);
  return new Map(starts.map(({ set, at }, i) => [set, markdown.slice(at, starts[i + 1]?.at ?? markdown.length).trimEnd()]));
}

/** The new file: the dev section, then the held-out sections of `before` in set order, `scored` replacing its own. */
export function composeQualityFile(devSection: string, before: string, scored?: { set: HeldOutSet; section: string }): string {
  const sections = heldOutSections(before);
  if (scored) sections.set(scored.set, scored.section.trimEnd());
  const kept = HELD_OUT_SETS.flatMap((set) => (sections.has(set) ? [sections.get(set) as string] : []));
  return [devSection.trimEnd(), ...(kept.length ? [KEPT_NOTE, ...kept] : [])].join('\n\n') + '\n';
}
