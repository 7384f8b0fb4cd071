import { readFileSync } from "node:fs";
import { deliveryPolicySchema } from "./delivery/policy.js";
import { webhookEndpointsSchema, type WebhookEndpoint } from "./delivery/webhooks/endpoint-config.js";
import type { DeliveryPolicy } from "./model/delivery.js";
import { createHash } from "node:crypto";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { IANAZone } from "luxon";
import { createRegistry, vendorConfigSchemas, type TenantVendors } from "./vendors/registry.js";
import type { Registry } from "./vendors/types.js";
import { VendorHttpPolicySchema } from "./lib/http.js";

/**
 * The configuration contract (DESIGN.md, README "Configuration"): environment variables plus
 * an optional tenants file. Everything is validated here, once, at start-up; a bad file stops
 * the process with a message naming the key path.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  LEADGRAPH_TENANTS: z.string().optional(),
  LEADGRAPH_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: z.string().optional(),
  /**
   * Prefix of everything in Redis: cache and persisted-query keys, rate-limit counters,
   * subscription channels. Replicas of one deployment must share it (that is how they share
   * them); deployments or test runs sharing one Redis need different ones.
   */
  LEADGRAPH_CACHE_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "1–100 letters, digits, _ . : and - only")
    .default("leadgraph"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.string().default(""),
  LEADGRAPH_INTROSPECTION: z.enum(["true", "false"]).optional(),
  LEADGRAPH_EXPLORER: z.enum(["true", "false"]).optional(),
  LEADGRAPH_UPSTREAM_EXTENSION: z.enum(["true", "false"]).optional(),
  LEADGRAPH_DELIVERY_WORKERS: z.enum(["true", "false"]).optional(),
  /** With NODE_ENV=production, demo mode only when this is 1 (never by a missing LEADGRAPH_TENANTS). */
  LEADGRAPH_DEMO: z.enum(["0", "1"]).optional(),
});

/** Every LEADGRAPH_* variable LeadGraph reads: any other one set is named in the production refusal (a typo). */
const KNOWN_LEADGRAPH_VARS = Object.keys(EnvSchema.shape).filter((k) => k.startsWith("LEADGRAPH_"));

const ApiKeyHash = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits (sha256 of the API key)');

const TenantFields = z.object({
  id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, "letters, digits, _ and - only"),
  name: z.string().optional(),
  apiKeys: z.array(ApiKeyHash).min(1),
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code such as US")
    .default("US"),
  timezone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), "must be an IANA time zone such as America/Chicago")
    .default("America/New_York"),
});

/** A tenant's block, with one key per vendor of the registry. */
export function tenantSchema(registry: Registry = createRegistry()) {
  const webhookEvents = registry.adapters.flatMap((a) => a.webhookEvents ?? []);
  return (
    TenantFields.extend({
      vendors: z.object(vendorConfigSchemas(registry)).strict().default({}),
      delivery: deliveryPolicySchema,
      webhooks: webhookEndpointsSchema(webhookEvents).default([]),
    })
      // a misspelt key (`timeZone`) is an error naming it, not a silent default
      .strict()
  );
}
export type Tenant = z.infer<typeof TenantFields> & { vendors: TenantVendors; delivery?: DeliveryPolicy; webhooks?: WebhookEndpoint[] };
export type { TenantVendors };

