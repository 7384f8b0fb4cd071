import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";

/**
 * Scenario 1 (bare Apollo Server 5 answering `{ hello }`, its defaults untouched) and scenario 6
 * (the same server shape answering a fixed JSON for `leads`, to isolate LeadGraph's
 * loader/cache/mapping cost); `BENCH_STATIC_LEAD` answers scenario 3's lead the same way (3s).
 * `BENCH_STATIC_CREATE_LEAD` answers scenario 8's mutation with one of LeadGraph's own answers to
 * it (8f): Apollo coercing the same variables (LeadInput included) and writing nothing.
 * `BENCH_CACHE_CONTROL=off` disables Apollo's cache-control plugin, which is on by default and
 * wraps every field resolver; LeadGraph disables it, so a baseline
 * that keeps it pays ~2,700 field hooks per `leads(first: 100)` that LeadGraph does not (6 vs 6a).
 */
const staticFile = process.env.BENCH_STATIC_LEADS;
const leadFile = process.env.BENCH_STATIC_LEAD;
const createLeadFile = process.env.BENCH_STATIC_CREATE_LEAD;
const typeDefs =
  staticFile || leadFile || createLeadFile ? readFileSync(process.env.BENCH_SCHEMA!, "utf8") : "type Query { hello: String }";
// Parsed once: the resolver hands back the same object every time, as a perfect cache would.
const parsed = (file: string | undefined): unknown => (file ? JSON.parse(readFileSync(file, "utf8")) : undefined);
const staticLeads = parsed(staticFile);
// 3s: one lead (scenario 3's answer) for `lead(id:)` and `node(id:)`, what Apollo alone costs for it
const staticLead = parsed(leadFile);
const staticCreateLead = parsed(createLeadFile);
const resolvers: Record<string, Record<string, unknown>> = staticFile
  ? { Query: { leads: () => staticLeads } }
  : leadFile
    ? { Query: { lead: () => staticLead, node: () => staticLead }, Node: { __resolveType: () => "Lead" } }
    : createLeadFile
      ? { Mutation: { createLead: () => staticCreateLead } }
      : { Query: { hello: () => "world" } };
const plugins = process.env.BENCH_CACHE_CONTROL === "off" ? [ApolloServerPluginCacheControlDisabled()] : [];
const server = new ApolloServer({ typeDefs, resolvers, plugins });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
process.stdout.write(`listening ${url.replace(/\/$/, "")}\n`);
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
