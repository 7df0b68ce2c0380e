// What a request selects below the field being resolved, read from the operation itself, so a
// list's store call can bring along the records its nested fields will ask for (one call per
// level becomes one call for the whole request below the root).
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { ClaimPageInclude } from '../store/port.js';

/** The fields of the selection sets `sets`, fragments and inline fragments followed. */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/**
 * Names of the fields selected at `path` below the field being resolved: `['edges', 'node']`
 * on a connection gives what is asked of each node. Directives (@skip, @include) are not read:
 * a field they leave out is at worst brought along for nothing.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets).flatMap((field) => (field.name.value === name && field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name.value));
}

/** The field nodes named `name` directly below the field being resolved (fragments followed). */
export function selectedFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  return fieldsOf(info, sets).filter((field) => field.name.value === name);
}

/**
 * Answers by the field's nodes (the same array for every object of a list that resolves the
 * field), then by path: a list of 100 articles reads its claims' selection once, not 100 times.
 */
const includes = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, ClaimPageInclude>>();

/** What a page of claims should bring along for the fields selected on its claims at `path`. */
export function claimPageInclude(info: GraphQLResolveInfo, path: readonly string[]): ClaimPageInclude {
  const byPath = includes.get(info.fieldNodes) ?? new Map<string, ClaimPageInclude>();
  includes.set(info.fieldNodes, byPath);
  const key = path.join('.');
  const known = byPath.get(key);
  if (known) return known;
  const claim = selectedFields(info, path);
  const evidence = claim.has('evidence') ? selectedFields(info, [...path, 'evidence']) : new Set<string>();
  const include = {
    evidence: claim.has('evidence'),
    articles: claim.has('article') || evidence.has('article'),
    entities: claim.has('subject') || claim.has('object'),
  };
  byPath.set(key, include);
  return include;
}
