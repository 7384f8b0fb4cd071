import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApp, demoTenant, startSimulators } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { DEFAULT_DELIVERY_POLICY } from "../src/model/delivery.js";
import type { OutboxItem } from "../src/vendors/types.js";
import { freshBenchDatabase } from "./pg-database.js";

/**
 * Outbox throughput (issue 15): queued deliveries per second from commit to settled — claimed
 * under a lease, attempted against the Trackdrive simulator over loopback HTTP (create_or_update,
 * the cheapest vendor call), settled with its history — on SQLite and on Postgres, in one
 * process. CPU µs per delivery is this process's (LeadGraph and the simulator together), from
 * process.cpuUsage: compare runs, not vendors.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const N = Number(process.env.BENCH_OUTBOX_N ?? 2000);
// run.ts imports this module (`npm run bench`); run alone it is `node dist-bench/bench/outbox.js`

interface OutboxRow {
  store: string;
  deliveries: number;
  enqueue_per_s: number;
  delivered_per_s: number;
  cpu_us_per_delivery: number;
}

async function run(store: "sqlite" | "postgres", databaseUrl?: string): Promise<OutboxRow> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "lg-bench-outbox-"));
  const sims = await startSimulators();
  const config = loadConfig({
    PORT: "0",
    LEADGRAPH_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const tenant = { ...demoTenant(sims), delivery: { ...DEFAULT_DELIVERY_POLICY, backoff: { initialMs: 50, maxMs: 200 } } };
  const app = await createApp(
    { ...config, demo: false, tenants: [tenant], server: { ...config.server, deliveryConcurrency: 32 } },
    { simulators: sims },
  );
  try {
    const items: OutboxItem[] = Array.from({ length: N }, (_, i) => ({
      tenantId: tenant.id,
      operation: "createLead",
      vendor: "trackdrive",
      payload: {
        input: { firstName: `Bench${i}`, phone: `+1303${String(5_000_000 + i).padStart(7, "0")}` },
        dedupe: true,
        vendorOptions: null,
      },
    }));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // one commit per 100 deliveries, as 100 ASYNC mutations of one target would be 100 commits
    for (let i = 0; i < items.length; i += 100) await app.deliveries.enqueue(items.slice(i, i + 100));
    const enqueued = performance.now();
    for (;;) {
      const depth = await app.deliveries.table.depth();
      if (depth.vendor === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const done = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const settled = await app.store.db
      .selectFrom("delivery_outbox")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "=", "CREATED")
      .executeTakeFirstOrThrow();
    if (Number(settled.n) !== N) throw new Error(`${store}: ${settled.n} of ${N} deliveries CREATED`);
    return {
      store,
      deliveries: N,
      enqueue_per_s: Math.round(N / ((enqueued - t0) / 1000)),
      delivered_per_s: Math.round(N / ((done - t0) / 1000)),
      cpu_us_per_delivery: Math.round((cpu.user + cpu.system) / N),
    };
  } finally {
    await app.close();
    await Promise.all(Object.values(sims).map((s) => s.close()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchOutbox(): Promise<OutboxRow[]> {
  const rows = [await run("sqlite")];
  // no Postgres reachable: the SQLite figures alone
  const db = await freshBenchDatabase("lg_bench").catch(() => undefined);
  if (db) {
    try {
      rows.push(await run("postgres", db.url));
    } finally {
      await db.drop();
    }
  }
  const dir = path.join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  const md = [
    "# Outbox throughput",
    "",
    `${N} queued deliveries (createLead to the Trackdrive simulator), committed 100 per transaction, delivered by one process`,
    "(32 attempts at once). CPU is the whole process (LeadGraph and the simulator).",
    "",
    "| store | deliveries | enqueued/s | delivered/s (commit → settled) | CPU µs/delivery |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.store} | ${r.deliveries} | ${r.enqueue_per_s} | ${r.delivered_per_s} | ${r.cpu_us_per_delivery} |`),
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "outbox.md"), md);
  writeFileSync(path.join(dir, "outbox.json"), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const r of await benchOutbox()) console.log(JSON.stringify(r));
}
