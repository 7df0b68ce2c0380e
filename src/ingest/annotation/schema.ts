// The curated annotation format (seed/*.annotation.yaml), as a zod schema: the file's shape is
// checked here, its meaning (references, quotes, vocabulary) in validate.ts.
import { z } from 'zod';
import {
  CLAIM_LINK_TYPES,
  CLAIM_STATUSES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  GEO_PRECISIONS,
  MEDIA_KINDS,
} from '../../model/records.js';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A date as the text gives it. Either an explicit value with precision, or an expression the
 * date resolver reads against the publication date ("Monday", "for six weeks", "since 1994"),
 * optionally shifted ("a day after" Monday → shiftDays: -1 for the earlier event).
 */
export const DateSpec = z
  .object({
    value: isoDate.optional(),
    precision: z.enum(DATE_PRECISIONS).optional(),
    expression: z.string().min(1).optional(),
    shiftDays: z.number().int().optional(),
  })
  .strict()
  .refine((d) => d.value !== undefined || d.expression !== undefined, {
    message: 'a date needs a value or an expression',
  });
export type DateSpec = z.infer<typeof DateSpec>;

/** A verbatim quote from the article; `occurrence` (1-based) picks one when the words appear twice. */
export const QuoteSpec = z
  .object({
    quote: z.string().min(1),
    occurrence: z.number().int().positive().optional(),
  })
  .strict();
export type QuoteSpec = z.infer<typeof QuoteSpec>;

const entityId = z
  .string()
  .regex(/^(place|actor|event|thing):[a-z0-9][a-z0-9-]*$/, 'expected an entity id like place:shushi, actor:ilham-aliyev, event:shushi-taken or thing:russian-military-helicopter');

export const EntitySpec = z
  .object({
    id: entityId,
    kind: z.enum(ENTITY_KINDS),
    subtype: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().optional(),
    role: z.string().optional(),
    /** Key into seed/gazetteer.yaml: coordinates (and their source) come from there. */
    gazetteer: z.string().optional(),
    /** Set when the entity itself is known from a gazetteer, not from the article (e.g. Gyumri). */
    source: z.string().optional(),
    counterpart: entityId.optional(),
    /** Event fields. */
    eventType: z.string().optional(),
    date: DateSpec.optional(),
    endDate: DateSpec.optional(),
    location: entityId.optional(),
    fatalities: z.number().int().nonnegative().optional(),
    participants: z.array(z.object({ entity: entityId, role: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type EntitySpec = z.infer<typeof EntitySpec>;

export const ClaimSpec = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a claim key in kebab-case'),
    predicate: z.string().min(1),
    statement: z.string().min(1),
    subject: entityId,
    object: entityId.optional(),
    quantity: z
      .object({ value: z.number(), unit: z.string().min(1), approximate: z.boolean().default(false) })
      .strict()
      .optional(),
    qualifiers: z.record(z.string(), z.string()).default({}),
    status: z.enum(CLAIM_STATUSES),
    attributedTo: z.array(entityId).default([]),
    statedOn: DateSpec.optional(),
    statedVia: z.string().optional(),
    confidence: z.number().min(0).max(1).default(0.9),
    evidence: z.array(QuoteSpec).min(1, 'a claim needs at least one quote as evidence'),
    links: z.array(z.object({ type: z.enum(CLAIM_LINK_TYPES), claim: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type ClaimSpec = z.infer<typeof ClaimSpec>;

/** A photo, video or screengrab the article carries: its caption quoted, what it shows, who released and who is credited. */
export const MediaSpec = z
  .object({
    kind: z.enum(MEDIA_KINDS),
    caption: QuoteSpec,
    credit: z.string().min(1).optional(),
    releasedBy: entityId.optional(),
    shows: z.array(entityId).default([]),
    description: z.string().optional(),
  })
  .strict();
export type MediaSpec = z.infer<typeof MediaSpec>;

export const AnnotationSpec = z
  .object({
    article: z
      .object({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an article key in kebab-case'),
        /** The text file beside the annotation. */
        file: z.string().min(1),
        title: z.string().optional(),
        publisher: z.string().optional(),
        url: z.string().url().optional(),
      })
      .strict(),
    entities: z.array(EntitySpec),
    /** The article's media; without this section they are read from its captions (article/media.ts). */
    media: z.array(MediaSpec).optional(),
    claims: z.array(ClaimSpec),
    /** Sentences that carry no claim, each with the reason (coverage is checked). */
    noClaims: z.array(z.object({ sentence: z.number().int().nonnegative(), reason: z.string().min(1) }).strict()).default([]),
  })
  .strict();
export type AnnotationSpec = z.infer<typeof AnnotationSpec>;

export const GazetteerSpec = z
  .object({
    places: z.record(
      z.string(),
      z
        .object({
          name: z.string(),
          lat: z.number().min(-90).max(90),
          lon: z.number().min(-180).max(180),
          precision: z.enum(GEO_PRECISIONS),
          source: z.string().min(1),
          note: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type GazetteerSpec = z.infer<typeof GazetteerSpec>;
