/**
 * One LeadGraph replica for the scale-out tests: the real app (createApp, configured from the
 * environment like main.ts — REDIS_URL, DATABASE_URL, LEADGRAPH_CACHE_NAMESPACE) serving the
 * demo tenant, but with ClientTether bound to a simulator the parent test runs (CT_SIM_URL)
 * instead of one of its own. Every replica then talks to the same upstream, and the parent
 * counts that upstream's calls across all of them. Prints `READY <url>` when listening.
 *
 * Run: node --import @swc-node/register/esm-register test/scale/replica-server.ts
 */
import "reflect-metadata";
import { serveUntilSigterm } from "../fixtures/serve.js";
import { createApp, demoTenant } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Simulator } from "../../src/simulators/harness.js";

const simUrl = process.env.CT_SIM_URL;
if (!simUrl) throw new Error("CT_SIM_URL (the shared ClientTether simulator's URL) is required");
const config = loadConfig({ ...process.env, PORT: process.env.PORT ?? "0", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" });
// demoTenant only reads a simulator's url to build its vendor config; the other vendors have
// no simulator here, so the tenant has ClientTether alone (and no background workers start).
const tenant = demoTenant({ clienttether: { url: simUrl } as Simulator });
const app = await createApp({ ...config, demo: false, tenants: [tenant] });
serveUntilSigterm(app);
