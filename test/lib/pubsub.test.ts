import { describe, expect, it } from "vitest";
import { createAppPubSub } from "../../src/lib/pubsub.js";

describe("in-process pubsub", () => {
  it("knows which topics have a subscriber, and delivers to them; a topic nobody listens on is skipped", async () => {
    const ps = createAppPubSub();
    expect(ps.listening("t")).toBe(false);
    const a = ps.subscribe("t")[Symbol.asyncIterator]();
    const b = ps.subscribe("t")[Symbol.asyncIterator]();
    const nextA = a.next();
    const nextB = b.next();
    // a repeater attaches its listener once it is first read
    await new Promise((r) => setImmediate(r));
    expect(ps.listening("t")).toBe(true);
    expect(ps.listening("other")).toBe(false);
    ps.publish("t", { n: 1 });
    expect((await nextA).value).toEqual({ n: 1 });
    expect((await nextB).value).toEqual({ n: 1 });
    await a.return?.();
    expect(ps.listening("t")).toBe(true); // b still listens
    const nextB2 = b.next();
    ps.publish("t", { n: 2 });
    expect((await nextB2).value).toEqual({ n: 2 });
    await b.return?.();
    expect(ps.listening("t")).toBe(false);
  });
});
