import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { acceptCalendarComplete, calendarCompleteSchema, validateKartraWebhook } from "../../../src/vendors/kartra/schema.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";

/**
 * The webhook accepts a valid calendar_complete by a hand-written check (the hot path) and asks
 * the zod schema about anything else, which words every failure. Here both must agree: whatever
 * the fast path accepts, the schema accepts with the same output, and whatever the schema refuses,
 * the fast path refuses too. Every leaf of the sample body is replaced by each of the values below.
 */
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../src/vendors/kartra/fixtures/${name}`, import.meta.url), "utf8")) as unknown;

const REPLACEMENTS: unknown[] = [
  undefined, null, "", "12", " 7 ", "-3", "1.5", "x", 0, 3, 1.5, -2, true, [], {}, [{}], "Mars/Olympus", "2021-03-14 02:30",
];

function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => paths(x, [...at, i]))];
  if (v && typeof v === "object") return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))];
  return [at];
}

function withValue(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  if (!path.length) return value;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete o[last];
  else o[last] = value;
  return copy;
}

function agree(body: unknown) {
  const fast = acceptCalendarComplete(body);
  const full = calendarCompleteSchema.safeParse(body);
  if (fast) {
    expect(full.success).toBe(true);
    expect(fast).toEqual(full.data);
  }
  if (!full.success) expect(fast).toBeUndefined();
  return { fast: fast !== undefined, zod: full.success };
}

describe("Kartra calendar_complete: the fast path and the schema agree", () => {
  it("accepts the documented samples with the schema's output", () => {
    for (const body of [fixture("calendar-complete.json"), fixture("calendar-complete-strings.json"), sampleCalendarComplete()]) {
      expect(agree(body)).toEqual({ fast: true, zod: true });
    }
  });

  it("never accepts what the schema refuses, nor differs from its output, with any leaf replaced", () => {
    let refused = 0;
    let accepted = 0;
    for (const base of [fixture("calendar-complete.json"), fixture("calendar-complete-strings.json")]) {
      for (const p of paths(base)) {
        for (const value of REPLACEMENTS) {
          const r = agree(withValue(base, p, value));
          if (!r.zod) refused++;
          if (r.fast) accepted++;
        }
      }
    }
    // both kinds of case are exercised
    expect(refused).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(100);
  });

  it("leaves a __proto__ key and every refusal to the schema, whose messages the webhook answers with", () => {
    const body = JSON.parse(JSON.stringify(sampleCalendarComplete()).replace('"lead":{', '"lead":{"__proto__":{"x":1},')) as unknown;
    expect(acceptCalendarComplete(body)).toBeUndefined();
    const bad = withValue(sampleCalendarComplete(), ["lead", "id"], "abc");
    expect(validateKartraWebhook(bad)).toEqual({
      ok: false,
      problems: [{ path: "lead.id", message: 'expected an integer or a string of digits, got "abc"' }],
    });
  });
});
