/** JSON with object keys sorted by code unit (not localeCompare: a hash of it must not depend on a replica's locale). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Stored GraphQL results round-trip through JSON; their DateTime fields need their Date back. `raw`
 * and `details` are vendor data as received: left as they are.
 */
export function reviveDates(v: unknown): unknown {
  if (typeof v === "string" && ISO.test(v)) return new Date(v);
  if (Array.isArray(v)) return v.map(reviveDates);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "raw" || k === "details" ? x : reviveDates(x)]));
  return v;
}
