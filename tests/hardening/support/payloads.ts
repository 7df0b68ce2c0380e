// Hostile strings: Cypher injection attempts and text that breaks naive string handling. Every
// user string must reach the store as a parameter, so none of these may change what is stored.

export const INJECTION_PAYLOADS: readonly string[] = [
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "' OR 1=1 //",
  '" OR 1=1 //',
  "x' RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  '`Entity`',
  'place:shushi` SET n.name = "pwned" //',
  '$param',
  '$ids',
  '{ids}',
  "\\' MATCH (n) SET n.name = 'x' //",
  '\u2018 OR 1=1 //\u2019', // ‘ ’ typographic quotes
  '\u201C}) MATCH (n) DETACH DELETE n //\u201D', // “ ”
  '\u02BC OR \u02BC1\u02BC=\u02BC1', // modifier-letter apostrophes
  '/* */ MATCH (n) DETACH DELETE n',
  'CALL db.clearQueryCaches()',
  ';DROP TABLE Entity;',
  'place:shushi\u0000MATCH (n) DETACH DELETE n',
  '\\u0027 OR 1=1',
  '%27%20OR%201%3D1',
  'x'.repeat(10_000) + '" }) DETACH DELETE n //',
];

/** Unicode that trips encoders, normalisers and log lines. */
export const UNICODE_EDGE_CASES: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // lone high surrogate
  'x\uDC00y', // lone low surrogate
  '\u202Eevil\u202C', // right-to-left override
  '\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645', // Hebrew and Arabic
  '\u200B\u200C\u200D\u2060\uFEFF', // zero-width characters and BOM
  'e\u0301\u0301\u0301', // stacked combining marks
  '\u{1F600}\u{1F1E6}\u{1F1F2}', // emoji and a flag
  '\uFFFD\uFFFE\uFFFF',
  '\r\n\t\u000B\u000C\u0085\u2028\u2029',
  'Şuşa', // a real alias, with diacritics
];
