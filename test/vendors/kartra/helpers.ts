import { startTestApp, type TestApp } from "../../helpers/app.js";
import { hashApiKey } from "../../../src/config.js";
import { DEMO_API_KEY } from "../../helpers/app.js";
import { freshPgDatabase, PG_URL } from "../../helpers/pg.js";

export { REDIS_URL } from "../../helpers/redis.js";
/** Not the demo secret: test apps start with an empty inbox (no demo seed). */
export const SECRET = "test-kartra-webhook-secret";

/** What tests read from an answer: whatever shape their operation asks for (as test/helpers/app.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own operation's shape
export type Loose = any;

/** A fresh Postgres database for one test app (test/helpers/pg.ts); these tests need Postgres. */
export async function pgSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const db = await freshPgDatabase();
  if (!db) throw new Error(`Postgres is not reachable at ${PG_URL}`);
  return db;
}

export type Dialect = "sqlite" | "postgres";

/** A tenant "demo" (demo API key) with Kartra on SECRET, on SQLite or a private Postgres database. */
export async function startKartraApp(dialect: Dialect, env: Record<string, string> = {}, opts: Parameters<typeof startTestApp>[0] = {}) {
  const schema = dialect === "postgres" ? await pgSchema() : null;
  const demo = { id: "demo", apiKeys: [hashApiKey(DEMO_API_KEY)], defaultCountry: "US", timezone: "America/New_York" };
  const tenants = () => [{ ...demo, vendors: { kartra: { webhookSecret: SECRET } } as never }];
  const app = await startTestApp({ tenants, ...opts, env: { ...(schema ? { DATABASE_URL: schema.url } : {}), LOG_LEVEL: "warn", ...env } });
  return Object.assign(app, {
    pgUrl: schema?.url,
    async stop() {
      await app.close();
      await schema?.drop();
    },
  });
}

export async function postWebhook(
  app: Pick<TestApp, "url">,
  body: unknown,
  o: { contentType?: string | null; secret?: string; query?: boolean } = {},
) {
  const secret = o.secret ?? SECRET;
  const url = o.query
    ? `${app.url}/webhooks/kartra?secret=${encodeURIComponent(secret)}`
    : `${app.url}/webhooks/kartra/${encodeURIComponent(secret)}`;
  const contentType = o.contentType === undefined ? "application/json" : o.contentType;
  const res = await fetch(url, {
    method: "POST",
    headers: contentType ? { "content-type": contentType } : {},
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Loose };
}

/** Rows stored in the inbox for the demo tenant. */
export async function storedCount(app: TestApp): Promise<number> {
  const r = await app.store.db
    .selectFrom("kartra_webhooks")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Waits for a condition the app reaches asynchronously (the outbox worker), re-checking on each turn of a short timer. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A Kartra forwarding as the delivery outbox holds it, with its JSON columns parsed. */
export interface OutboxForwarding {
  id: number;
  tenantId: string;
  kind: string;
  /** The target's vendor id (`clienttether`). */
  vendor: string | null;
  dedupeKey: string | null;
  payload: { webhookSeq: number };
  /** QUEUED | RETRYING | CREATED | FAILED | REJECTED | CANCELLED */
  status: string;
  attempts: number;
  nextAttemptAt: number | null;
  lockedUntil: number | null;
  /** Each step the target confirmed: `{ leadId, events }`. */
  progress: Loose;
  /** The last attempt's Delivery (without vendor and status), incl. `error { code, message, vendorCode }`. */
  result: Loose;
  history: { at: string; outcome: string; error: { code: string; vendorCode: string | null; message: string } | null }[];
}

/** Not settled yet: a worker will attempt it. */
export const OUTBOX_PENDING: readonly string[] = ["QUEUED", "RETRYING"];

/** The forwardings (operation `kartra.forward` of the delivery outbox), in insertion order; one tenant's when given. */
export async function forwardingRows(app: Pick<TestApp, "store">, tenantId?: string): Promise<OutboxForwarding[]> {
  let q = app.store.db.selectFrom("delivery_outbox").selectAll().where("operation", "=", "kartra.forward");
  if (tenantId) q = q.where("tenant_id", "=", tenantId);
  const rows = await q.orderBy("id").execute();
  const json = (s: string | null) => (s == null ? null : (JSON.parse(s) as Loose));
  const num = (n: unknown) => (n == null ? null : Number(n));
  return rows.map((r) => ({
    id: Number(r.id),
    tenantId: r.tenant_id,
    kind: r.kind,
    vendor: r.vendor,
    dedupeKey: r.dedupe_key,
    payload: json(r.payload),
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: num(r.next_attempt_at),
    lockedUntil: num(r.locked_until),
    progress: json(r.progress),
    result: json(r.result),
    history: json(r.history),
  }));
}
