// How errors leave the server: store failures, timeouts and limit refusals under their codes
// (errors.ts), internals never shown, long values never echoed.
import { type GraphQLFormattedError, type GraphQLSchema, isEnumType } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreUnavailableError } from '../store/port.js';
import { BAD_REQUEST, BAD_USER_INPUT, QUERY_TIMEOUT, QUERY_TOO_COMPLEX, STORE_UNAVAILABLE } from './errors.js';
import { tokenLimitError } from './limits/query-limits.js';

/** Whether a store failure was a transaction running out of time rather than the store being down. */
export function isStoreTimeout(error: unknown): boolean {
  return error instanceof StoreUnavailableError && error.timeout;
}

export interface FormatErrorOptions {
  /** Drop graphql-js's "Did you mean …?" hints (NODE_ENV=production): they reveal the schema. */
  hideSuggestions?: boolean;
}

// Argument values the schema's types reject (wrong enum value, wrong scalar): the client's to fix.
const BAD_VALUE = /does not exist in "\w+" enum|cannot represent|Expected value of type|got invalid value/;

/** For a value the schema's types reject, the message with the valid enum values added; undefined for other errors. */
export function badValueMessage(schema: GraphQLSchema, message: string): string | undefined {
  if (!BAD_VALUE.test(message)) return undefined;
  const enumName = /"(\w+)" enum|Enum "(\w+)"/.exec(message);
  const type = enumName ? schema.getType(enumName[1] ?? enumName[2]) : undefined;
  return message + (isEnumType(type) ? ` Valid ${type.name} values: ${type.getValues().map((v) => v.name).join(', ')}.` : '');
}

/**
 * Store failures become STORE_UNAVAILABLE with a fixed message (no driver internals); argument
 * values the schema rejects become BAD_USER_INPUT naming the valid enum values; anything
 * unexpected keeps Apollo's INTERNAL_SERVER_ERROR without its stack.
 */
export function createFormatError(schema: GraphQLSchema, options: FormatErrorOptions = {}) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatKnown(formatted, error);
    return { ...result, message: shortenQuotedValues(result.message) };
  };
  const formatKnown = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isStoreTimeout(original)) {
      return {
        message: 'The query took longer than its time budget and was stopped; ask for less (smaller pages, fewer hops) or try again.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: QUERY_TIMEOUT },
      };
    }
    if (original instanceof StoreUnavailableError) {
      return {
        message: 'The graph store is unavailable; try again shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: STORE_UNAVAILABLE },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo gives a persisted query whose hash is not its text's SHA-256 no code of its own.
    if (code === 'INTERNAL_SERVER_ERROR' && formatted.message === 'provided sha does not match query') {
      return {
        message: "The persisted query's sha256Hash is not the SHA-256 of the query text sent with it; send the text's hash, or the hash alone",
        extensions: { code: BAD_REQUEST },
      };
    }
    // graphql-js stops reading variables after 50 bad values and says so in an error without a code.
    if (code === 'INTERNAL_SERVER_ERROR' && formatted.message.startsWith('Too many errors processing variables')) {
      return { message: 'Too many invalid variable values; the errors before this one name the first of them. Fix those and send again.', extensions: { code: BAD_USER_INPUT } };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(error) : null;
    if (tokens) return { message: tokens.message, extensions: { code: QUERY_TOO_COMPLEX, limit: tokens.extensions.limit } };
    // Limit refusals come through Apollo's validation error, which sets its own code.
    if (extensions.limit) return { ...formatted, extensions: { ...extensions, code: QUERY_TOO_COMPLEX } };
    const badValue = code === 'GRAPHQL_VALIDATION_FAILED' || code === BAD_USER_INPUT ? badValueMessage(schema, formatted.message) : undefined;
    if (badValue) return { ...formatted, message: badValue, extensions: { ...extensions, code: BAD_USER_INPUT } };
    return { ...formatted, extensions };
  };
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

/** A quoted value longer than this in a message (graphql-js quotes what it refuses) is cut. */
export const QUOTED_VALUE_CHARS = 40;
// Quoted strings, paired left to right (so the text between two short ones is never taken for one).
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/** Messages never echo a long value: a quoted value keeps its first QUOTED_VALUE_CHARS characters. */
export function shortenQuotedValues(message: string): string {
  return message.replace(QUOTED, (quoted, inner: string) =>
    inner.length <= QUOTED_VALUE_CHARS ? quoted : `"${inner.slice(0, QUOTED_VALUE_CHARS).replace(/\\+$/, '')}…"`,
  );
}

/** graphql-js's hints: ' Did you mean "name"?', ' Did you mean the enum value "PLACE"?' … */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
