import autocannon, { type Result } from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startChild, type Child } from "./servers.js";
import { sampleCalendarComplete } from "../src/vendors/kartra/simulator.js";

/**
 * `npm run bench`: every scenario of the performance issue in one run, so ratios hold on a
 * noisy 2-core machine. Servers run in child processes (NODE_ENV=production); each scenario gets
 * a warm-up round then a measured round, pipelining 1, at 1 connection (latency) and 100
 * connections (throughput). Every response is checked: status 200, no `errors`, and the
 * expected size of its `data` part — a benchmark that counts error responses is worthless.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const MEASURE_S = Number(process.env.BENCH_DURATION ?? 5);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

interface Row {
  scenario: string;
  c1_p50_ms?: number;
  c1_p99_ms?: number;
  c100_rps?: number;
  c100_p50_ms?: number;
  c100_p99_ms?: number;
  upstream_calls?: number;
  /** Size of the `data` part of one response: scenarios compared by ratio answer the same bytes. */
  data_bytes?: number;
  note?: string;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  body: (i: number) => string;
  /** Fixed bodies are checked for exact data size; varying ones only for status/errors. */
  fixed: boolean;
  /** A further check of each answer (e.g. a webhook stored as new, not a duplicate). */
  accept?: (body: string) => boolean;
}

function dataPart(body: string): string {
  const i = body.indexOf(',"extensions"');
  return i < 0 ? body : body.slice(0, i);
}

async function probe(t: Target): Promise<number> {
  const res = await fetch(t.url, { method: "POST", headers: t.headers, body: t.body(0) });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"') || (t.accept && !t.accept(text)))
    throw new Error(`probe failed (${res.status}): ${text.slice(0, 300)}`);
  return dataPart(text).length;
}

