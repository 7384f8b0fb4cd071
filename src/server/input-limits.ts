import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type ValueNode } from "graphql";
import type { FieldProblem } from "../lib/errors.js";

/**
 * Generic limits on everything a caller sends — variables and literal arguments alike — checked
 * before any resolver runs, so hostile input never reaches a vendor or a store:
 * - strings: at most `maxStringLength` characters; no NUL or other C0 control characters
 *   (tab, CR and LF are allowed);
 * - objects (JSON scalars such as `extra`, `customFields`): at most `maxInputDepth` levels, and
 *   no `__proto__` / `constructor` / `prototype` keys (prototype pollution in whatever later
 *   merges them) — nor as the `key` of a key/value input (`customFields: [{ key, value }]`),
 *   which adapters turn into object keys;
 * - lists: at most `maxListLength` items.
 * Vendor-specific rules (phone formats, enum-like vendor fields, lengths a vendor documents)
 * stay in each adapter's `validateLead`. Errors are BAD_USER_INPUT naming the field path.
 */
export interface InputLimits {
  maxStringLength: number;
  maxInputDepth: number;
  maxListLength: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxStringLength: 10_000, maxInputDepth: 10, maxListLength: 1000 };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// C0 controls except \t \n \r
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const MAX_PROBLEMS = 20;

export function checkValue(value: unknown, path: string, limits: InputLimits, problems: FieldProblem[], depth = 0): void {
  if (problems.length >= MAX_PROBLEMS) return;
  if (typeof value === "string") {
    if (value.length > limits.maxStringLength)
      problems.push({ field: path, message: `is longer than ${limits.maxStringLength} characters (maxStringLength)` });
    else if (CONTROL.test(value)) problems.push({ field: path, message: "contains control characters (such as NUL)" });
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (depth >= limits.maxInputDepth) {
    problems.push({ field: path, message: `is nested deeper than ${limits.maxInputDepth} levels (maxInputDepth)` });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > limits.maxListLength) {
      problems.push({ field: path, message: `has more than ${limits.maxListLength} items (maxListLength)` });
      return;
    }
    value.forEach((v, i) => checkValue(v, `${path}.${i}`, limits, problems, depth + 1));
    return;
  }
  const keys = Object.keys(value);
  if (keys.length > limits.maxListLength) {
    problems.push({ field: path, message: `has more than ${limits.maxListLength} keys (maxListLength)` });
    return;
  }
  for (const k of keys) {
    const at = path ? `${path}.${k}` : k;
    const v = (value as Record<string, unknown>)[k];
    if (FORBIDDEN_KEYS.has(k)) problems.push({ field: at, message: `"${k}" is not allowed as a key` });
    else if (k === "key" && typeof v === "string" && FORBIDDEN_KEYS.has(v))
      problems.push({ field: at, message: `"${v}" is not allowed as a key` });
    else {
      if (k.length > limits.maxStringLength || CONTROL.test(k))
        problems.push({ field: path, message: "has a key that is too long or contains control characters" });
      checkValue(v, at, limits, problems, depth + 1);
    }
  }
}

/** Literal argument values in the document (variables are checked as JSON). */
function checkLiteral(node: ValueNode, path: string, limits: InputLimits, problems: FieldProblem[], depth = 0): void {
  if (problems.length >= MAX_PROBLEMS) return;
  switch (node.kind) {
    case Kind.STRING:
      checkValue(node.value, path, limits, problems, depth);
      return;
    case Kind.LIST:
      if (depth >= limits.maxInputDepth)
        return void problems.push({ field: path, message: `is nested deeper than ${limits.maxInputDepth} levels (maxInputDepth)` });
      if (node.values.length > limits.maxListLength)
        return void problems.push({ field: path, message: `has more than ${limits.maxListLength} items (maxListLength)` });
      node.values.forEach((v, i) => checkLiteral(v, `${path}.${i}`, limits, problems, depth + 1));
      return;
    case Kind.OBJECT:
      if (depth >= limits.maxInputDepth)
        return void problems.push({ field: path, message: `is nested deeper than ${limits.maxInputDepth} levels (maxInputDepth)` });
      for (const f of node.fields) {
        const at = `${path}.${f.name.value}`;
        if (FORBIDDEN_KEYS.has(f.name.value)) problems.push({ field: at, message: `"${f.name.value}" is not allowed as a key` });
        else if (f.name.value === "key" && f.value.kind === Kind.STRING && FORBIDDEN_KEYS.has(f.value.value))
          problems.push({ field: at, message: `"${f.value.value}" is not allowed as a key` });
        else checkLiteral(f.value, at, limits, problems, depth + 1);
      }
      return;
    default:
      return;
  }
}

/**
 * Problems in a document's literal arguments, per parsed document: Apollo hands back the same
 * DocumentNode for a query it has seen (its document store), so the walk runs once per query
 * text and limits object rather than once per request.
 */
const literalMemo = new WeakMap<DocumentNode, { limits: InputLimits; problems: FieldProblem[] }>();

function literalProblems(document: DocumentNode, limits: InputLimits): FieldProblem[] {
  const memo = literalMemo.get(document);
  if (memo?.limits === limits) return memo.problems;
  const problems: FieldProblem[] = [];
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const visit = (set: (typeof def)["selectionSet"]) => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) for (const a of sel.arguments ?? []) checkLiteral(a.value, a.name.value, limits, problems);
        if ("selectionSet" in sel && sel.selectionSet) visit(sel.selectionSet);
      }
    };
    visit(def.selectionSet);
  }
  literalMemo.set(document, { limits, problems });
  return problems;
}

export function inputProblems(document: DocumentNode, variables: Record<string, unknown> | undefined, limits: InputLimits): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (variables) checkValue(variables, "", limits, problems);
  const literal = literalProblems(document, limits);
  return literal.length ? [...problems, ...literal].slice(0, MAX_PROBLEMS) : problems;
}

export function inputLimitsError(problems: FieldProblem[]): GraphQLError {
  return new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join("; "), {
    extensions: { code: "BAD_USER_INPUT", field: problems[0]!.field, fieldErrors: problems, http: { status: 400 } },
  });
}

export function inputLimitsPlugin<C extends object>(limits: InputLimits = DEFAULT_INPUT_LIMITS): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problems = inputProblems(document, request.variables, limits);
          if (problems.length) throw inputLimitsError(problems);
        },
      };
    },
  };
}
