// Live events from the store's change log (port.ts changesAfter): every server on one store polls
// it, so an ingest made through any server, or by `npm run ingest`, reaches every subscriber. The
// log is written in the ingest's (or curator's change's) own transaction: what is announced has
// committed, and nothing committed goes unannounced.
import type { ArticleSummary, ChangeRecord, ClaimRecord } from '../../model/records.js';
import type { GraphStore } from '../../store/port.js';
import type { LiveEvent, LiveEvents } from './events.js';

/** Changes read per store call; a feed further behind reads again at once. */
const CHANGES_PER_READ = 100;

/** The events one change announces: the article, each claim written, each link to an earlier claim; or the curator's revision. */
function eventsOf(change: ChangeRecord, claims: Map<string, ClaimRecord>, articles: Map<string, ArticleSummary>): LiveEvent[] {
  if (change.kind === 'curation') return [{ kind: 'revisionMade', revision: change.revision }];
  const article = articles.get(change.articleId);
  const source = { publishedAt: article?.publishedAt, publisher: article?.publisher };
  return [
    { kind: 'articleIngested', articleId: change.articleId, outcome: change.outcome, createdClaims: change.claimIds.length },
    ...change.claimIds.flatMap((id): LiveEvent[] => {
      const claim = claims.get(id);
      // A claim a later version of the article already replaced is not announced.
      return claim ? [{ kind: 'claimAdded', claim, article: source }] : [];
    }),
    ...change.links.map((l): LiveEvent => ({ kind: 'claimLinked', type: l.type, from: l.from, to: l.to })),
  ];
}

export class ChangeFeed {
  /** The last change announced; undefined until the log has been read once. */
  private after: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private failing = false;

  constructor(
    private readonly store: GraphStore,
    private readonly events: LiveEvents,
    private readonly pollMs: number,
    private readonly log: { warn: (error: unknown) => void; recovered: () => void },
  ) {}

  /**
   * Listens from the change logged last: what was ingested before the server started is not
   * announced. A store that is away at start is read again at the next poll.
   */
  async start(): Promise<void> {
    try {
      this.after = await this.store.lastChangeSeq();
    } catch (error) {
      this.log.warn(error);
      this.failing = true;
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.pollMs);
    this.timer.unref();
  }

  /** Publishes every change logged since the last poll, in commit order. */
  async poll(): Promise<void> {
    try {
      this.after ??= await this.store.lastChangeSeq();
      for (;;) {
        const changes = await this.store.changesAfter(this.after, CHANGES_PER_READ);
        if (!changes.length) break;
        if (this.events.subscriberCount > 0) {
          const ingests = changes.flatMap(({ change }) => (change.kind === 'curation' ? [] : [change]));
          const [claims, articles] = await Promise.all([
            this.store.getClaims(ingests.flatMap((c) => c.claimIds)),
            this.store.getArticleSummaries([...new Set(ingests.map((c) => c.articleId))]),
          ]);
          const claimById = new Map(claims.flatMap((c) => (c ? [[c.id, c] as const] : [])));
          const articleById = new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : [])));
          this.events.publish(changes.flatMap(({ change }) => eventsOf(change, claimById, articleById)));
        }
        this.after = changes[changes.length - 1].seq;
        if (changes.length < CHANGES_PER_READ) break;
      }
      if (this.failing) this.log.recovered();
      this.failing = false;
    } catch (error) {
      // The store is away: said once, then tried again each poll, from the same place.
      if (!this.failing) this.log.warn(error);
      this.failing = true;
    }
  }
}
