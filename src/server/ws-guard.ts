import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from "graphql";
import type { SubscribePayload } from "graphql-ws";
import { depthLimitRule } from "./depth-limit.js";
import { costLimitError, operationCost } from "./cost-limit.js";
import { inputProblems, inputLimitsError, type InputLimits } from "./input-limits.js";
import { errorFormatter } from "./apollo.js";
import { scrubResultData } from "../lib/logger.js";

export interface WsGuardOptions {
  schema: GraphQLSchema;
  maxDepth: number;
  maxCost: number;
  inputLimits: InputLimits;
  introspection: boolean;
  /** Configured vendor secrets, scrubbed from what the socket sends (as over HTTP). */
  secrets: string[];
  development: boolean;
}

/**
 * The same gate for operations over graphql-ws as Apollo applies over HTTP: depth, cost and
 * input limits, and no introspection when it is off. graphql-ws would otherwise validate with
 * the spec's rules alone, so a socket could run what POST /graphql refuses (queries and
 * mutations travel over it too, not only subscriptions). Returns the execution arguments, or
 * the errors that refuse the operation before anything runs.
 */
export function wsOperationGuard(opts: WsGuardOptions) {
  const rules: ValidationRule[] = [
    ...specifiedRules,
    depthLimitRule(opts.maxDepth),
    ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  return (payload: SubscribePayload, contextValue: unknown): ExecutionArgs | readonly GraphQLError[] => {
    let document: DocumentNode;
    try {
      document = parse(payload.query);
    } catch (e) {
      return [e instanceof GraphQLError ? e : new GraphQLError("the operation is not valid GraphQL")];
    }
    const errors = validate(opts.schema, document, rules);
    if (errors.length) return errors;
    const variables = payload.variables ?? undefined;
    const problems = inputProblems(document, variables, opts.inputLimits);
    if (problems.length) return [withoutHttp(inputLimitsError(problems))];
    const cost = operationCost(opts.schema, document, payload.operationName, variables ?? {});
    if (cost > opts.maxCost) return [withoutHttp(costLimitError(cost, opts.maxCost))];
    return { schema: opts.schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
  };
}

/** `extensions.http` is Apollo's instruction for the HTTP status; a socket has none to set. */
function withoutHttp(e: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = e.extensions;
  return new GraphQLError(e.message, { extensions });
}

/**
 * What a result over the socket looks like to the client, as over HTTP: errors through the same
 * formatter as Apollo's (generic INTERNAL_SERVER_ERROR, secrets scrubbed), mutation data
 * scrubbed of configured secrets (vendors' own messages ride in it).
 */
export function wsResultFormatter(opts: Pick<WsGuardOptions, "secrets" | "development">) {
  const format = errorFormatter(opts);
  return (args: ExecutionArgs, result: ExecutionResult) => {
    const mutation = getOperationAST(args.document, args.operationName)?.operation === "mutation";
    return {
      ...result,
      ...(mutation ? { data: scrubResultData(result.data, opts.secrets) } : {}),
      ...(result.errors ? { errors: result.errors.map((e) => format(e.toJSON(), e)) } : {}),
    };
  };
}
