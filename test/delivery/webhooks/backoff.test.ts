import { describe, expect, it } from "vitest";
import { webhookBackoffMs, webhookRetryDelayMs } from "../../../src/delivery/webhooks/backoff.js";

describe("webhook backoff", () => {
  it("doubles per attempt between its jitter bounds [step/2, step]", () => {
    const low = [1, 2, 3, 4, 5].map((a) => webhookBackoffMs(a, 1000, 600_000, () => 0));
    const high = [1, 2, 3, 4, 5].map((a) => webhookBackoffMs(a, 1000, 600_000, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("is capped at maxMs however many attempts, with the jitter inside the cap", () => {
    for (const attempt of [11, 20, 100, 5000]) {
      expect(webhookBackoffMs(attempt, 1000, 600_000, () => 1)).toBe(600_000);
      expect(webhookBackoffMs(attempt, 1000, 600_000, () => 0)).toBe(300_000);
    }
  });

  it("stays within bounds for random jitter and spreads its values", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const d = webhookBackoffMs(3, 1000, 600_000);
      expect(d).toBeGreaterThanOrEqual(2000);
      expect(d).toBeLessThanOrEqual(4000);
      seen.add(d);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it("refuses nonsense arguments", () => {
    expect(() => webhookBackoffMs(0, 1000, 2000)).toThrow(RangeError);
    expect(() => webhookBackoffMs(1, 0, 2000)).toThrow(RangeError);
    expect(() => webhookBackoffMs(1, 3000, 2000)).toThrow(RangeError);
  });

  it("honours Retry-After when it is longer than the backoff, but never past maxMs", () => {
    const backoff = { initialMs: 1000, maxMs: 60_000 };
    expect(webhookRetryDelayMs(1, backoff, null, () => 1)).toBe(1000);
    expect(webhookRetryDelayMs(1, backoff, 30_000, () => 1)).toBe(30_000);
    expect(webhookRetryDelayMs(1, backoff, 10, () => 1)).toBe(1000);
    expect(webhookRetryDelayMs(1, backoff, 365 * 86_400_000, () => 1)).toBe(60_000);
  });
});
