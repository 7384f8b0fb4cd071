import "reflect-metadata";
import { ConfigError, loadConfig, type Tenant } from "./config.js";
import { createApp, ListenError, type App } from "./app.js";

/** Where each webhook source's vendor posts; in demo mode with the demo tenant's own path (its secret). */
function webhookLines(app: App, demo: boolean): string[] {
  return app.services.registry.adapters.flatMap((a) => {
    const source = a.webhookSource;
    if (!source) return [];
    const path = source.pathFor?.(demo ? app.tenants[0]?.vendors[a.id as keyof Tenant["vendors"]] : undefined) ?? "";
    return [`  ${a.displayName} webhook: ${app.url}/webhooks/${a.id}${path}`];
  });
}

/** Process entry: config → store → cache → server; graceful shutdown on SIGINT/SIGTERM. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`leadgraph: configuration error\n${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  let app: App;
  try {
    app = await createApp(config);
  } catch (e) {
    if (e instanceof ListenError) {
      console.error(`leadgraph: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const lines = [
    ``,
    `LeadGraph is running${config.demo ? " in demo mode (built-in vendor simulators, no credentials)" : ""}`,
    `  GraphQL:   ${app.url}/graphql`,
    `  Explorer:  ${app.url}/explorer`,
    ...webhookLines(app, config.demo),
    `  Store:     ${app.store.dialect}${app.store.dialect === "sqlite" ? ` (${config.dataDir})` : ""}   Cache: ${app.cache.kind}`,
  ];
  if (config.demo) {
    lines.push(`API key: ${app.demoApiKey}`);
    for (const [id, sim] of Object.entries(app.simulators)) lines.push(`  simulator ${id}: ${sim.url}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  app.logger.info({ url: app.url, demo: config.demo }, "started");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down: finishing in-flight requests");
    // Bounded: in-flight requests get 10 s (server/http.ts close); if closing the store or
    // cache hangs past 15 s the process exits anyway rather than ignoring the signal.
    setTimeout(() => process.exit(1), 15_000).unref();
    try {
      await app.close();
    } catch (err) {
      app.logger.error({ err }, "error while shutting down");
      process.exit(1);
    }
    process.exit(0);
  };
  // A safety net, not the design: every Redis/Postgres call catches its own failures (DESIGN
  // "When infrastructure fails"). Node's default for an unhandled rejection is to exit.
  process.on("unhandledRejection", (err) => app.logger.error({ err }, "unhandled rejection (kept running)"));
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

await main();
