// What a query may cost: roughly the number of objects it can make the server fetch and return.
// Armor's cost limit multiplies only by `first` written inline; here `first` counts whatever its
// value is (inline, a variable or the schema's default), so `claims(first: $n)` with n = 100 costs
// as much as `claims(first: 100)`.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getVariableValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
// The largest page the resolvers accept: a larger `first` is refused by them (BAD_USER_INPUT), so it costs no more.
import { MAX_PAGE_SIZE } from '../pagination.js';

/**
 * How many items a list without a `first` argument is assumed to hold: such lists are small by
 * nature (a claim's evidence and attributedTo, an event's participants); every list that can grow
 * with the graph takes `first`.
 */
export const DEFAULT_LIST_SIZE = 10;

/**
 * What reading a field costs beyond its items when it cannot stop at its page: a sort on anything
 * but the id orders every matching claim, an aggregate counts every matching claim. Priced as a
 * full page of items.
 */
export const FULL_SCAN_COST = MAX_PAGE_SIZE;

/**
 * The cost of one operation, given the request's variables (with their defaults):
 * - every object a field returns costs 1 (scalars are free: they come with their object);
 * - a field with `first` costs `first` times its items: for a list field (search, related) the
 *   items are the field's own; for a connection or subgraph they are its list children (edges, nodes);
 * - `nodes(ids:)` costs one per id; a connection's edges count its `first`; any other list
 *   DEFAULT_LIST_SIZE;
 * - `last` counts as `first` does (the larger of the two when both are given);
 * - a sort on any key but the id, and an aggregate, add FULL_SCAN_COST each time they are read;
 * - nested costs multiply; fields skipped by @skip/@include and introspection cost nothing.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown> = {},
): number {
  // The variables as execution will see them: a variable left out takes its own default
  // (`$n: Int = 100`), which the field's argument reading alone would not apply. Values that do
  // not coerce are refused by execution; here they are read as given.
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], inputs).coerced ?? inputs;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  const included = (node: { directives?: FieldNode['directives'] }): boolean => {
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    } catch {
      // A variable that does not coerce: execution will refuse it; count the field.
    }
    return true;
  };

  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {};
    }
  };

  /** Cost of a selection set on `type`; `pageSize` is the `first` of the field that owns it, if any. */
  const selectionCost = (type: GraphQLCompositeType, selectionSet: SelectionSetNode, pageSize: number | undefined, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) total += selectionCost(condition, selection.selectionSet, pageSize, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // Validation has refused cycles and unknown fragments; `seen` guards anyway.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (condition && isCompositeType(condition)) {
          total += selectionCost(condition, fragment.selectionSet, pageSize, new Set([...seen, fragment.name.value]));
        }
        continue;
      }
      total += fieldCost(type, selection, pageSize, seen);
    }
    return total;
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, pageSize: number | undefined, seen: Set<string>): number => {
    if (node.name.value.startsWith('__')) return 0; // __typename, __schema, __type
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const named = getNamedType(field.type);
    if (!isCompositeType(named) || !node.selectionSet) return 0;
    const isList = isListType(getNullableType(field.type));
    const args = argumentsOf(field, node);
    const sizes = [args.first, args.last].filter((n): n is number => typeof n === 'number');
    const first = sizes.length ? Math.min(Math.max(...sizes, 0), MAX_PAGE_SIZE) : undefined;
    const sortsAll = Array.isArray(args.sort) && args.sort.some((key) => key && typeof key === 'object' && Object.keys(key).some((k) => k !== 'id'));
    const scan = sortsAll || node.name.value.endsWith('Aggregate') ? FULL_SCAN_COST : 0;
    let items = 1;
    let childPageSize: number | undefined;
    if (isList) {
      if (first !== undefined) items = first;
      else if (Array.isArray(args.ids)) items = Math.min(args.ids.length, MAX_PAGE_SIZE);
      else items = pageSize ?? DEFAULT_LIST_SIZE;
    } else if (first !== undefined) {
      childPageSize = first;
    }
    return items * (1 + scan + selectionCost(named, node.selectionSet, childPageSize, seen));
  };

  return selectionCost(root, operation.selectionSet, undefined, new Set());
}