const ServerOptionsSchema = z
  .object({
    introspection: z.boolean().optional(),
    explorer: z.boolean().optional(),
    /** `extensions.upstream` (vendor calls, cache hits, upstream time) in every response. */
    upstreamExtension: z.boolean().optional(),
    /**
     * Whether this replica runs the delivery workers (queued and retried deliveries, webhook
     * messages, forwardings). false: it only accepts and queues; the workers of replicas sharing
     * its database deliver. A SYNC mutation's first attempt still runs in its request.
     */
    deliveryWorkers: z.boolean().optional(),
    bodyLimitBytes: z.number().int().positive().default(1_000_000),
    maxDepth: z.number().int().positive().default(12),
    maxFirst: z.number().int().positive().default(500),
    /** Query cost limit (server/cost-limit.ts): vendor-backed fields × `first` multipliers. */
    maxCost: z.number().int().positive().default(1000),
    /** Generic input limits (server/input-limits.ts) on every string, JSON value and list a caller sends. */
    maxStringLength: z.number().int().positive().default(10_000),
    maxInputDepth: z.number().int().positive().default(10),
    maxListLength: z.number().int().positive().default(1000),
    /** Operations allowed in one array-of-operations POST; 1 = batching off. */
    maxBatchSize: z.number().int().positive().default(1),
    cacheMaxEntries: z.number().int().positive().default(50_000),
    cacheMaxBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024 * 1024),
    /** How long the delivery log keeps a delivery or webhook message once it is final (default 30 days). */
    deliveryRetentionSeconds: z
      .number()
      .positive()
      .default(30 * 86_400),
    /** Delivery attempts one replica runs at once (vendor deliveries and webhook messages together). */
    deliveryConcurrency: z.number().int().positive().default(16),
    /** Outbound webhook requests: whole-attempt timeout, and response bytes read before the connection is dropped. */
    webhookTimeoutMs: z.number().int().positive().default(15_000),
    webhookMaxResponseBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024),
    /** How long an idempotency key is remembered (default 24 h). */
    idempotencyTtlSeconds: z
      .number()
      .positive()
      .default(24 * 3600),
    /** How long a duplicate request waits for the first one with its key to finish. */
    idempotencyWaitSeconds: z.number().positive().default(30),
    /**
     * Longest a GraphQL request waits on vendors, all its calls together (each call also has its
     * own `upstream.<vendor>.deadlineMs`). When it passes, calls not yet made and calls still
     * running are abandoned as UPSTREAM_TIMEOUT; the response carries what finished.
     */
    requestDeadlineMs: z.number().int().positive().default(25_000),
    /** Upstream timeouts, outbound rate limit and circuit breaker per vendor id (or `default`). */
    upstream: z.record(z.string(), VendorHttpPolicySchema).default({}),
  })
  .strict()
  .default({});

const tenantsFileSchema = (registry: Registry) =>
  z.object({ tenants: z.array(tenantSchema(registry)).min(1), server: ServerOptionsSchema }).strict();

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Redis namespace: cache, APQ, rate limits, pub/sub (LEADGRAPH_CACHE_NAMESPACE). */
  cacheNamespace: string;
  logLevel: string;
  production: boolean;
  /** NODE_ENV=development: stack traces in error responses. Nowhere else. */
  development: boolean;
  /** No tenants file: one tenant bound to the in-process simulators. */
  demo: boolean;
  tenants: Tenant[];
  server: z.infer<typeof ServerOptionsSchema> & {
    introspection: boolean;
    explorer: boolean;
    upstreamExtension: boolean;
    deliveryWorkers: boolean;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * `${VAR}` → process env. Every missing variable is collected (with where it is used) and
 * reported at once by `parseTenantsFile`, so three missing variables take one try, not three.
 */
export function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv, at: string[] = [], missing?: string[]): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const v = env[name];
      if (v !== undefined) return v;
      const line = `${at.join(".")} references \${${name}}, which is not set in the environment`;
      if (!missing) throw new ConfigError(`tenants file: ${line}`);
      missing.push(line);
      return "";
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, [...at, String(i)], missing));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, [...at, k], missing)]));
  }
  return value;
}

function formatZodError(prefix: string, error: z.ZodError): string {
  return error.issues.map((i) => `${prefix}${i.path.length ? ` ${i.path.join(".")}` : ""}: ${i.message}`).join("\n");
}

