import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration } from "kysely";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import type { Database } from "./schema.js";
import { migrations } from "./migrations/index.js";

/**
 * The small durable store: webhook inbox, idempotency records, forwarding outbox. A SQLite
 * file under LEADGRAPH_DATA_DIR by default (zero config), Postgres when DATABASE_URL is set
 * (shared by replicas). Migrations run at start-up.
 */
export interface Store {
  db: Kysely<Database>;
  dialect: "sqlite" | "postgres";
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
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Store["dialect"];
  if (opts.databaseUrl) {
    dialect = "postgres";
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: opts.databaseUrl, max: 10 }) }) });
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
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  await migrate(db, { ...opts.vendorMigrations, ...migrations });
  return {
    db,
    dialect,
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await db.destroy();
    },
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
