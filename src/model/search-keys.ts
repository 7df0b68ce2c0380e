// Search keys are computed once, at write time, so both stores match spellings with the same plain
// equality and prefix tests on an index, and rank them alike.

// Letters that Unicode does not decompose into a base letter plus a mark.
const FOLD: Record<string, string> = {
  ə: 'a', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
  ʼ: '', '’': '', "'": '', 'ʻ': '', '`': '',
};

const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Lower case, no diacritics, no punctuation, single spaces: "Şuşa" → "susa", "Nagorno-Karabakh" → "nagorno karabakh". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(FOLD_PATTERN, (ch) => FOLD[ch] ?? ch)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A coarse phonetic skeleton so transliteration variants meet: drop h, vowels and y after the
 * first letter, collapse doubles ("Pogosian" and "Poghosyan" → "pgsn", "Stepanakert" → "stpnkrt").
 * Used only as a low-ranked fallback.
 */
export function skeletonKey(text: string): string {
  const normal = normalizeName(text);
  return normal
    .split(' ')
    .map((word) => {
      const head = word.slice(0, 1);
      const tail = word.slice(1).replace(/[aeiouyh]/g, '');
      return (head + tail).replace(/(.)\1+/g, '$1');
    })
    .join(' ');
}

/** All keys an entity is found by: normalised name and aliases, and their skeletons (prefixed "~"). */
export function searchKeysFor(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const label of [name, ...aliases]) {
    const normal = normalizeName(label);
    if (!normal) continue;
    keys.add(normal);
    const skeleton = skeletonKey(label);
    // Short skeletons ("s" for Shushi) would match half the gazetteer.
    if (skeleton.replace(/ /g, '').length >= 3) keys.add(`~${skeleton}`);
  }
  return [...keys];
}

/** How a search hit matched, best first (the store's rank: 0 exact … 3 similar spelling). */
export const MATCH_KINDS = ['EXACT', 'PREFIX', 'WORD_PREFIX', 'SIMILAR'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/**
 * Which of an entity's labels (name first, then aliases) a search for `text` matched at `rank`: the
 * same tests the stores' search keys make. The name when none does (a key written by an older
 * version, say).
 */
export function matchedLabel(labels: readonly string[], text: string, rank: number): string {
  const normal = normalizeName(text);
  const skeleton = skeletonKey(text);
  const tests: ((label: string) => boolean)[] = [
    (label) => normalizeName(label) === normal,
    (label) => normalizeName(label).startsWith(normal),
    (label) => ` ${normalizeName(label)}`.includes(` ${normal}`),
    (label) => skeletonKey(label) === skeleton,
  ];
  const test = tests[rank];
  return (test && labels.find(test)) ?? labels[0];
}