export function parseTenantsFile(text: string, file: string, env: NodeJS.ProcessEnv, registry: Registry = createRegistry()) {
  let doc: unknown;
  try {
    doc = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ConfigError(`tenants file ${file} is not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(e as Error).message}`);
  }
  const missing: string[] = [];
  const interpolated = interpolateEnv(doc, env, [], missing);
  if (missing.length) {
    const names = [...new Set(missing.map((m) => /\$\{(\w+)\}/.exec(m)![1]))];
    throw new ConfigError(
      [`tenants file ${file}: ${names.length} environment variable(s) not set: ${names.join(", ")}`, ...missing.map((m) => `  ${m}`)].join(
        "\n",
      ),
    );
  }
  const result = tenantsFileSchema(registry).safeParse(interpolated);
  if (!result.success) throw new ConfigError(formatZodError(`tenants file ${file}:`, result.error));
  const ids = new Set<string>();
  for (const [i, t] of result.data.tenants.entries()) {
    if (ids.has(t.id)) throw new ConfigError(`tenants file ${file}: tenants.${i}.id: duplicate tenant id "${t.id}"`);
    ids.add(t.id);
  }
  // each vendor block was checked by that vendor's own schema just above
  return result.data as { tenants: Tenant[]; server: z.infer<typeof ServerOptionsSchema> };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, registry: Registry = createRegistry()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(formatZodError("environment", parsed.error));
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.LEADGRAPH_TENANTS && e.LEADGRAPH_DEMO !== "1") throw productionWithoutTenants(env);
  let tenants: Tenant[] = [];
  let server = ServerOptionsSchema.parse(undefined);
  if (e.LEADGRAPH_TENANTS) {
    const file = path.resolve(e.LEADGRAPH_TENANTS);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new ConfigError(`LEADGRAPH_TENANTS: cannot read ${file}: ${(err as Error).message}`);
    }
    const doc = parseTenantsFile(text, file, env, registry);
    tenants = doc.tenants;
    server = doc.server;
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.LEADGRAPH_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    redisUrl: e.REDIS_URL || undefined,
    cacheNamespace: e.LEADGRAPH_CACHE_NAMESPACE,
    logLevel: e.LOG_LEVEL,
    production,
    development: e.NODE_ENV === "development",
    demo: !e.LEADGRAPH_TENANTS,
    tenants,
    server: {
      ...server,
      introspection: e.LEADGRAPH_INTROSPECTION ? e.LEADGRAPH_INTROSPECTION === "true" : (server.introspection ?? true),
      explorer: e.LEADGRAPH_EXPLORER ? e.LEADGRAPH_EXPLORER === "true" : (server.explorer ?? true),
      upstreamExtension: e.LEADGRAPH_UPSTREAM_EXTENSION ? e.LEADGRAPH_UPSTREAM_EXTENSION === "true" : (server.upstreamExtension ?? true),
      deliveryWorkers: e.LEADGRAPH_DELIVERY_WORKERS ? e.LEADGRAPH_DELIVERY_WORKERS === "true" : (server.deliveryWorkers ?? true),
    },
  };
}

/** NODE_ENV=production with no tenants file: never demo mode (its API key is published) unless asked for. */
function productionWithoutTenants(env: NodeJS.ProcessEnv): ConfigError {
  const unknown = Object.keys(env).filter((k) => k.startsWith("LEADGRAPH_") && !KNOWN_LEADGRAPH_VARS.includes(k));
  return new ConfigError(
    [
      "NODE_ENV=production but LEADGRAPH_TENANTS is not set, and production never starts in demo mode.",
      '  Set LEADGRAPH_TENANTS=/path/to/tenants.yaml (README "Configuration"),',
      "  or LEADGRAPH_DEMO=1 to run the demo on the built-in simulators with its published API key.",
      ...(unknown.length ? [`  Set but not a LeadGraph variable (a typo?): ${unknown.sort().join(", ")}`] : []),
    ].join("\n"),
  );
}

export function hashApiKey(key: string): string {
  return `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

/** Every configured secret value, so logs and responses can be scrubbed of them. */
export function configuredSecrets(tenants: Tenant[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string" && /token|key|secret|password/i.test(key) && !/url/i.test(key)) out.push(v);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
  };
  for (const t of tenants) {
    walk(t.vendors, "vendors");
    // outbound webhook signing secrets, and the whole `whsec_…` form as configured
    for (const w of t.webhooks ?? []) out.push(w.secret, w.secret.replace(/^whsec_/, ""));
  }
  return out;
}
