import "reflect-metadata";
import type { AddressInfo } from "node:net";
import type { DestinationStream } from "pino";
import { type Config, type Tenant, configuredSecrets, hashApiKey } from "./config.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { createHttp } from "./lib/http.js";
import { createAppPubSub } from "./lib/pubsub.js";
import { openStore, type Store } from "./store/index.js";
import { createCache, type AppCache } from "./cache/index.js";
import { buildAppSchema } from "./graphql/schema.js";
import { createIdempotency } from "./graphql/idempotency.js";
import { createApollo } from "./server/apollo.js";
import { createHttpServer } from "./server/http.js";
import { createRegistry } from "./vendors/registry.js";
import type { Simulator } from "./simulators/harness.js";
import type { Registry, VendorServices } from "./vendors/types.js";
import { Metrics } from "./lib/metrics.js";
import { DeliveryService } from "./delivery/service.js";
import { DeliveryWorker } from "./delivery/worker.js";

/** The port could not be had: one line saying what to do, printed by main.ts instead of a stack. */
export class ListenError extends Error {
  override name = "ListenError";
}

function listenError(e: unknown, config: Pick<Config, "port" | "host">): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  const { port, host } = config;
  if (code === "EADDRINUSE") return new ListenError(`port ${port} is in use; set PORT=<another port> or stop what is listening on it`);
  if (code === "EACCES") return new ListenError(`port ${port} needs privileges this process lacks; set PORT=<a port above 1023>`);
  if (code === "EADDRNOTAVAIL") return new ListenError(`HOST=${host} is not an address of this machine; set HOST=127.0.0.1 or 0.0.0.0`);
  return e;
}

export const DEMO_API_KEY = "lg_demo_4f9c2b7e1a";

export interface App {
  url: string;
  port: number;
  config: Config;
  tenants: Tenant[];
  store: Store;
  cache: AppCache;
  logger: Logger;
  services: VendorServices;
  /** The delivery outbox and log. */
  deliveries: DeliveryService;
  /** Demo mode only: the running vendor simulators by vendor id. */
  simulators: Record<string, Simulator>;
  demoApiKey?: string;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Log destination (tests capture logs here). */
  logDestination?: DestinationStream;
  /** SQLite file name inside dataDir. */
  sqliteFile?: string;
  /** Simulators already running (tests share them); demo mode starts its own otherwise. */
  simulators?: Record<string, Simulator>;
  /** The vendors this app runs with (default: every registered vendor); tests pass their own. */
  registry?: Registry;
}

/** Starts every vendor simulator the registry knows, seeded with demo data. */
export async function startSimulators(registry: Registry = createRegistry()): Promise<Record<string, Simulator>> {
  const sims: Record<string, Simulator> = {};
  for (const a of registry.adapters) if (a.simulator) sims[a.id] = await a.simulator.start({ seed: true });
  return sims;
}

