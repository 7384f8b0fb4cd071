import { createHash } from "node:crypto";
import http from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import SqliteDatabase from "better-sqlite3";

/**
 * Scenario 7's baselines: the least a durable webhook receiver can do per request, with no
 * framework. It parses the JSON, hashes the body for a dedupe key, runs one
 * INSERT … ON CONFLICT DO NOTHING as its own transaction into a table shaped like the inbox's
 * (id, tenant, unique dedupe key, payload as text) and answers only after the commit.
 * - `BENCH_INGEST=postgres`: `pg` with a pool of 10 (LeadGraph's size), synchronous_commit on
 *   (the server default; asserted at start so a tuned server cannot flatter the baseline).
 * - `BENCH_INGEST=sqlite`: better-sqlite3 in WAL with synchronous = NORMAL, as LeadGraph's store.
 */
const COLUMNS = "$id, tenant text not null, dedupe_key text not null unique, payload text not null";
const INSERT = "insert into bench_inbox (tenant, dedupe_key, payload) values";

type Insert = (tenant: string, key: string, payload: string) => Promise<number | undefined>;

async function postgresInsert(url: string): Promise<Insert> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const { rows } = await pool.query<{ synchronous_commit: string }>("show synchronous_commit");
  if (rows[0]?.synchronous_commit !== "on") throw new Error(`synchronous_commit is ${rows[0]?.synchronous_commit}, expected on`);
  await pool.query("drop table if exists bench_inbox");
  await pool.query(`create table bench_inbox (${COLUMNS.replace("$id", "id bigserial primary key")})`);
  const text = `${INSERT} ($1, $2, $3) on conflict (dedupe_key) do nothing returning id`;
  return async (tenant, key, payload) => {
    const r = await pool.query<{ id: string }>({ name: "bench_insert", text, values: [tenant, key, payload] });
    return r.rows[0] ? Number(r.rows[0].id) : undefined;
  };
}

function sqliteInsert(): Insert {
  const db = new SqliteDatabase(path.join(mkdtempSync(path.join(tmpdir(), "bench-bare-")), "bare.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(`create table bench_inbox (${COLUMNS.replace("$id", "id integer primary key")})`);
  const stmt = db.prepare(`${INSERT} (?, ?, ?) on conflict (dedupe_key) do nothing returning id`);
  return async (tenant, key, payload) => (stmt.get(tenant, key, payload) as { id: number } | undefined)?.id;
}

const insert = process.env.BENCH_INGEST === "postgres" ? await postgresInsert(process.env.DATABASE_URL!) : sqliteInsert();

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(json));
    };
    let parsed: { action?: unknown };
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return answer(400, { error: "invalid_payload" });
    }
    const key = `${String(parsed.action)}|${createHash("sha256").update(body).digest("hex")}`;
    insert("demo", key, body.toString("utf8")).then(
      (id) => answer(200, { ok: true, id: `bare:${id ?? 0}`, duplicate: id === undefined }),
      (e: unknown) => answer(503, { error: String(e) }),
    );
  });
});
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
