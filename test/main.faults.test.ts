import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "graphql-ws";
import { FaultProxy, type FaultMode } from "./helpers/fault-proxy.js";
import { freshPgDatabase, PG_URL } from "./helpers/pg.js";
import { REDIS_URL, redisUp } from "./helpers/redis.js";
import { ROOT } from "./helpers/process.js";
import { startLeadGraph, type LeadGraphProcess } from "./helpers/leadgraph-process.js";
import { wsClient, collect } from "./vendors/kartra/ws.js";
import { sampleCalendarComplete } from "../src/vendors/kartra/simulator.js";

/**
 * Issue 13's fault suite. LeadGraph runs as a real process in production mode (src/main.ts,
 * demo tenant on its simulators), with Postgres and Redis reached through in-repo TCP fault
 * proxies. Under steady load (cached lead reads, store reads, Kartra webhooks, /readyz polls and a
 * live subscription) each dependency is cut each way for CUT_MS, then healed. Figures go to
 * bench/results/faults.md; the assertions are the issue's "What it must do", with generous bounds.
 */
const CUT_MS = 4000;
const RESULTS = path.join(ROOT, "bench/results/faults.md");

type Rec = { kind: "read" | "store-read" | "webhook" | "readyz"; start: number; end: number; status: number; code?: string; sub?: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Load {
  readonly recs: Rec[] = [];
  readonly acked = new Map<number, number>(); // subscription id → ack time
  running = true;
  writersPaused = false;
  private nextSub = 100_000;
  private readonly loops: Promise<void>[] = [];
  inFlight = 0;

  constructor(private readonly lg: LeadGraphProcess) {}

  private async timed(kind: Rec["kind"], fn: () => Promise<Response>, sub?: number): Promise<Rec> {
    const start = Date.now();
    this.inFlight++;
    let rec: Rec;
    try {
      const res = await fn();
      const text = await res.text();
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
      const clean = res.status === 200 && !/"errors"/.test(text);
      rec = { kind, start, end: Date.now(), status: res.status, code: clean ? undefined : code, sub };
      if (kind === "webhook" && res.status === 200 && /"ok":true/.test(text)) this.acked.set(sub!, rec.end);
    } catch (e) {
      rec = { kind, start, end: Date.now(), status: 0, code: (e as Error).name };
    } finally {
      this.inFlight--;
    }
    this.recs.push(rec);
    return rec;
  }

  gql(query: string) {
    return fetch(`${this.lg.url}/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.lg.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(60_000),
    });
  }

  webhook(sub: number) {
    return fetch(this.lg.kartraWebhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(sampleCalendarComplete({ subscriptionId: sub })),
      signal: AbortSignal.timeout(60_000),
    });
  }

  readyz() {
    return this.timed("readyz", () => fetch(`${this.lg.url}/readyz`, { signal: AbortSignal.timeout(60_000) }));
  }

  start() {
    const loop = (fn: () => Promise<unknown>, pauseMs: number) =>
      this.loops.push(
        (async () => {
          while (this.running) {
            await fn();
            await sleep(pauseMs);
          }
        })(),
      );
    for (let i = 0; i < 2; i++) {
      loop(() => this.timed("read", () => this.gql(`{ lead(id: "clienttether:lead:${8051632 + i}") { id firstName } }`)), 20);
    }
    loop(() => this.timed("store-read", () => this.gql(`{ calendarCompletions(first: 1) { edges { cursor } } }`)), 50);
    loop(async () => {
      if (this.writersPaused) return;
      const sub = this.nextSub++;
      await this.timed("webhook", () => this.webhook(sub), sub);
    }, 30);
    loop(() => this.readyz(), 100);
  }

  async stop() {
    this.running = false;
    await Promise.all(this.loops);
  }
}

interface Row {
  fault: string;
  alive: boolean;
  worstMs: number;
  readyz503Ms: number | null;
  recoveredMs: number;
  lost: number;
  note: string;
}

const fmt = (ms: number | null) => (ms == null ? "never (not needed)" : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);

describe("Redis and Postgres faults against a LeadGraph process in production mode", async () => {
  const up = (await redisUp()) && (await freshPgDatabase().then(async (d) => (await d?.drop(), !!d)));
  let db: Awaited<ReturnType<typeof freshPgDatabase>>;
  let pgProxy: FaultProxy;
  let redisProxy: FaultProxy;
  let lg: LeadGraphProcess;
  let load: Load;
  let ws: Client;
  let live: ReturnType<typeof collect<{ calendarCompleted: { calendar: { nativeId: string } } }>>;
  let admin: pg.Client;
  const rows: Row[] = [];
  const extra: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), "lg-faults-"));
  const namespace = `lg-faults-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    if (!up) return;
    db = (await freshPgDatabase())!;
    const pgTarget = new URL(PG_URL);
    const redisTarget = new URL(REDIS_URL);
    pgProxy = await FaultProxy.start({ host: pgTarget.hostname, port: Number(pgTarget.port || 5432) });
    redisProxy = await FaultProxy.start({ host: redisTarget.hostname, port: Number(redisTarget.port || 6379) });
    const viaProxy = new URL(db.url);
    viaProxy.host = `127.0.0.1:${pgProxy.port}`;
    lg = await startLeadGraph(
      {
        LEADGRAPH_DATA_DIR: dataDir,
        DATABASE_URL: viaProxy.toString(),
        REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
        LEADGRAPH_CACHE_NAMESPACE: namespace,
      },
      "production",
    );
    admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    load = new Load(lg);
    ws = wsClient(lg.url, lg.apiKey);
    live = collect(ws, `subscription { calendarCompleted { calendar { nativeId } } }`);
    load.start();
    await until(async () => (await load.readyz()).status === 200 && load.acked.size > 3, 30_000);
  }, 90_000);

  afterAll(async () => {
    if (!up) return;
    await load?.stop();
    live?.dispose();
    await ws?.dispose();
    const code = await lg?.stop();
    extra.push(`Process exit after SIGTERM at the end: code ${code}.`);
    await admin?.end();
    await pgProxy?.close();
    await redisProxy?.close();
    await db?.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    writeResults(rows, extra);
  }, 60_000);

  async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
    const t0 = Date.now();
    while (!(await check())) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`condition not reached within ${timeoutMs} ms`);
      await sleep(50);
    }
    return Date.now() - t0;
  }

  async function storedSubs(): Promise<Set<number>> {
    const r = await admin.query<{ subscription_id: string }>("select subscription_id from kartra_webhooks");
    return new Set(r.rows.map((x) => Number(x.subscription_id)));
  }

  /** One fault: cut, hold CUT_MS, heal, wait for recovery; returns the figures and checks them. */
  async function scenario(name: string, dep: "redis" | "postgres", cut: () => Promise<void>, heal: () => Promise<void>) {
    await until(async () => (await load.readyz()).status === 200, 30_000);
    const tCut = Date.now();
    await cut();
    await sleep(CUT_MS);
    const tHeal = Date.now();
    await heal();
    // recovered: /readyz 200, then a fresh webhook and a fresh read both succeed
    await until(async () => {
      if ((await load.readyz()).status !== 200) return false;
      const w = await load.webhook(900_000 + Math.floor(Math.random() * 1e6));
      const r = await load.gql(`{ calendarCompletions(first: 1) { edges { cursor } } }`);
      return w.status === 200 && r.status === 200 && !/"errors"/.test(await r.text());
    }, 30_000);
    const recoveredMs = Date.now() - tHeal;
    // every request that started during the cut has finished (each is bounded, so this ends)
    await until(() => load.recs.filter((r) => r.start < tHeal).length > 0 && load.inFlight < 6, 30_000);
    await sleep(500);
    const during = load.recs.filter((r) => r.start >= tCut && r.start < tHeal);
    const worstMs = Math.max(0, ...during.filter((r) => r.kind !== "readyz").map((r) => r.end - r.start));
    const first503 = load.recs.find((r) => r.kind === "readyz" && r.start >= tCut && r.status === 503);
    const readyz503Ms = first503 ? first503.end - tCut : null;
    const stored = await storedSubs();
    const acked = [...load.acked.keys()];
    const lost = acked.filter((s) => !stored.has(s)).length;
    const failed = during.filter((r) => r.status !== 200 || r.code);
    const codes = [...new Set(failed.map((r) => `${r.kind} ${r.status}${r.code ? ` ${r.code}` : ""}`))];
    const reads = during.filter((r) => r.kind === "read").map((r) => r.end - r.start).sort((a, b) => a - b);
    const p50 = reads.length ? reads[Math.floor(reads.length / 2)]! : 0;
    const readyzWorst = Math.max(0, ...during.filter((r) => r.kind === "readyz").map((r) => r.end - r.start));
    const row: Row = {
      fault: name,
      alive: lg.alive(),
      worstMs,
      readyz503Ms,
      recoveredMs,
      lost,
      note:
        `${during.length} requests while cut; cached-read p50 ${p50} ms; slowest /readyz ${readyzWorst} ms; ` +
        `non-200/errors: ${codes.join(", ") || "none"}`,
    };
    rows.push(row);
    expect(row.alive, lg.stderr.join("")).toBe(true);
    // the safety net in main.ts must never have been needed: every fault is caught where it happens
    expect(lg.stdout.join("")).not.toMatch(/unhandled rejection/);
    expect(lost).toBe(0);
    expect(recoveredMs).toBeLessThan(20_000);
    expect(readyzWorst).toBeLessThan(2500);
    // no 500s and no hangs: store work answers a typed 503 / SERVICE_UNAVAILABLE within seconds
    expect(during.filter((r) => r.status === 500 || r.status === 0)).toEqual([]);
    expect(worstMs).toBeLessThan(dep === "redis" ? 3000 : 9000);
    for (const r of during.filter((x) => x.kind !== "readyz" && (x.status !== 200 || x.code))) {
      expect(["SERVICE_UNAVAILABLE"]).toContain(r.code);
    }
    if (dep === "redis") expect(p50).toBeLessThan(300); // the cache fails open fast
    return { tCut, tHeal, first503 };
  }

  const MODES: FaultMode[] = ["reset", "refuse", "black-hole"];

  for (const mode of MODES) {
    const title = `Redis ${mode}: process stays up, reads fail open fast, /readyz says cache, webhooks stored meanwhile reach subscribers`;
    it.runIf(up)(title, async () => {
      const name = `Redis ${mode}${mode === "black-hole" ? " (then a silent drop: old connections never come back)" : ""}`;
      const r = await scenario(name, "redis", () => redisProxy.set(mode), async () => {
        load.writersPaused = true; // from the heal on, only the resend can bring the cut's webhooks to the live subscriber
        await redisProxy.heal();
      });
      expect(r.first503).toBeDefined();
      const ackedDuringCut = [...load.acked].filter(([, t]) => t >= r.tCut && t < r.tHeal).map(([s]) => s);
      expect(ackedDuringCut.length).toBeGreaterThan(0);
      const got = () => new Set(live.items.map((i) => Number(i.calendarCompleted.calendar.nativeId)));
      try {
        const ms = await until(() => ackedDuringCut.every((s) => got().has(s)), 15_000);
        extra.push(
          `Redis ${mode}: the ${ackedDuringCut.length} webhooks acknowledged while Redis was cut reached the live subscriber ` +
            `${ms} ms after recovery, with no new webhook posted after the heal.`,
        );
      } finally {
        load.writersPaused = false;
      }
    }, 90_000);
  }

  for (const mode of MODES) {
    it.runIf(up)(`Postgres ${mode}: process stays up, store work answers SERVICE_UNAVAILABLE in seconds, /readyz says store`, async () => {
      const name = `Postgres ${mode}${mode === "black-hole" ? " (then a silent drop)" : ""}`;
      const r = await scenario(name, "postgres", () => pgProxy.set(mode), () => pgProxy.heal());
      expect(r.first503).toBeDefined();
      expect(r.first503!.end - r.tCut).toBeLessThan(4000);
    }, 90_000);
  }

  it.runIf(up)("Postgres kills every connection (pg_terminate_backend, idle and busy): the process stays up", async () => {
    await scenario("Postgres pg_terminate_backend (failover / killed idle connections)", "postgres", async () => {
      for (let i = 0; i < 3; i++) {
        await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
        );
        await sleep(1000);
      }
    }, async () => {});
  }, 90_000);

  it.runIf(up)("thousands of unique operationNames (20,000 in the issue): /metrics size and RSS stay flat", async () => {
    const metrics = async () => {
      const text = await (await fetch(`${lg.url}/metrics`)).text();
      const rss = Number(/^leadgraph_process_\w*resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? 0);
      return { bytes: Buffer.byteLength(text), rss };
    };
    load.running = false;
    await sleep(500);
    const before = await metrics();
    // 20,000 as in the issue with FAULTS_OPERATION_NAMES=20000; fewer by default, to keep the
    // suite's CPU for the tests running beside it (the cap is the same at any count past 200)
    const N = Number(process.env.FAULTS_OPERATION_NAMES ?? 4000);
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < N) {
          const i = next++;
          // half valid, half invalid (an unknown field), every one with its own name
          const query = i % 2 ? `query Op${i} { __typename }` : `query Op${i} { nope }`;
          const res = await fetch(`${lg.url}/graphql`, {
            method: "POST",
            headers: { authorization: `Bearer ${lg.apiKey}`, "content-type": "application/json" },
            body: JSON.stringify({ query, operationName: `Op${i}` }),
          });
          await res.arrayBuffer();
        }
      }),
    );
    const after = await metrics();
    extra.push(
      `${N.toLocaleString("en")} requests with unique operationNames (half invalid) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `/metrics ${(before.bytes / 1024).toFixed(0)} KB → ${(after.bytes / 1024).toFixed(0)} KB, ` +
        `RSS ${(before.rss / 2 ** 20).toFixed(0)} MB → ${(after.rss / 2 ** 20).toFixed(0)} MB ` +
        `(before the fix: RSS 146 MB → 594 MB and /metrics 59.5 MB).`,
    );
    // at most MAX_OPERATION_LABELS (200) new names × ~2 KB of histogram lines each
    expect(after.bytes - before.bytes).toBeLessThan(1_000_000);
    expect(after.rss - before.rss).toBeLessThan(120 * 2 ** 20);
  }, 180_000);
});

function writeResults(rows: Row[], extra: string[]) {
  if (!rows.length) return;
  const lines = [
    "# Fault suite figures",
    "",
    "Written by `test/main.faults.test.ts` (part of `npm test`): LeadGraph as a real process (`src/main.ts`, NODE_ENV=production,",
    "demo tenant on its simulators), Postgres and Redis behind `test/helpers/fault-proxy.ts`; " +
      `each cut lasts ${CUT_MS / 1000} s under load`,
    "(2 loops of cached `lead(id)` reads, 1 of `calendarCompletions` store reads, 1 of Kartra webhooks, /readyz every 100 ms, one live",
    "`calendarCompleted` subscription). \"Recovered within\" is from the heal to /readyz 200 plus a webhook and a store read succeeding.",
    `Last run: ${new Date().toISOString()}.`,
    "",
    "| fault | process alive | worst request time while cut | /readyz 503 within | recovered within | acknowledged writes lost |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.fault} | ${r.alive ? "yes" : "**no**"} | ${fmt(r.worstMs)} | ${fmt(r.readyz503Ms)} | ` +
        `${fmt(r.recoveredMs)} | ${r.lost} |`,
    ),
    "",
    "Details per fault:",
    "",
    ...rows.map((r) => `- ${r.fault}: ${r.note}`),
    "",
    ...extra.map((e) => `- ${e}`),
    "",
  ];
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, lines.join("\n"));
}
