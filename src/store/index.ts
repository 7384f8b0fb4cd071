import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type SqliteDatabase as SqliteDatabaseLike } from "kysely";
import SqliteDatabase from "better-sqlite3";
import { createPgPool } from "./postgres.js";
import type { Logger } from "../lib/logger.js";
import type { Database } from "./schema.js";
import { migrations } from "./migrations/index.js";
import { createGroupCommit, type GroupCommit, type GroupCommitOptions } from "./group-commit.js";

/**
 * The small durable store: webhook inbox, idempotency records, forwarding outbox. A SQLite
 * file under LEADGRAPH_DATA_DIR by default (zero config), Postgres when DATABASE_URL is set
 * (shared by replicas). Migrations run at start-up.
 */
export interface Store {
  db: Kysely<Database>;
  dialect: "sqlite" | "postgres";
  /** Small writes that may share a transaction with others arriving at once (group-commit.ts). */
  groupCommit: GroupCommit;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir (tests use their own). */
  sqliteFile?: string;
  /** Vendors' own tables (VendorAdapter.migrations), run in name order with the core ones. */
  vendorMigrations?: Readonly<Record<string, Migration>>;
  logger?: Logger;
  groupCommit?: GroupCommitOptions;
}

/** /readyz waits this long for the store at most. */
export const STORE_PING_TIMEOUT_MS = 1500;

export async function openStore(opts: StoreOptions): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Store["dialect"];
  let ping: () => Promise<boolean>;
  if (opts.databaseUrl) {
    dialect = "postgres";
    const pool = createPgPool(opts.databaseUrl, opts.logger);
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    ping = () => pool.ping();
  } else {
    dialect = "sqlite";
    mkdirSync(opts.dataDir, { recursive: true });
    const file = opts.sqliteFile === ":memory:" ? ":memory:" : path.join(opts.dataDir, opts.sqliteFile ?? "leadgraph.sqlite");
    const sqlite = new SqliteDatabase(file);
    // WAL + NORMAL: a commit survives a process crash (SIGKILL); busy_timeout lets a second
    // process (a restart racing the old one) wait instead of failing.
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    ping = async () => {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    };
  }
  await migrate(db, { ...opts.vendorMigrations, ...migrations });
  // Postgres: batches in flight on 4 of the pool's connections (group-commit.ts `concurrency`)
  const groupCommit = createGroupCommit({ db }, { ...(dialect === "postgres" ? { concurrency: 4 } : {}), ...opts.groupCommit });
  return {
    db,
    dialect,
    groupCommit,
    ping: () => bounded(ping(), STORE_PING_TIMEOUT_MS),
    async close() {
      await groupCommit.flush();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every statement anew (better-sqlite3's prepare was ~6 % of a webhook's CPU,
 * with kysely's driver around it); the same few SQL texts come back on every request, and a
 * prepared statement is reusable. Kysely runs one statement at a time on the connection, so a
 * cached statement is never busy when it is handed out again. Bounded: dynamic SQL (an IN list
 * of n ids) would otherwise grow it without end; when full it starts over.
 */
const STATEMENT_CACHE_SIZE = 500;

function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabaseLike {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        cache.set(text, stmt);
      }
      return stmt;
    },
    close: () => sqlite.close(),
  };
}

async function migrate(db: Kysely<Database>, all: Record<string, Migration>): Promise<void> {
  const provider = { getMigrations: async () => all };
  const { error, results } = await new Migrator({
    db,
    provider,
    migrationTableName: "leadgraph_migrations",
    migrationLockTableName: "leadgraph_migrations_lock",
  }).migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`store migration ${failed?.migrationName ?? ""} failed: ${(error as Error)?.message ?? "unknown error"}`);
  }
}

/** `p`, or false once `ms` have passed (a readiness check must answer whatever the store does). */
function bounded(p: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]).finally(() => clearTimeout(timer));
}