/** The demo tenant: every vendor bound to its in-process simulator. */
export function demoTenant(sims: Record<string, Simulator>, apiKey = DEMO_API_KEY, registry: Registry = createRegistry()): Tenant {
  const vendors: Record<string, unknown> = {};
  for (const a of registry.adapters) {
    const sim = sims[a.id];
    if (a.simulator && sim) vendors[a.id] = a.simulator.demoConfig(sim);
  }
  return {
    id: "demo",
    name: "Demo (vendor simulators)",
    apiKeys: [hashApiKey(apiKey)],
    defaultCountry: "US",
    timezone: "America/New_York",
    vendors: vendors as Tenant["vendors"],
  };
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const registry = opts.registry ?? createRegistry();
  let simulators = opts.simulators ?? {};
  let tenants = config.tenants;
  let demoApiKey: string | undefined;
  if (config.demo) {
    if (!opts.simulators) simulators = await startSimulators(registry);
    demoApiKey = DEMO_API_KEY;
    tenants = [demoTenant(simulators, DEMO_API_KEY, registry)];
  }
  const secrets = configuredSecrets(tenants);
  const logger = createLogger({ level: config.logLevel, secrets, destination: opts.logDestination });
  const vendorMigrations = Object.assign({}, ...registry.adapters.map((a) => a.migrations ?? {}));
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteFile: opts.sqliteFile,
    vendorMigrations,
    logger,
  });
  const idempotency = createIdempotency(store, {
    ttlMs: config.server.idempotencyTtlSeconds * 1000,
    waitMs: config.server.idempotencyWaitSeconds * 1000,
  });
  const metrics = new Metrics();
  // every known vendor reads 0 from the start: "no series" and "nothing open" look different on a dashboard
  for (const a of registry.adapters) metrics.breakersOpen.set({ vendor: a.id }, 0);
  const cache = createCache({
    redisUrl: config.redisUrl,
    namespace: config.cacheNamespace,
    maxEntries: config.server.cacheMaxEntries,
    maxBytes: config.server.cacheMaxBytes,
    logger,
    metrics,
  });
  const pubsub = createAppPubSub(config.redisUrl, config.cacheNamespace, logger);
  const http = createHttp({
    logger,
    upstream: config.server.upstream,
    redisUrl: config.redisUrl,
    redisNamespace: config.cacheNamespace,
    onCircuitChange: metrics.recordCircuit,
  });
  const schema = await buildAppSchema(pubsub);
  const deliveries = new DeliveryService({ store, pubsub, logger, tenants, registry, secrets, metrics });
  const services: VendorServices = {
    tenants,
    logger,
    http,
    store,
    cacheFor: (id) => cache.forTenant(id),
    pubsub,
    metrics,
    registry,
    outbox: deliveries,
  };
  const background = await Promise.all(registry.adapters.flatMap((a) => (a.background ? [a.background(services)] : [])));
  // an accepting-only replica (deliveryWorkers: false) queues; replicas sharing its database deliver
  if (config.server.deliveryWorkers) {
    const worker = new DeliveryWorker(deliveries, services, {
      concurrency: config.server.deliveryConcurrency,
      retentionMs: config.server.deliveryRetentionSeconds * 1000,
      webhook: { timeoutMs: config.server.webhookTimeoutMs, maxResponseBytes: config.server.webhookMaxResponseBytes },
    });
    background.push(worker);
  } else logger.info("delivery workers off (deliveryWorkers: false): queued deliveries wait for a replica whose workers are on");
  const apollo = createApollo({
    schema,
    production: config.production,
    development: config.development,
    logger,
    introspection: config.server.introspection,
    maxDepth: config.server.maxDepth,
    secrets,
    metrics,
    maxCost: config.server.maxCost,
    maxBatchSize: config.server.maxBatchSize,
    inputLimits: config.server,
    upstreamExtension: config.server.upstreamExtension,
    apqCache: cache.persistedQueries,
  });
  await apollo.start();
  const httpServer = createHttpServer({
    apollo,
    schema,
    logger,
    tenants,
    services,
    idempotency,
    deliveries,
    limits: {
      bodyLimitBytes: config.server.bodyLimitBytes,
      maxFirst: config.server.maxFirst,
      maxBatchSize: config.server.maxBatchSize,
      requestDeadlineMs: config.server.requestDeadlineMs,
    },
    explorer: config.server.explorer,
    demoApiKey,
    ready: async () => ({ store: await store.ping(), cache: await cache.ping() }),
    metrics,
    onUpstream: metrics.recordUpstream,
    wsGuard: {
      maxDepth: config.server.maxDepth,
      maxCost: config.server.maxCost,
      inputLimits: config.server,
      introspection: config.server.introspection,
      secrets,
      development: config.development,
    },
  });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      // Workers stop claiming work while the HTTP side drains (what they leave stays in the
      // durable outbox for the next start); Apollo stops only once no request needs it.
      const workers = Promise.all(background.map((b) => b.close()));
      await httpServer.close();
      await apollo.stop();
      await workers;
      await pubsub.close();
      await http.close?.();
      await cache.close();
      await store.close();
      if (!opts.simulators) await Promise.all(Object.values(simulators).map((s) => s.close()));
    })();
    return closed;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.server.once("error", reject);
      httpServer.server.listen(config.port, config.host, () => resolve());
    });
  } catch (e) {
    await close().catch(() => {});
    throw listenError(e, config);
  }
  const port = (httpServer.server.address() as AddressInfo).port;
  return {
    url: `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`,
    port,
    config,
    tenants,
    store,
    cache,
    logger,
    services,
    deliveries,
    simulators,
    demoApiKey,
    close,
  };
}
