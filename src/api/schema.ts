// The executable API: SDL from schema/ (the single source of truth) plus the resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers-types.js';
import { aggregateResolvers } from './resolvers/aggregate.js';
import { claimResolvers } from './resolvers/claim.js';
import { entityResolvers } from './resolvers/entity.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { queryResolvers } from './resolvers/query.js';
import { subscriptionResolvers } from './resolvers/subscription.js';
import { curationResolvers } from './resolvers/curation.js';
import { DateScalar, DateTimeScalar, JsonScalar, UrlScalar } from './scalars.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(`${SCHEMA_DIR}${f}`, 'utf8'))
    .join('\n');
}

/** Resolver maps joined type by type: several modules resolve fields of one type (Mutation, Claim, the entity types). */
function joined(...maps: Resolvers[]): Resolvers {
  const out: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const earlier = out[type];
      out[type] = earlier && typeof earlier === 'object' && !(earlier instanceof GraphQLScalarType) ? { ...earlier, ...(fields as object) } : fields;
    }
  }
  return out as Resolvers;
}

export const resolvers: Resolvers = joined(
  { Date: DateScalar, DateTime: DateTimeScalar, JSON: JsonScalar, URL: UrlScalar },
  queryResolvers,
  mutationResolvers,
  entityResolvers,
  claimResolvers,
  subscriptionResolvers,
  aggregateResolvers,
  curationResolvers,
);

export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as IResolvers });
}
