import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Query cost ("complexity") limit: a query that would fan out to thousands of upstream calls
 * is refused before anything executes, with an error naming the limit (`maxCost`).
 *
 * The cost of a field is `own + multiplier × cost(children)`:
 * - `own`: `extensions.cost` on the field (type-graphql `@Extensions({ cost: 5 })` — vendor
 *   adapters annotate the fields that call a vendor), else 1 for every root Query field and
 *   10 for every root Mutation field (a write fans out to every target vendor, so 100 aliased
 *   createLeads in one document are the most the default limit admits), else 0 (plain data
 *   already fetched).
 * - `multiplier`: the field's `first` argument (or the argument named by
 *   `extensions.costMultiplier`), from the literal, the variable or its default; else 1. So
 *   `leads(first: 500) { edges { node { events(first: 50) … } } }` costs 1 + 500 × (1 + …).
 * Fragments and inline fragments are counted as if every branch applies (an upper bound);
 * `@skip`/`@include` are ignored for the same reason.
 *
 * It runs in `didResolveOperation` rather than as a validation rule because `first` is often
 * a variable, and validation rules never see variable values.
 */
export interface CostExtensions {
  cost?: number;
  costMultiplier?: string;
}

export const ROOT_QUERY_COST = 1;
export const ROOT_MUTATION_COST = 10;

/**
 * Costs of documents whose cost reads no variable, by document and operation name. Apollo hands
 * back the same DocumentNode for a query text it has seen, so the walk below runs once per query
 * rather than once per request; a cost that depends on a variable (`first: $n`) is recomputed.
 */
const costMemo = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; cost: number }>>();

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const byName = costMemo.get(document);
  const hit = byName?.get(operationName ?? "");
  if (hit?.schema === schema) return hit.cost;
  const { cost, readVariables } = computeCost(schema, document, operationName, variables);
  if (!readVariables) {
    const m = byName ?? new Map<string, { schema: GraphQLSchema; cost: number }>();
    m.set(operationName ?? "", { schema, cost });
    costMemo.set(document, m);
  }
  return cost;
}

function computeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): { cost: number; readVariables: boolean } {
  let readVariables = false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  let op: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName)) op ??= d;
  }
  if (!op) return { cost: 0, readVariables };
  const root =
    op.operation === "query"
      ? schema.getQueryType()
      : op.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { cost: 0, readVariables };
  const rootCost = op.operation === "mutation" ? ROOT_MUTATION_COST : ROOT_QUERY_COST;

  const multiplierOf = (field: GraphQLField<unknown, unknown>, node: { arguments?: readonly import("graphql").ArgumentNode[] }): number => {
    const argName = (field.extensions as CostExtensions | undefined)?.costMultiplier ?? "first";
    const argDef = field.args.find((a) => a.name === argName);
    if (!argDef) return 1;
    const argNode = node.arguments?.find((a) => a.name.value === argName);
    let v: unknown = argDef.defaultValue;
    if (argNode) {
      // a literal may hold variables too (valueFromAST reads them): only a constant is memoizable
      if (argNode.value.kind !== Kind.INT && argNode.value.kind !== Kind.FLOAT && argNode.value.kind !== Kind.NULL) readVariables = true;
      v =
        argNode.value.kind === Kind.VARIABLE
          ? (variables[argNode.value.name.value] ?? argDef.defaultValue)
          : valueFromAST(argNode.value, argDef.type, variables);
    }
    return typeof v === "number" && Number.isFinite(v) ? Math.max(0, v) : 1;
  };

  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType, isRoot: boolean, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        const own = (field.extensions as CostExtensions | undefined)?.cost ?? (isRoot ? rootCost : 0);
        const named = getNamedType(field.type);
        const children = sel.selectionSet && isCompositeType(named) ? costOf(sel.selectionSet, named, false, seen) : 0;
        total += own + multiplierOf(field, sel) * children;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? type) : type;
        total += costOf(sel.selectionSet, isCompositeType(t) ? t : type, isRoot, seen);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        const t = schema.getType(frag.typeCondition.name.value);
        total += costOf(frag.selectionSet, isCompositeType(t) ? t : type, isRoot, new Set([...seen, frag.name.value]));
      }
    }
    return total;
  };
  const cost = costOf(op.selectionSet, root, true, new Set());
  return { cost, readVariables };
}

export function costLimitError(cost: number, max: number): GraphQLError {
  const message = `query cost ${cost} exceeds the limit of ${max} (maxCost): ask for fewer items (first) or fewer vendor-backed fields`;
  return new GraphQLError(message, {
    extensions: { code: "BAD_USER_INPUT", limit: "maxCost", cost, maxCost: max, http: { status: 400 } },
  });
}

/** Apollo plugin: refuses an operation whose cost exceeds `maxCost` before execution. */
export function costLimitPlugin<C extends object>(maxCost: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema }) {
          const cost = operationCost(schema, document, operationName, request.variables ?? {});
          if (cost > maxCost) throw costLimitError(cost, maxCost);
        },
      };
    },
  };
}
