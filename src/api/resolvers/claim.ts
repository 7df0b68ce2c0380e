// Claim, evidence and article resolvers: provenance down to the character.
import type { ArticleBody, ArticleSummary, ClaimLinkType, ClaimRecord } from '../../model/records.js';
import type { ApiContext } from '../context.js';
import { dataError } from '../errors.js';
import { whenKnown } from '../loaders.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { claimConnection, loadClaims, loadEntities, mentionConnection } from './entity.js';

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
const CONTEXT_CHARS = 32;

async function linked(ctx: ApiContext, claim: ClaimRecord, type: ClaimLinkType, direction: 'out' | 'in'): Promise<ClaimRecord[]> {
  const links = await ctx.loaders.claimLinks.load(claim.id);
  const ids = links
    .filter((l) => l.type === type && (direction === 'out' ? l.from === claim.id : l.to === claim.id))
    .map((l) => (direction === 'out' ? l.to : l.from));
  return loadClaims(ctx, ids);
}

/** The article, as a plain value when the request already has it (see KnownLoader). */
function articleOf(ctx: ApiContext, id: string): ArticleSummary | Promise<ArticleSummary> {
  return whenKnown(ctx.loaders.article.now(id), (article) => {
    if (!article) throw new Error(`article ${id} is missing from the store`);
    return article;
  });
}

/** An article's text and sentences, read only by the fields that show them. */
async function bodyOf(ctx: ApiContext, id: string): Promise<ArticleBody> {
  const body = await ctx.loaders.articleBody.load(id);
  if (!body) throw new Error(`article ${id} is missing from the store`);
  return body;
}

export const claimResolvers: Resolvers = {
  Claim: {
    subject: (c, _args, ctx) =>
      whenKnown(ctx.loaders.entity.now(c.subjectId), (subject) => {
        if (subject) return subject;
        // A data error, not the client's: the claim goes null (ClaimEdge.node is nullable) and the rest of the answer stands.
        const message = `claim ${c.id}: its subject ${c.subjectId} is missing from the store`;
        ctx.dataErrors.report(`claim-subject:${c.id}`, message);
        throw dataError(`${message} (a data error, logged by the server); the claim is null here and the rest of the answer stands`);
      }),
    object: (c, _args, ctx) => (c.objectId ? ctx.loaders.entity.now(c.objectId) : null),
    quantity: (c) => c.quantity ?? null,
    qualifiers: (c) =>
      Object.entries(c.qualifiers)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value })),
    attributedTo: async (c, _args, ctx) => (await loadEntities(ctx, c.attributedTo)).filter((e) => e.kind === 'ACTOR'),
    statedOn: (c) => c.statedOn ?? null,
    statedVia: (c) => c.statedVia ?? null,
    article: (c, _args, ctx) => articleOf(ctx, c.articleId),
    evidence: (c, _args, ctx) => ctx.loaders.evidence.now(c.id),
    origin: (c) =>
      c.origin === 'curated' ? { kind: 'CURATED', rule: null } : { kind: 'EXTRACTED', rule: c.origin.replace(/^rule:/, '') },
    confirms: (c, _args, ctx) => linked(ctx, c, 'CONFIRMS', 'out'),
    confirmedBy: (c, _args, ctx) => linked(ctx, c, 'CONFIRMS', 'in'),
    contradicts: (c, _args, ctx) => linked(ctx, c, 'CONTRADICTS', 'out'),
    contradictedBy: (c, _args, ctx) => linked(ctx, c, 'CONTRADICTS', 'in'),
    sameAs: async (c, _args, ctx) => [...(await linked(ctx, c, 'SAME_AS', 'out')), ...(await linked(ctx, c, 'SAME_AS', 'in'))],
    corroboratedBy: async (c, _args, ctx) =>
      [...(await linked(ctx, c, 'SAME_AS', 'out')), ...(await linked(ctx, c, 'SAME_AS', 'in'))].filter((o) => o.articleId !== c.articleId),
    independentSources: async (c, _args, ctx) => {
      const same = [...(await linked(ctx, c, 'SAME_AS', 'out')), ...(await linked(ctx, c, 'SAME_AS', 'in'))];
      const articles = await ctx.loaders.article.loadMany([...new Set([c.articleId, ...same.map((o) => o.articleId)])]);
      // One outlet's several stories are one source.
      return new Set(articles.map((a, i) => (a && !(a instanceof Error) ? (a.publisher ?? a.id) : `unknown-${i}`))).size;
    },
  },
  Edge: {
    // Batched with every other edge's claim of the answer into one store call.
    claim: (e, _args, ctx) => ctx.loaders.claim.load(e.claimId),
  },
  Media: {
    credit: (m) => m.credit ?? null,
    description: (m) => m.description ?? null,
    releasedBy: async (m, _args, ctx) => {
      const actor = m.releasedBy ? await ctx.loaders.entity.load(m.releasedBy) : null;
      return actor?.kind === 'ACTOR' ? actor : null;
    },
    shows: (m, _args, ctx) => loadEntities(ctx, m.shows),
  },
  Evidence: {
    article: (ev, _args, ctx) => articleOf(ctx, ev.articleId),
    prefix: async (ev, _args, ctx) => (await bodyOf(ctx, ev.articleId)).text.slice(Math.max(0, ev.start - CONTEXT_CHARS), ev.start),
    suffix: async (ev, _args, ctx) => (await bodyOf(ctx, ev.articleId)).text.slice(ev.end, ev.end + CONTEXT_CHARS),
    caption: async (ev, _args, ctx) => (await bodyOf(ctx, ev.articleId)).sentences[ev.sentence]?.caption ?? false,
    sentenceText: async (ev, _args, ctx) => {
      const { text, sentences } = await bodyOf(ctx, ev.articleId);
      const sentence = sentences[ev.sentence];
      return sentence ? text.slice(sentence.start, sentence.end) : text.slice(ev.start, ev.end);
    },
  },
  Article: {
    title: (a) => a.title ?? null,
    publisher: (a) => a.publisher ?? null,
    publishedAt: (a) => a.publishedAt ?? null,
    url: (a) => a.url ?? null,
    version: (a) => a.version ?? 1,
    supersedes: async (a, _args, ctx) => (a.supersedes ? ctx.loaders.article.load(a.supersedes) : null),
    text: async (a, _args, ctx) => (await bodyOf(ctx, a.id)).text,
    sentences: async (a, _args, ctx) => {
      const { text, sentences } = await bodyOf(ctx, a.id);
      return sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    },
    claims: (a, args, ctx, info) => claimConnection(ctx, a.id, { via: 'ARTICLE' }, args, info),
    media: (a) => a.media ?? [],
    mentions: async (a, args, ctx) => {
      return mentionConnection(await ctx.loaders.articleMentions.load(a.id), args);
    },
    mentionedEntities: async (a, args, ctx) => {
      const mentions = await ctx.loaders.articleMentions.load(a.id);
      const entities = await loadEntities(ctx, [...new Set(mentions.map((m) => m.entityId))]);
      return args.kinds?.length ? entities.filter((e) => args.kinds?.includes(e.kind)) : entities;
    },
  },
};
