// Reviewing from the explorer, in Debian's Chromium on both stores: the API key is entered once per
// browser session (sessionStorage, never the URL or localStorage); a rejected claim leaves the
// graph and shows its verdict and revision under the key's name; an added alias is in the history
// and found by search; merging one entity into another of its kind takes the merged node away and
// lists the revision on the kept one; a wrong key shows the server's refusal and changes nothing.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, backendAvailable } from '../support/backends.js';
import { drawn, enterKey, foreign, type ExplorerBrowser, type ExplorerServer, startExplorer, stopExplorer } from './explorer-harness.js';

const AUTHOR = 'alice';
const KEY = 'explorer-review-key-5c0ffee4d2';
const WRONG_KEY = 'not-a-configured-key-0000000';
const SHUSHI = 'place:shushi';
const STEPANAKERT = 'place:stepanakert';
const KEEP = 'actor:armenian-forces';
const MERGE = 'actor:ethnic-armenian-forces';
const CLAIM_STATE = `review { verdict note by } revisions { action author note }`;

/** Opens the explorer afresh at `hash` (a hash-only change would not restore the view). */
async function open(page: Page, url: string, hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}/explore/#${hash}`);
}

describe.each(BACKENDS)('explorer review [%s]', (backend) => {
  describe.runIf(backendAvailable(backend))(`[${backend}]`, () => {
    let server: ExplorerServer;
    let browser: ExplorerBrowser | undefined;
    let page: Page;
    const claimsOf = async (where: Record<string, unknown>): Promise<string[]> =>
      (await server.query(`query ($w: ClaimWhere) { claims(where: $w, first: 100) { edges { node { id } } } }`, { w: where })).claims.edges.map(
        (e: any) => e.node.id,
      );
    const claimState = async (id: string) => (await server.query(`query ($id: ID!) { claim(id: $id) { ${CLAIM_STATE} } }`, { id })).claim;

    beforeAll(async () => {
      ({ server, browser, page } = await startExplorer(backend, undefined, { API_KEYS: [`${AUTHOR}:${KEY}`] }));
    }, 120_000);

    afterAll(() => stopExplorer(server, browser));

    it(`[${backend}] a claim rejected with the session's key leaves the graph and the details; its review and revision name the key's name`, async () => {
      const [id] = await claimsOf({ subject: { id: { eq: SHUSHI } }, predicate: { eq: 'LOCATED_IN' } });
      expect(id).toBeDefined();
      await open(page, server.url, `sel=${SHUSHI}&exp=${SHUSHI}&claim=${id}`);
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).toContain(id);
      const details = page.getByTestId('details');
      await details.locator(`li.claim[data-claim-id="${id}"]`).waitFor();

      const review = page.getByTestId('evidence-view').getByTestId('review');
      await expect.poll(() => review.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('UNREVIEWED');
      // Without a key nothing can be sent.
      expect(await review.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true);
      await enterKey(review, KEY);
      await review.getByLabel('Note (optional)').fill('Shushi is named, not located, here');
      await review.getByRole('button', { name: 'Reject' }).click();

      await expect.poll(() => review.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('REJECTED');
      expect(await review.getByTestId('review-state').textContent()).toMatch(/^Rejected by alice, .* UTC “Shushi is named, not located, here”/);
      const entry = review.locator('li.revision[data-action=REVIEW_CLAIM]');
      expect(await entry.getAttribute('data-author')).toBe(AUTHOR);
      expect(await entry.textContent()).toContain('alice rejected the claim');
      expect(await entry.textContent()).toContain('“Shushi is named, not located, here”');

      // The edge leaves the graph and the claim the entity's list; the server agrees.
      await expect.poll(async () => (await drawn(page)).edges, { timeout: 15_000 }).not.toContain(id);
      await expect.poll(() => details.locator(`li.claim[data-claim-id="${id}"]`).count(), { timeout: 15_000 }).toBe(0);
      expect(await claimState(id)).toEqual({
        review: { verdict: 'REJECTED', note: 'Shushi is named, not located, here', by: AUTHOR },
        revisions: [{ action: 'REVIEW_CLAIM', author: AUTHOR, note: 'Shushi is named, not located, here' }],
      });
      expect(await claimsOf({ subject: { id: { eq: SHUSHI } } })).not.toContain(id);

      // The key lasts the browser session: in sessionStorage, not in the address or localStorage.
      await page.reload();
      await page.getByTestId('evidence-view').getByTestId('api-key-set').waitFor({ timeout: 15_000 });
      expect(page.url()).not.toContain(KEY);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(KEY);
      expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain(KEY);

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] an alias added from the details panel is in the entity's history and aliases, and search finds the entity by it`, async () => {
      await open(page, server.url, `sel=${STEPANAKERT}`);
      const details = page.getByTestId('details');
      await expect.poll(() => page.locator('#details-heading').getAttribute('data-entity-id'), { timeout: 15_000 }).toBe(STEPANAKERT);
      const curation = details.getByTestId('entity-curation');
      await curation.getByText('Curate: add an alias').click();
      await enterKey(curation, KEY);
      const form = curation.getByRole('form', { name: 'Add alias' });
      await form.getByLabel(/^Another name for/).fill('Khankendi-on-test');
      await form.getByLabel('Note (optional)').fill('Azerbaijani name, test spelling');
      await form.getByRole('button', { name: 'Add alias' }).click();

      const entry = curation.locator('li.revision[data-action=ADD_ALIAS]');
      await entry.waitFor({ timeout: 15_000 });
      expect(await entry.getAttribute('data-author')).toBe(AUTHOR);
      expect(await entry.textContent()).toContain('alice added the alias “Khankendi-on-test”');
      expect(await entry.textContent()).toContain('“Azerbaijani name, test spelling”');
      await expect.poll(() => details.locator('dl.facts').textContent()).toContain('Khankendi-on-test');
      const saved = (await server.query(`query ($id: ID!) { entity(id: $id) { aliases revisions { action author } } }`, { id: STEPANAKERT })).entity;
      expect(saved.aliases).toContain('Khankendi-on-test');
      expect(saved.revisions).toEqual([{ action: 'ADD_ALIAS', author: AUTHOR }]);

      const search = page.getByTestId('search');
      await search.getByRole('combobox').fill('Khankendi-on-test');
      await search.locator(`[role=option][data-entity-id="${STEPANAKERT}"]`).waitFor({ timeout: 15_000 });

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] merging an entity of the same kind, picked by search and confirmed, takes its node out of the graph and lists the revision on the kept one`, async () => {
      const { name: mergedName } = (await server.query(`query ($id: ID!) { entity(id: $id) { name } }`, { id: MERGE })).entity;
      await open(page, server.url, `sel=${KEEP}&exp=${KEEP},${MERGE}`);
      await expect.poll(async () => (await drawn(page)).nodes, { timeout: 15_000 }).toEqual(expect.arrayContaining([KEEP, MERGE]));
      const details = page.getByTestId('details');
      await expect.poll(() => page.locator('#details-heading').getAttribute('data-entity-id'), { timeout: 15_000 }).toBe(KEEP);
      const curation = details.getByTestId('entity-curation');
      await curation.getByText('Curate: add an alias').click();
      await enterKey(curation, KEY);

      const merging = curation.getByRole('group', { name: 'Merge another entity into this one' });
      await merging.getByRole('combobox').fill(mergedName);
      await merging.locator(`[role=option][data-entity-id="${MERGE}"]`).click();
      await merging.getByRole('button', { name: /^Merge .* into .*…$/ }).click();
      const confirm = merging.getByRole('group', { name: 'Confirm the merge' });
      expect(await confirm.textContent()).toContain(MERGE);
      await confirm.getByRole('button', { name: 'Merge', exact: true }).click();

      await expect.poll(async () => (await drawn(page)).nodes, { timeout: 15_000 }).not.toContain(MERGE);
      expect((await drawn(page)).nodes).toContain(KEEP);
      const entry = curation.locator('li.revision[data-action=MERGE_ENTITIES]');
      await entry.waitFor({ timeout: 15_000 });
      expect(await entry.getAttribute('data-author')).toBe(AUTHOR);
      expect(await entry.textContent()).toContain(`alice merged ${mergedName} (${MERGE}) into this one`);
      await expect.poll(() => details.locator('dl.facts').textContent()).toContain(mergedName);
      expect(await curation.getByRole('status').textContent()).toMatch(new RegExp(`^Merged ${mergedName} into .*: \\d+ claims and \\d+ mentions moved\\.$`));
      // The merged id answers with the kept entity, whose history has the merge.
      const merged = (await server.query(`query ($id: ID!) { entity(id: $id) { id revisions { action author } } }`, { id: MERGE })).entity;
      expect(merged).toEqual({ id: KEEP, revisions: [{ action: 'MERGE_ENTITIES', author: AUTHOR }] });

      expect(foreign(browser!.requests)).toEqual([]);
      expect(browser!.problems).toEqual([]);
    }, 120_000);

    it(`[${backend}] with a wrong key, the server's refusal is shown and neither the claim nor the entity changes`, async () => {
      const [id] = await claimsOf({ subject: { id: { eq: 'actor:separatist-government-nagorno-karabakh' } }, predicate: { eq: 'CONTROLS' } });
      expect(id).toBeDefined();
      await open(page, server.url, `sel=${SHUSHI}&claim=${id}`);
      const review = page.getByTestId('evidence-view').getByTestId('review');
      await expect.poll(() => review.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('UNREVIEWED');
      const forget = review.getByRole('button', { name: 'Forget key' });
      if (await forget.isVisible()) await forget.click();
      await enterKey(review, WRONG_KEY);
      await review.getByRole('button', { name: 'Accept' }).click();
      const refusal = review.getByRole('alert');
      await refusal.waitFor({ timeout: 15_000 });
      expect(await refusal.textContent()).toBe('The API key is not valid.');
      expect(await review.getAttribute('data-verdict')).toBe('UNREVIEWED');
      expect(await claimState(id)).toEqual({ review: null, revisions: [] });

      // The same refusal on the details panel's alias form; the entity keeps its names.
      const before = (await server.query(`query { entity(id: "${SHUSHI}") { aliases revisions { id } } }`)).entity;
      await page.keyboard.press('Escape');
      const curation = page.getByTestId('details').getByTestId('entity-curation');
      await curation.getByText('Curate: add an alias').click();
      const form = curation.getByRole('form', { name: 'Add alias' });
      await form.getByLabel(/^Another name for/).fill('Shushi-by-a-stranger');
      await form.getByRole('button', { name: 'Add alias' }).click();
      await form.getByRole('alert').waitFor({ timeout: 15_000 });
      expect(await form.getByRole('alert').textContent()).toBe('The API key is not valid.');
      expect((await server.query(`query { entity(id: "${SHUSHI}") { aliases revisions { id } } }`)).entity).toEqual(before);
      expect(await curation.locator('li.revision').count()).toBe(before.revisions.length);

      expect(foreign(browser!.requests)).toEqual([]);
      // Chromium reports each refused request (HTTP 401) on the console; nothing else may appear.
      expect(browser!.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    }, 120_000);
  });
});
