import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";

/**
 * Scenario 1 (bare Apollo Server 5 answering `{ hello }`) and scenario 6 (the same server
 * shape answering a fixed JSON for `leads`, to isolate LeadGraph's loader/cache/mapping cost).
 */
const staticFile = process.env.BENCH_STATIC_LEADS;
const typeDefs = staticFile ? readFileSync(process.env.BENCH_SCHEMA!, "utf8") : "type Query { hello: String }";
// Parsed once: the resolver hands back the same object every time, as a perfect cache would.
const staticLeads: unknown = staticFile ? JSON.parse(readFileSync(staticFile, "utf8")) : undefined;
const resolvers = staticFile
  ? { Query: { leads: () => staticLeads } }
  : { Query: { hello: () => "world" } };
const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
process.stdout.write(`listening ${url.replace(/\/$/, "")}\n`);
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
