// The executable API: SDL from schema/ (the single source of truth) plus the resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers-types.js';
import { aggregateResolvers } from './resolvers/aggregate.js';
import { claimResolvers } from './resolvers/claim.js';
import { entityResolvers } from './resolvers/entity.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { queryResolvers } from './resolvers/query.js';
import { subscriptionResolvers } from './resolvers/subscription.js';
import { DateScalar, UrlScalar } from './scalars.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(`${SCHEMA_DIR}${f}`, 'utf8'))
    .join('\n');
}

export const resolvers: Resolvers = { Date: DateScalar, URL: UrlScalar, ...queryResolvers, ...mutationResolvers, ...entityResolvers, ...claimResolvers, ...subscriptionResolvers, ...aggregateResolvers };

export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as IResolvers });
}
