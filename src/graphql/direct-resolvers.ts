import { getMetadataStorage } from "type-graphql";
import { GraphQLScalarType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";

/**
 * type-graphql passes every `@Arg` through an async validation step, even with validation off
 * (`validate: false`), so any resolver with an argument answers through `Promise.all`: a warm
 * `lead(id:)` served synchronously from the in-process cache still completed a turn of the
 * microtask queue later, with a promise per argument. Root query fields whose parameters are
 * only scalar arguments and the context get a resolver that calls the method directly, with the
 * same arguments type-graphql would pass (a scalar argument is passed through unchanged).
 * Fields with middlewares, auth roles, input-object arguments or validation keep type-graphql's.
 */
type Param = {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  validateFn?: unknown;
  validateSettings?: unknown;
  getType?: () => unknown;
};
type ResolverMeta = {
  schemaName: string;
  methodName: string;
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  params?: Param[];
  middlewares?: unknown[];
  roles?: unknown[];
};

const isScalar = (t: unknown) => t instanceof GraphQLScalarType || t === String || t === Boolean || t === Number;

const direct = (p: Param) =>
  (p.kind === "context" && !p.propertyName) ||
  p.kind === "info" ||
  (p.kind === "arg" && p.name !== undefined && !p.validateFn && !p.validateSettings && isScalar(p.getType?.()));

export function directQueryResolvers(schema: GraphQLSchema): string[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const fields = query.getFields();
  const instances = new Map<unknown, Record<string, (...args: unknown[]) => unknown>>();
  const done: string[] = [];
  for (const meta of getMetadataStorage().queries as unknown as ResolverMeta[]) {
    const field = fields[meta.schemaName];
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    if (!field || meta.middlewares?.length || meta.roles?.length || !params.every(direct)) continue;
    let instance = instances.get(meta.target);
    if (!instance) instances.set(meta.target, (instance = new meta.target()));
    const method = instance[meta.methodName]!;
    const self = instance;
    const resolve: GraphQLFieldResolver<unknown, unknown> = (_root, args, ctx, info) =>
      method.apply(
        self,
        params.map((p) => (p.kind === "arg" ? args[p.name!] : p.kind === "info" ? info : ctx)),
      );
    field.resolve = resolve;
    done.push(meta.schemaName);
  }
  return done;
}
