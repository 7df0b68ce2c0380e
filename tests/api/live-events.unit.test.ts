// The subscription event hub on its own: per-subscriber filters and the bound on a slow subscriber.
import { describe, expect, it } from 'vitest';
import { LiveEvents, MAX_QUEUED_EVENTS, SlowSubscriberError } from '../../src/api/live/events.js';

describe('live event queues', () => {
  it(`a subscriber more than ${MAX_QUEUED_EVENTS} events behind is ended with a message saying so; the others keep theirs`, async () => {
    const hub = new LiveEvents();
    const slow = hub.subscribe('articleIngested');
    const picky = hub.subscribe('articleIngested', (e) => e.articleId === 'article:kept');
    const event = (n: number) => ({ kind: 'articleIngested' as const, articleId: `article:${n}`, outcome: 'CREATED' as const, createdClaims: 0 });
    hub.publish(Array.from({ length: MAX_QUEUED_EVENTS + 1 }, (_, n) => event(n)));
    hub.publish([{ ...event(0), articleId: 'article:kept' }]);
    for (let n = 0; n < MAX_QUEUED_EVENTS; n++) expect((await slow.next()).value.articleId).toBe(`article:${n}`);
    await expect(slow.next()).rejects.toThrow(SlowSubscriberError);
    expect(hub.subscriberCount).toBe(1);
    expect((await picky.next()).value.articleId).toBe('article:kept');
    await picky.return!();
    expect(hub.subscriberCount).toBe(0);
  });
});
