import { describe, expect, it } from "vitest";
import { stableJson } from "../../src/lib/json.js";

/** What stableJson wrote before it was written out by hand; idempotency keys stored its hash. */
const oracle = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

class LeadInputLike {
  lastName = "Doe";
  firstName = "Ann";
  birthday = new Date("1990-05-01T00:00:00.000Z");
  middleName: string | undefined = undefined;
}

/** A small seeded generator, so a failure names its case. */
function random(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const keys = ["b", "a", "10", "9", "0", "ä", "Z", "_", "aa", "toString", "4294967295", "01", "", "é", "\u{1F600}", "x y"];
  const leaf = (): unknown => {
    const r = next();
    if (r < 0.1) return null;
    if (r < 0.2) return undefined;
    if (r < 0.3) return Math.floor(next() * 1e6) - 5e5;
    if (r < 0.35) return next() * 1e-3;
    if (r < 0.4) return Number.NaN;
    if (r < 0.5) return next() < 0.5;
    if (r < 0.6) return new Date(Math.floor(next() * 2e12));
    if (r < 0.65) return () => 1;
    return `s"\\\n${keys[Math.floor(next() * keys.length)]}\u0000`;
  };
  const value = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.4) return leaf();
    if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    const o: Record<string, unknown> = next() < 0.2 ? (new LeadInputLike() as unknown as Record<string, unknown>) : {};
    for (let i = Math.floor(next() * 6); i > 0; i--) o[keys[Math.floor(next() * keys.length)]!] = value(depth + 1);
    return o;
  };
  return value;
}

describe("stableJson", () => {
  it("writes exactly what the replacer version wrote, for 3,000 generated inputs", () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const v = random(seed)(0);
      expect([seed, stableJson(v)]).toEqual([seed, oracle(v)]);
    }
  });

  it("sorts keys by code unit at every depth, integer-like keys first as an object holds them", () => {
    const input = { b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined }, 10: "ten", 9: "nine", B: new Date(0) };
    expect(stableJson(input)).toBe('{"9":"nine","10":"ten","B":"1970-01-01T00:00:00.000Z","a":{"d":[{"y":2,"z":1}]},"b":1}');
    expect(stableJson(input)).toBe(oracle(input));
    expect(stableJson([undefined, () => 1])).toBe("[null,null]");
    expect(stableJson(undefined)).toBe(oracle(undefined));
  });
});
