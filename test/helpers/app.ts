import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { createApp, demoTenant, startSimulators, DEMO_API_KEY, type App } from "../../src/app.js";
import { loadConfig, type Config, type Tenant } from "../../src/config.js";
import type { Simulator } from "../../src/simulators/harness.js";
import type { Registry } from "../../src/vendors/types.js";

/** What tests read from an answer: whatever shape their operation asks for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own operation's shape
type Loose = any;

export interface TestApp extends App {
  /** POST a GraphQL operation over real HTTP. */
  gql<T = Loose>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { apiKey?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: { data?: T; errors?: Loose[]; extensions?: Loose } }>;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  rawLogs: string[];
}

export interface TestAppOptions {
  /** Explicit tenants (default: the demo tenant on the simulators). */
  tenants?: (sims: Record<string, Simulator>) => Tenant[];
  env?: Record<string, string>;
  simulators?: Record<string, Simulator>;
  config?: (c: Config) => Config;
  /** The vendors the app runs with (default: every registered vendor). */
  registry?: Registry;
}

/**
 * The real server on an ephemeral loopback port, with the real vendor simulators, a fresh
 * SQLite file in a temp dir and the in-memory cache (unless env says otherwise).
 */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp & { ownSims: boolean }> {
  const ownSims = !opts.simulators;
  const sims = opts.simulators ?? (await startSimulators());
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-test-"));
  let config = loadConfig({ PORT: "0", LEADGRAPH_DATA_DIR: dataDir, LOG_LEVEL: "info", NODE_ENV: "test", ...opts.env });
  if (opts.tenants) config = { ...config, demo: false, tenants: opts.tenants(sims) };
  if (opts.config) config = opts.config(config);
  const rawLogs: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        rawLogs.push(line);
        try {
          logs.push(JSON.parse(line));
        } catch {
          /* not JSON: kept in rawLogs */
        }
      }
      cb();
    },
  });
  const app = await createApp(config, { simulators: sims, logDestination: destination as never, registry: opts.registry });
  const close = async () => {
    await app.close();
    if (ownSims) await Promise.all(Object.values(sims).map((s) => s.close()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    ...app,
    simulators: sims,
    ownSims,
    logs,
    rawLogs,
    close,
    async gql(query, variables, o = {}) {
      const apiKey = o.apiKey === undefined ? DEMO_API_KEY : o.apiKey;
      const res = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          ...o.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as Loose };
    },
  };
}

export { DEMO_API_KEY, demoTenant };
