// What the limits work out from a query's text alone, kept per parsed document: Apollo keeps one
// parsed document per query text and hands that same object to every request sending the text, so
// a walk of it with type information is done once per query, not once per request.
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** `derive` memoised per schema and document (weakly: a dropped document takes its value with it). */
export function perDocument<T>(derive: (schema: GraphQLSchema, document: DocumentNode) => T): (schema: GraphQLSchema, document: DocumentNode) => T {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, T>>();
  return (schema, document) => {
    let known = bySchema.get(schema);
    if (!known) bySchema.set(schema, (known = new WeakMap()));
    if (!known.has(document)) known.set(document, derive(schema, document));
    return known.get(document) as T;
  };
}
