// The API's own scalars, validated by graphql-scalars: dates as ISO 8601 calendar dates (a day,
// or only a month or year when that is all a source says), date-times, and URLs, all carried as
// strings; JSON for a revision's before and after.
import { GraphQLDateTime, GraphQLJSON, GraphQLLocalDate, GraphQLURL } from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** ISO 8601 reduced precision: a year, or a year and month. Full days go through LocalDate. */
const REDUCED_DATE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

function isoDate(value: unknown, node?: ValueNode): string {
  if (typeof value === 'string' && REDUCED_DATE.test(value)) return value;
  try {
    return GraphQLLocalDate.parseValue(value) as string;
  } catch {
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}: use an ISO 8601 date YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year`, node ? { nodes: node } : undefined);
  }
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => isoDate(value),
  parseValue: (value) => isoDate(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError(`Date cannot represent a non-string value: use "YYYY-MM-DD", "YYYY-MM" or "YYYY"`, { nodes: node });
    return isoDate(node.value, node);
  },
  extensions: { codegenScalarType: 'string' },
});

function url(value: unknown, node?: ValueNode): string {
  try {
    return String(node ? GraphQLURL.parseLiteral(node) : GraphQLURL.parseValue(value));
  } catch {
    throw new GraphQLError(`URL cannot represent ${JSON.stringify(node && node.kind === Kind.STRING ? node.value : value)}: give an absolute URL such as https://apnews.com/article/…`, node ? { nodes: node } : undefined);
  }
}

// Stored URLs were checked on the way in; they go out as stored rather than re-normalised.
export const UrlScalar = new GraphQLScalarType({
  name: 'URL',
  serialize: (value) => String(value),
  parseValue: (value) => url(value),
  parseLiteral: (node) => url(undefined, node),
  extensions: { codegenScalarType: 'string' },
});

/** Revisions and reviews store their time as an ISO string; it goes out as one, checked by graphql-scalars. */
function dateTime(value: unknown): string {
  const parsed = GraphQLDateTime.parseValue(value) as Date;
  return parsed.toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : dateTime(value)),
  parseValue: (value) => dateTime(value),
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw new GraphQLError('DateTime cannot represent a non-string value: use ISO 8601, e.g. "2026-12-06T08:15:00Z"', { nodes: node });
    try {
      return dateTime(node.value);
    } catch {
      throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(node.value)}: use ISO 8601, e.g. "2026-12-06T08:15:00Z"`, { nodes: node });
    }
  },
  extensions: { codegenScalarType: 'string' },
});

export const JsonScalar = GraphQLJSON;
