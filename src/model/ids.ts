import { badInput } from "../lib/errors.js";

/**
 * Global ids are readable: `vendor:type:nativeId` (e.g. `acme:lead:8051632`).
 * Native ids may themselves contain `:` (everything after the second colon is the native id).
 */
export interface GlobalId {
  vendor: string;
  type: string;
  nativeId: string;
}

const PART = /^[a-z][a-z0-9_]*$/;

export function toGlobalId(vendor: string, type: string, nativeId: string | number): string {
  return `${vendor}:${type}:${nativeId}`;
}

/** Parses a global id or throws BAD_USER_INPUT naming `argument`. */
export function parseGlobalId(id: string, argument = "id"): GlobalId {
  const first = id.indexOf(":");
  const second = first < 0 ? -1 : id.indexOf(":", first + 1);
  const vendor = first < 0 ? "" : id.slice(0, first);
  const type = second < 0 ? "" : id.slice(first + 1, second);
  const nativeId = second < 0 ? "" : id.slice(second + 1);
  if (!PART.test(vendor) || !PART.test(type) || nativeId === "") {
    throw badInput(argument, `"${truncate(id)}" is not a global id; expected vendor:type:nativeId, e.g. <vendor>:lead:8051632`);
  }
  return { vendor, type, nativeId };
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * Whether `value` is an object whose global id has this type (`lead` in `acme:lead:1`). Adapters
 * return plain objects, and type-graphql tells which type a Node is by `instanceof`: the node
 * classes answer it with this, from the id.
 */
export function hasGlobalIdType(value: unknown, type: string): boolean {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== "string") return false;
  const first = id.indexOf(":");
  return first > 0 && id.startsWith(`${type}:`, first + 1);
}
