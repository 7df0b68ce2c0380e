// The embedded store's tables, as numbered migrations. `PRAGMA user_version` records how many have
// run; opening a database runs the ones it has not seen, each in its own transaction.
//
// Columns are named as the flat rows of src/store/rows.ts, so a `SELECT *` row feeds rowToEntity
// and friends directly. A claim's edge between entities is the claim row itself (subjectId →
// objectId), so there is no edge table to keep in step. References are deferred foreign keys: a
// batch may name an entity before the row that creates it, and the check runs at COMMIT.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE article (
    id TEXT PRIMARY KEY,
    title TEXT, publisher TEXT, publishedAt TEXT, url TEXT,
    text TEXT NOT NULL, contentHash TEXT NOT NULL, sentences TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, supersedes TEXT
  ); -- a rowid table: an article's text is too large a row for WITHOUT ROWID's B-tree leaves
  CREATE INDEX article_hash ON article (contentHash);
  CREATE INDEX article_url ON article (url, version);

  CREATE TABLE entity (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL, subtype TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL,
    description TEXT, source TEXT, provisional INTEGER NOT NULL, role TEXT,
    lat REAL, lon REAL, locSource TEXT, locPrecision TEXT,
    counterpartId TEXT REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    eventType TEXT, dateValue TEXT, datePrecision TEXT, dateExpression TEXT,
    endDateValue TEXT, endDatePrecision TEXT, endDateExpression TEXT,
    locationId TEXT REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    fatalities INTEGER
  ) WITHOUT ROWID;
  CREATE INDEX entity_kind ON entity (kind, id);
  CREATE INDEX entity_date ON entity (kind, dateValue);
  CREATE INDEX entity_location ON entity (locationId);

  CREATE TABLE participant (
    eventId TEXT NOT NULL REFERENCES entity (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    entityId TEXT NOT NULL REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL,
    PRIMARY KEY (eventId, entityId, role)
  ) WITHOUT ROWID;
  CREATE INDEX participant_entity ON participant (entityId);

  -- Normalised names and aliases (model/search-keys.ts), and every later word of each key with the
  -- rest of the key ("karabakh" for "nagorno karabakh"): exact, prefix and word-inside matches are
  -- all index range scans.
  CREATE TABLE search_key (
    key TEXT NOT NULL,
    entityId TEXT NOT NULL REFERENCES entity (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (key, entityId)
  ) WITHOUT ROWID;
  CREATE INDEX search_key_entity ON search_key (entityId);
  CREATE TABLE search_word (
    word TEXT NOT NULL,
    entityId TEXT NOT NULL REFERENCES entity (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (word, entityId)
  ) WITHOUT ROWID;
  CREATE INDEX search_word_entity ON search_word (entityId);

  CREATE TABLE claim (
    id TEXT PRIMARY KEY,
    articleId TEXT NOT NULL REFERENCES article (id) DEFERRABLE INITIALLY DEFERRED,
    predicate TEXT NOT NULL, statement TEXT NOT NULL,
    subjectId TEXT NOT NULL REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    objectId TEXT REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    qValue REAL, qUnit TEXT, qApprox INTEGER NOT NULL, qualifiers TEXT NOT NULL,
    status TEXT NOT NULL, attributedTo TEXT NOT NULL,
    statedOnValue TEXT, statedOnPrecision TEXT, statedOnExpression TEXT, statedVia TEXT,
    confidence REAL NOT NULL, origin TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX claim_subject ON claim (subjectId, predicate);
  CREATE INDEX claim_object ON claim (objectId, predicate);
  CREATE INDEX claim_predicate ON claim (predicate, id);
  CREATE INDEX claim_status ON claim (status, id);
  CREATE INDEX claim_article ON claim (articleId);

  CREATE TABLE claim_attribution (
    claimId TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    actorId TEXT NOT NULL REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (claimId, actorId)
  ) WITHOUT ROWID;
  CREATE INDEX claim_attribution_actor ON claim_attribution (actorId, claimId);

  CREATE TABLE claim_link (
    fromId TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    toId TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    type TEXT NOT NULL,
    PRIMARY KEY (fromId, toId, type)
  ) WITHOUT ROWID;
  CREATE INDEX claim_link_to ON claim_link (toId);

  CREATE TABLE evidence (
    claimId TEXT NOT NULL REFERENCES claim (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    ord INTEGER NOT NULL,
    articleId TEXT NOT NULL REFERENCES article (id) DEFERRABLE INITIALLY DEFERRED,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
    PRIMARY KEY (claimId, ord)
  ) WITHOUT ROWID;

  CREATE TABLE mention (
    id TEXT PRIMARY KEY,
    articleId TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    entityId TEXT NOT NULL REFERENCES entity (id) DEFERRABLE INITIALLY DEFERRED,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX mention_entity ON mention (entityId, articleId, start);
  CREATE INDEX mention_article ON mention (articleId, start, entityId);
  `,
  // 2: claim lists filtered by predicate and status, and their counts, as one index range each
  // (without it the count scanned every claim: ~100 ms at 500k claims, on the main thread).
  `
  CREATE INDEX claim_predicate_status ON claim (predicate, status, id);
  `,
  // 3: an article's photos, videos and screengrabs (JSON), known from its captions.
  `
  ALTER TABLE article ADD COLUMN media TEXT NOT NULL DEFAULT '[]';
  `,
  // 4: the change log live updates are read from (port.ts changesAfter), so every server on this
  // database hears of every ingest; AUTOINCREMENT never reuses a number, even after pruning.
  `
  CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, change TEXT NOT NULL);
  `,
  // 5: curation (src/curate). A claim's review and its correction are columns ingest never writes,
  // so re-ingesting an article keeps them; a merged entity's id answers through entity_redirect;
  // every change is a revision, one row per node it changed (nodeIds lists them all).
  `
  ALTER TABLE claim ADD COLUMN reviewVerdict TEXT;
  ALTER TABLE claim ADD COLUMN reviewNote TEXT;
  ALTER TABLE claim ADD COLUMN reviewBy TEXT;
  ALTER TABLE claim ADD COLUMN reviewAt TEXT;
  ALTER TABLE claim ADD COLUMN supersedes TEXT;
  ALTER TABLE claim ADD COLUMN supersededBy TEXT;
  -- Every list leaves rejected and superseded claims out, so the index that answers filtered
  -- lists and their counts carries both columns (still covering: no claim row is read).
  DROP INDEX claim_predicate_status;
  CREATE INDEX claim_predicate_status ON claim (predicate, status, id, reviewVerdict, supersededBy);
  CREATE TABLE entity_redirect (fromId TEXT PRIMARY KEY, toId TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX entity_redirect_to ON entity_redirect (toId);
  CREATE TABLE revision (
    nodeId TEXT NOT NULL, at TEXT NOT NULL, id TEXT NOT NULL,
    nodeIds TEXT NOT NULL, action TEXT NOT NULL, author TEXT NOT NULL, note TEXT,
    before TEXT NOT NULL, after TEXT NOT NULL,
    PRIMARY KEY (nodeId, at, id)
  ) WITHOUT ROWID;
  `,
  // 6: a claim shown by default (neither rejected nor superseded) says so in `shown`, the listing
  // index's third key: a default list's count is one index range with no test per claim (15.6k of
  // 500k claims: 2.4 -> 0.8 ms). Only curation changes the two columns, and the trigger follows it;
  // ingest never writes them, so a new claim is shown.
  `
  ALTER TABLE claim ADD COLUMN shown INTEGER NOT NULL DEFAULT 1;
  UPDATE claim SET shown = 0 WHERE supersededBy IS NOT NULL OR reviewVerdict = 'REJECTED';
  DROP INDEX claim_predicate_status;
  CREATE INDEX claim_predicate_status ON claim (predicate, status, shown, id, reviewVerdict, supersededBy);
  CREATE TRIGGER claim_shown AFTER UPDATE OF reviewVerdict, supersededBy ON claim BEGIN
    UPDATE claim SET shown = (NEW.supersededBy IS NULL AND (NEW.reviewVerdict IS NULL OR NEW.reviewVerdict <> 'REJECTED')) WHERE id = NEW.id;
  END;
  `,
  // 7: the graph's edges (shown claims between two entities) from either end, read from an index
  // alone: neighbourhoods and paths touch no claim row (at 100k, a 2-hop neighbourhood's reads
  // 0.78 -> 0.50 ms, two path levels 0.57 -> 0.39 ms).
  `
  CREATE INDEX claim_edge_out ON claim (subjectId, shown, objectId, predicate, id);
  CREATE INDEX claim_edge_in ON claim (objectId, shown, subjectId, predicate, id);
  `,
];
