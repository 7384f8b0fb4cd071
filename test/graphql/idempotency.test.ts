import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CREATE_LEAD, KEY_A, KEY_B, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";
import { freshPgDatabase } from "../helpers/pg.js";
import { createHash } from "node:crypto";
import { createIdempotency } from "../../src/graphql/idempotency.js";

const pgSchema = await freshPgDatabase();

const CREATE_EVENT =
  `mutation Ev($key: String) {
  createEvent(input: { type: CALL, title: "Call back", startsAt: "2030-01-01T10:00:00Z" }, target: COMUNIK8, idempotencyKey: $key) ` +
  `{ ok replayed deliveries { status nativeId } }
}`;

const lead = (firstName = "Ann") => ({ input: { firstName, phone: "303 555 0199" } });

describe.each([
  ["SQLite", () => ({})],
  ["Postgres", () => ({ DATABASE_URL: pgSchema!.url })],
] as const)("idempotency through GraphQL on %s", (dialect, env) => {
  let e: EchoApp;
  let n = 0;
  const key = () => `k-${dialect}-${Date.now()}-${++n}`;
  const skip = dialect === "Postgres" && !pgSchema;

  beforeAll(async () => {
    if (skip) return;
    e = await startEchoApp({ env: env() as Record<string, string> });
    expect(e.app.store.dialect).toBe(dialect === "SQLite" ? "sqlite" : "postgres");
  });
  afterEach(() => e?.sim.reset());
  afterAll(async () => {
    await e?.close();
  });

  it.skipIf(skip)("a replay returns the stored payload and calls no vendor", async () => {
    const k = key();
    const first = await e.app.gql(CREATE_LEAD, { ...lead(), key: k });
    expect(first.body.data.createLead).toMatchObject({ ok: true, replayed: false, deliveries: [{ status: "CREATED" }] });
    const again = await e.app.gql(CREATE_LEAD, { ...lead(), key: k });
    expect(again.body.data.createLead).toMatchObject({ ok: true, replayed: true });
    expect(again.body.data.createLead.deliveries).toEqual(first.body.data.createLead.deliveries);
    expect(e.sim.callCount("create_lead")).toBe(1);
    expect(again.body.extensions.upstream.calls).toBe(0);
  });

  it.skipIf(skip)("keys with an unpaired surrogate, many at once: each runs once and replays", async () => {
    // a batch of claims is one statement on Postgres; a key the database stores differently from
    // what was sent (UTF-8 has no lone surrogate) was not recognised as claimed and waited to CONFLICT
    const keys = Array.from({ length: 20 }, (_, i) => `${key()}-\uD800-${i}`);
    const first = await Promise.all(keys.map((k, i) => e.app.gql(CREATE_LEAD, { ...lead(`Ann${i}`), key: k })));
    for (const r of first) expect(r.body.errors).toBeUndefined();
    expect(first.map((r) => r.body.data.createLead.replayed)).toEqual(keys.map(() => false));
    expect(e.sim.callCount("create_lead")).toBe(keys.length);
    const again = await Promise.all(keys.map((k, i) => e.app.gql(CREATE_LEAD, { ...lead(`Ann${i}`), key: k })));
    expect(again.map((r) => r.body.data?.createLead.replayed)).toEqual(keys.map(() => true));
    expect(e.sim.callCount("create_lead")).toBe(keys.length);
  });

  it.skipIf(skip)("the Idempotency-Key header works like the argument", async () => {
    const k = key();
    const headers = { "idempotency-key": k };
    await e.app.gql(CREATE_LEAD, lead(), { headers });
    const again = await e.app.gql(CREATE_LEAD, lead(), { headers });
    expect(again.body.data.createLead.replayed).toBe(true);
    expect(e.sim.callCount("create_lead")).toBe(1);
  });

  it.skipIf(skip)("the same key with different input is CONFLICT and calls no vendor", async () => {
    const k = key();
    await e.app.gql(CREATE_LEAD, { ...lead("Ann"), key: k });
    const other = await e.app.gql(CREATE_LEAD, { ...lead("Bob"), key: k });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
    const otherOp = await e.app.gql(CREATE_EVENT, { key: k });
    expect(otherOp.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(e.sim.callCount("create_lead")).toBe(1);
    expect(e.sim.callCount("create_event")).toBe(0);
  });

  it.skipIf(skip)("50 concurrent requests with one key make exactly one vendor call and all get its result", async () => {
    const k = key();
    e.sim.inject("create_lead", { delayMs: 300, passThrough: true, times: 1 });
    const all = await Promise.all(Array.from({ length: 50 }, () => e.app.gql(CREATE_LEAD, { ...lead(), key: k })));
    expect(all.map((r) => r.body.errors)).toEqual(Array(50).fill(undefined));
    expect(e.sim.callCount("create_lead")).toBe(1);
    const ids = new Set(all.map((r) => r.body.data.createLead.deliveries[0].nativeId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(all.filter((r) => r.body.data.createLead.replayed === false)).toHaveLength(1);
  });

  it.skipIf(skip)("input refused before any vendor call releases the key", async () => {
    const k = key();
    const bad = await e.app.gql(CREATE_LEAD, { input: { firstName: "Ann", phone: "12" }, key: k });
    // refused by the target before anything was sent: its REJECTED delivery, and the key is not spent on it
    expect(bad.body.data.createLead.deliveries[0]).toMatchObject({ status: "REJECTED", error: { code: "BAD_USER_INPUT" } });
    const good = await e.app.gql(CREATE_LEAD, { ...lead(), key: k });
    expect(good.body.data.createLead).toMatchObject({ ok: true, replayed: false });
    expect(e.sim.callCount("create_lead")).toBe(1);
  });

  it.skipIf(skip)("keys are per tenant: tenant B's request with tenant A's key is its own and never sees A's payload", async () => {
    const k = key();
    const a = await e.app.gql(CREATE_LEAD, { ...lead("Ann"), key: k }, { apiKey: KEY_A });
    const b = await e.app.gql(CREATE_LEAD, { ...lead("Bea"), key: k }, { apiKey: KEY_B });
    expect(b.body.data.createLead.replayed).toBe(false);
    expect(b.body.data.createLead.deliveries[0].nativeId).not.toBe(a.body.data.createLead.deliveries[0].nativeId);
    expect(e.sim.callCount("create_lead")).toBe(2);
  });

  it.skipIf(skip)("a claim abandoned by a dead request is taken over after the pending timeout", async () => {
    const k = key();
    const calls: number[] = [];
    const fn = async () => {
      calls.push(1);
      return { v: calls.length };
    };
    await e.app.store.db
      .insertInto("idempotency_keys")
      .values({ tenant_id: "acme", key: k, request_hash: "x", state: "pending", response: null, created_at: Date.now() - 10 * 60_000 })
      .execute();
    // different input hash → still CONFLICT, never a takeover
    await expect(createIdempotency(e.app.store, { waitMs: 50 }).run("acme", k, "op", { a: 1 }, fn)).rejects.toMatchObject({
      extensions: { code: "CONFLICT" },
    });
    await e.app.store.db.deleteFrom("idempotency_keys").where("key", "=", k).execute();
    // a crash mid-request leaves a pending claim with the right hash behind; while it is
    // younger than the pending timeout, a retry is told so at once (no waiting) with when to retry
    const hash0 = createHash("sha256").update("op").update("\0").update(JSON.stringify({ a: 1 })).digest("hex");
    await e.app.store.db
      .insertInto("idempotency_keys")
      .values({ tenant_id: "acme", key: k, request_hash: hash0, state: "pending", response: null, created_at: Date.now() - 60_000 })
      .execute();
    await expect(createIdempotency(e.app.store).run("acme", k, "op", { a: 1 }, fn)).rejects.toMatchObject({
      extensions: { code: "CONFLICT", retryAfterSeconds: 240 },
    });
    await e.app.store.db.deleteFrom("idempotency_keys").where("key", "=", k).execute();
    const hash = createHash("sha256").update("op").update("\0").update(JSON.stringify({ a: 1 })).digest("hex");
    await e.app.store.db
      .insertInto("idempotency_keys")
      .values({ tenant_id: "acme", key: k, request_hash: hash, state: "pending", response: null, created_at: Date.now() - 10 * 60_000 })
      .execute();
    expect(await createIdempotency(e.app.store).run("acme", k, "op", { a: 1 }, fn)).toEqual({ result: { v: 1 }, replayed: false });
    expect(await createIdempotency(e.app.store).run("acme", k, "op", { a: 1 }, fn)).toEqual({ result: { v: 1 }, replayed: true });
    expect(calls).toHaveLength(1);
  });

  it.skipIf(skip)("keys expire after the configured time", async () => {
    const k = key();
    let calls = 0;
    const fn = async () => ({ v: ++calls });
    await createIdempotency(e.app.store, { ttlMs: 60_000 }).run("acme", k, "op", {}, fn);
    expect((await createIdempotency(e.app.store, { ttlMs: 60_000 }).run("acme", k, "op", {}, fn)).replayed).toBe(true);
    await e.app.store.db.updateTable("idempotency_keys").set({ created_at: Date.now() - 61_000 }).where("key", "=", k).execute();
    expect(await createIdempotency(e.app.store, { ttlMs: 60_000 }).run("acme", k, "op", {}, fn)).toEqual({
      result: { v: 2 },
      replayed: false,
    });
  });
});

describe("idempotency expiry from config", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp({ config: (c) => ({ ...c, server: { ...c.server, idempotencyTtlSeconds: 0.2 } }) });
  });
  afterAll(() => e.close());

  it("server.idempotencyTtlSeconds sets how long a key is remembered", async () => {
    const vars = { ...lead(), key: "short-lived" };
    expect((await e.app.gql(CREATE_LEAD, vars)).body.data.createLead.replayed).toBe(false);
    expect((await e.app.gql(CREATE_LEAD, vars)).body.data.createLead.replayed).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    expect((await e.app.gql(CREATE_LEAD, vars)).body.data.createLead.replayed).toBe(false);
    expect(e.sim.callCount("create_lead")).toBe(2);
  });
});

afterAll(async () => {
  await pgSchema?.drop();
});
