/**
 * JSON with object keys sorted by code unit (not localeCompare: a hash of it must not depend on a
 * replica's locale). Idempotency keys store a hash of it, so its text must never change: it is
 * what `JSON.stringify` with a replacer that rebuilds each object from its sorted entries wrote
 * (test/lib/json.test.ts holds that as the oracle). Rebuilding an object puts integer-like keys
 * first, ascending, whatever the sort said; that order is kept here. Written out by hand: the
 * replacer copied every object of every mutation's input once per request.
 */
export function stableJson(value: unknown): string {
  return stable(value, "") as string;
}

const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (k: string) => INDEX.test(k) && Number(k) < 4294967295;

function stable(input: unknown, key: string): string | undefined {
  let v = input;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") {
    v = (v as { toJSON(k: string): unknown }).toJSON(key);
  }
  if (v === null || typeof v !== "object" || v instanceof Number || v instanceof String || v instanceof Boolean) return JSON.stringify(v);
  if (Array.isArray(v)) {
    let s = "[";
    for (let i = 0; i < v.length; i++) s += (i ? "," : "") + (stable(v[i], String(i)) ?? "null");
    return `${s}]`;
  }
  // own enumerable keys come integer-like first, ascending (as a rebuilt object orders them), the rest sorted
  const all = Object.keys(v);
  let n = 0;
  while (n < all.length && isIndex(all[n]!)) n++;
  const keys = n ? [...all.slice(0, n), ...all.slice(n).sort()] : all.sort();
  let s = "{";
  let first = true;
  for (const k of keys) {
    const x = stable((v as Record<string, unknown>)[k], k);
    if (x === undefined) continue;
    s += `${first ? "" : ","}${JSON.stringify(k)}:${x}`;
    first = false;
  }
  return `${s}}`;
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