async function load(
  t: Target,
  connections: number,
  seconds: number,
  expectedSize: number,
): Promise<Result & { bad: number; firstBad?: string }> {
  let bad = 0;
  let firstBad: string | undefined;
  let counter = 0;
  const result = await autocannon({
    url: t.url,
    connections,
    duration: seconds,
    pipelining: 1,
    // 100 connections on ~100 KB responses queue for seconds on 2 cores: a slow answer is not a failed one
    timeout: 60,
    requests: [
      {
        method: "POST",
        headers: t.headers,
        setupRequest: (req) => ({ ...req, body: t.body(++counter) }),
        onResponse: (status, body) => {
          if (
            status !== 200 ||
            body.includes('"errors"') ||
            (t.fixed && dataPart(body).length !== expectedSize) ||
            (t.accept && !t.accept(body))
          ) {
            bad++;
            firstBad ??= `status ${status}, data size ${dataPart(body).length} (expected ${expectedSize}): ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  return Object.assign(result, {
    bad: bad + result.non2xx + result.errors + result.timeouts,
    firstBad:
      firstBad ?? (result.errors || result.timeouts ? `${result.errors} connection errors, ${result.timeouts} timeouts` : undefined),
  });
}

async function measure(name: string, t: Target, extra: Partial<Row> = {}): Promise<Row> {
  const size = await probe(t);
  process.stderr.write(`• ${name}: warm-up…`);
  await load(t, 1, WARMUP_S, size);
  await load(t, 100, WARMUP_S, size);
  process.stderr.write(" 1 connection…");
  const one = await load(t, 1, MEASURE_S, size);
  process.stderr.write(" 100 connections…");
  const many = await load(t, 100, MEASURE_S, size);
  process.stderr.write(" done\n");
  if (one.bad || many.bad)
    throw new Error(`${name}: ${one.bad + many.bad} responses failed the check; first: ${one.firstBad ?? many.firstBad}`);
  return {
    scenario: name,
    c1_p50_ms: one.latency.p50,
    c1_p99_ms: one.latency.p99,
    c100_rps: Math.round(many.requests.average),
    c100_p50_ms: many.latency.p50,
    c100_p99_ms: many.latency.p99,
    data_bytes: t.fixed ? size : undefined,
    ...extra,
  };
}

const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** A LeadGraph answer as the bench reads it (`extensions.upstream`: the request's vendor calls). */
interface GqlAnswer<D> {
  data: D;
  errors?: unknown[];
  extensions: { upstream: { calls: number; byVendor: Record<string, Record<string, number>> } };
}

async function leadGraph(env: Record<string, string>): Promise<Child & { apiKey: string }> {
  const dataDir = path.join(tmpdir(), `leadgraph-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const child = await startChild(
    "../src/main.js",
    { LEADGRAPH_DATA_DIR: dataDir, ...env },
    /GraphQL:\s+(http:\/\/\S+)\/graphql[\s\S]*API key: (\S+)[\s\S]*\n\n/,
  );
  const apiKey = /API key: (\S+)/.exec(child.banner)![1]!;
  return Object.assign(child, { apiKey });
}

const LEAD_FIELDS =
  "id vendor nativeId externalId firstName lastName email phone secondaryPhone company jobTitle source score tags createdAt updatedAt " +
  "address { street city state postalCode country }";

async function main() {
  const rows: Row[] = [];
  const ratios: Record<string, number> = {};
  const headersFor = (key: string) => ({ "content-type": "application/json", authorization: `Bearer ${key}` });

  // 1. baseline
  const base = await startChild("baseline-server.js", {}, /listening (\S+)/);
  const r1 = await measure("1 baseline: bare Apollo `{ hello }`", {
    url: base.url,
    headers: { "content-type": "application/json" },
    body: () => gqlBody("{ hello }"),
    fixed: true,
  });
  rows.push(r1);
  await base.stop();

  // 2–5 on LeadGraph with the in-memory cache
  const lg = await leadGraph({});
  const url = `${lg.url}/graphql`;
  const h = headersFor(lg.apiKey);
  const r2 = await measure("2 LeadGraph `{ __typename }`", { url, headers: h, body: () => gqlBody("{ __typename }"), fixed: true });
  rows.push(r2);

  const firstRes = await fetch(url, { method: "POST", headers: h, body: gqlBody("{ leads(first: 1) { edges { node { id } } } }") });
  const first = (await firstRes.json()) as { data?: { leads?: { edges?: { node?: { id?: string } }[] } } } | undefined;
  const leadId: string | undefined = first?.data?.leads?.edges?.[0]?.node?.id;
  let r3: Row | undefined;
  let r4: Row | undefined;
  let leadsWarmJson: unknown;
  const leadsQuery =
    `{ leads(first: 100) { edges { cursor node { ${LEAD_FIELDS} customFields { key value } } } ` +
    "pageInfo { hasNextPage endCursor } } }";
  if (leadId) {
    const q3 = `query Lead($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
    r3 = await measure("3 warm-cache `lead(id)` (20 fields, in-memory cache)", {
      url,
      headers: h,
      body: () => gqlBody(q3, { id: leadId }),
      fixed: true,
    });
    rows.push(r3);

    // Upstream calls are counted per request by LeadGraph itself (extensions.upstream): the
    // simulator's own counter also sees the demo's background Kartra→ClientTether forwarding.
    const coldRes = await fetch(url, { method: "POST", headers: { ...h, "cache-control": "no-cache" }, body: gqlBody(leadsQuery) });
    const cold = (await coldRes.json()) as GqlAnswer<{ leads: unknown }>;
    if (cold.errors) throw new Error(`cold leads failed: ${JSON.stringify(cold.errors)}`);
    const coldCalls: number = cold.extensions.upstream.calls;
    r4 = await measure(
      "4 `leads(first: 100)` nested (warm)",
      { url, headers: h, body: () => gqlBody(leadsQuery), fixed: true },
      { upstream_calls: coldCalls, note: `cold request: ${coldCalls} upstream call(s) for 100 leads` },
    );
    rows.push(r4);
    leadsWarmJson = cold.data.leads;

    // 5. N+1 shape: ClientTether has no multi-client events read, so the minimum is one list
    // page plus one read_all_events per lead; a naive resolver pays again for every repeat.
    const n1 = async (query: string) => {
      const answer = await fetch(url, { method: "POST", headers: { ...h, "cache-control": "no-cache" }, body: gqlBody(query) });
      const res = (await answer.json()) as GqlAnswer<unknown>;
      if (res.errors) throw new Error(`N+1 query failed: ${JSON.stringify(res.errors).slice(0, 300)}`);
      return res.extensions.upstream;
    };
    const leadsWithEvents = "leads(first: 100) { edges { node { id events { edges { node { __typename } } } } } }";
    const once = await n1(`{ ${leadsWithEvents} }`);
    rows.push({
      scenario: "5 N+1: 100 leads × their events (one request)",
      upstream_calls: once.calls,
      note: `${JSON.stringify(once.byVendor.clienttether)}; naive: 101, minimum: 101`,
    });
    const twice = await n1(`{ a: ${leadsWithEvents} b: ${leadsWithEvents} }`);
    rows.push({
      scenario: "5b the same 100 leads × events asked twice in one request",
      upstream_calls: twice.calls,
      note: `${JSON.stringify(twice.byVendor.clienttether)}; naive: 202, minimum: 101`,
    });
  } else {
    rows.push({ scenario: "3–5 (ClientTether)", note: "skipped: no lead reader configured in demo mode" });
  }
  await lg.stop();

  // 3 again, Redis as the only cache
  if (leadId) {
    const lgr = await leadGraph({ REDIS_URL });
    const q3 = `query Lead($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
    const r3r = await measure("3r warm-cache `lead(id)` (Redis as the only cache)", {
      url: `${lgr.url}/graphql`,
      headers: headersFor(lgr.apiKey),
      body: () => gqlBody(q3, { id: leadId }),
      fixed: true,
    });
    rows.push(r3r);
    ratios["3r/1 req/s (target ≥ 0.6)"] = r3r.c100_rps! / r1.c100_rps!;
    await lgr.stop();
  }

  // 3 again without extensions.upstream: what the per-request cost report costs
  if (leadId && r3) {
    const lgx = await leadGraph({ LEADGRAPH_UPSTREAM_EXTENSION: "false" });
    const q3 = `query Lead($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
    const r3x = await measure("3x warm-cache `lead(id)` without `extensions.upstream`", {
      url: `${lgx.url}/graphql`,
      headers: headersFor(lgx.apiKey),
      body: () => gqlBody(q3, { id: leadId }),
      fixed: true,
    });
    rows.push(r3x);
    ratios["3/3x req/s: cost of extensions.upstream (1.00 = free)"] = r3.c100_rps! / r3x.c100_rps!;
    await lgx.stop();
  }

  // 6. static resolver returning the same JSON as 4 warm
  if (leadsWarmJson && r4) {
    const dir = path.join(tmpdir(), `leadgraph-bench-static-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "leads.json"), JSON.stringify(leadsWarmJson));
    const st = await startChild(
      "baseline-server.js",
      { BENCH_STATIC_LEADS: path.join(dir, "leads.json"), BENCH_SCHEMA: path.join(root, "schema/schema.graphql") },
      /listening (\S+)/,
    );
    const r6 = await measure("6 static resolver, same JSON as 4", {
      url: st.url,
      headers: { "content-type": "application/json" },
      body: () => gqlBody(leadsQuery),
      fixed: true,
    });
    rows.push(r6);
    ratios["4-warm/6 req/s (target ≥ 0.5)"] = r4.c100_rps! / r6.c100_rps!;
    await st.stop();
  }

  // 7. Kartra webhook ingest
  for (const [label, env] of [["SQLite", {}], ["Postgres", { DATABASE_URL }]] as const) {
    const k = await leadGraph(env);
    const secret = /webhooks\/kartra\/(\S+)/.exec(k.banner)?.[1];
    if (!secret || secret.startsWith("<")) {
      rows.push({ scenario: `7 Kartra ingest (${label})`, note: "skipped: no Kartra webhook in demo mode" });
      await k.stop();
      continue;
    }
    // Kartra's own sample payload, one distinct subscription per request so every post is a new record.
    const template = sampleCalendarComplete() as { action_details: { calendar: Record<string, unknown> } };
    // its own counter: the request index restarts with every round, and a repeated id is a duplicate, not a new record
    const base = Date.now() * 1000;
    let sent = 0;
    const body = () => {
      template.action_details.calendar.calendar_subscription_id = base + ++sent;
      return JSON.stringify(template);
    };
    const r7 = await measure(`7 Kartra webhook ingest (${label}), stored/s at 100 conns`, {
      url: `${k.url}/webhooks/kartra/${secret}`,
      headers: { "content-type": "application/json" },
      body,
      fixed: false,
      // acknowledged only after commit, and new: a duplicate answer would not be a stored record
      accept: (b) => b.includes('"ok":true') && b.includes('"duplicate":false'),
    });
    rows.push(r7);
    await k.stop();
  }

  ratios["3/1 req/s (target ≥ 0.8)"] = r3 ? r3.c100_rps! / r1.c100_rps! : NaN;
  ratios["2/1 req/s (target ≥ 0.95)"] = r2.c100_rps! / r1.c100_rps!;
  ratios["p50(3) − p50(1) at 1 conn, ms (target ≤ 1)"] = r3 ? r3.c1_p50_ms! - r1.c1_p50_ms! : NaN;

  const out = { date: new Date().toISOString(), node: process.version, warmupSeconds: WARMUP_S, measureSeconds: MEASURE_S, rows, ratios };
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  writeFileSync(path.join(root, "bench/results/latest.json"), `${JSON.stringify(out, null, 2)}\n`);
  const fmt = (v: unknown) => (v === undefined ? "" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v));
  const table = [
    "| scenario | c1 p50 ms | c1 p99 ms | c100 req/s | c100 p50 ms | c100 p99 ms | data bytes | upstream calls | note |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const cells = [r.c1_p50_ms, r.c1_p99_ms, r.c100_rps, r.c100_p50_ms, r.c100_p99_ms, r.data_bytes, r.upstream_calls].map(fmt);
      return `| ${[r.scenario, ...cells, r.note ?? ""].join(" | ")} |`;
    }),
    "",
    "| ratio | value |",
    "|---|---|",
    ...Object.entries(ratios).map(([k, v]) => `| ${k} | ${fmt(v)} |`),
  ].join("\n");
  writeFileSync(path.join(root, "bench/results/latest.md"), `${table}\n`);
  process.stdout.write(`${table}\n`);
}

await main();
process.exit(0);
