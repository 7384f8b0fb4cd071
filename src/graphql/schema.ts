import "reflect-metadata";
import { buildSchema, Field, type BuildSchemaOptions } from "type-graphql";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { resolvers } from "./resolvers/index.js";
import { kit } from "./kit.js";
import { CreateLeadOptions } from "./types/mutation.args.js";
import { EventInput } from "./types/lead.input.js";
import type { PubSub } from "../lib/pubsub.js";
import { vendors } from "../vendors/registry.js";
import { directQueryResolvers } from "./direct-resolvers.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
let vendorResolvers: Function[] | undefined;

/**
 * Every vendor's own GraphQL, from the registry's list. Run once per process: type-graphql keeps
 * its metadata globally, so a second run would declare every vendor type twice. The schema is
 * the same for every app in a process (the SDL is checked in); which adapter serves a request is
 * the app's injected registry.
 */
function collectVendorGraphQL() {
  if (vendorResolvers) return vendorResolvers;
  vendorResolvers = [];
  for (const v of vendors) {
    const g = v.graphql?.(kit);
    if (!g) continue;
    vendorResolvers.push(...(g.resolvers ?? []));
    if (g.leadOptions) {
      const { type, description } = g.leadOptions;
      Field(() => type, { nullable: true, description })(CreateLeadOptions.prototype, v.id);
    }
    const field = v.eventWriter?.optionsField;
    if (g.eventOptions && field) {
      const { type, description } = g.eventOptions;
      Field(() => type, { nullable: true, description })(EventInput.prototype, field);
    }
  }
  return vendorResolvers;
}

/** Builds the unified schema from the type-graphql classes (code-first; the SDL is emitted, never edited). */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers, ...collectVendorGraphQL()] as BuildSchemaOptions["resolvers"],
    // type-graphql refuses a schema with subscriptions unless it has a pubSub
    pubSub: pubSub ?? createPubSub(),
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql declares the root types itself and takes no description for them or the schema
  schema.description = SCHEMA_DESCRIPTION;
  for (const [type, description] of [
    [schema.getQueryType(), "Reads: leads, events, calendars and reference data from the vendors your tenant has configured."],
    [schema.getMutationType(), "Writes: each returns one Delivery per targeted vendor; every mutation takes an idempotencyKey."],
    [schema.getSubscriptionType(), "Live events over graphql-ws on /graphql (connectionParams carry the API key)."],
  ] as const) {
    if (type) type.description = description;
  }
  directQueryResolvers(schema);
  return schema;
}

/** What the explorer's Docs pane opens on. */
const SCHEMA_DESCRIPTION = [
  "LeadGraph: one GraphQL schema over lead, CRM, dialler and calendar vendors.",
  "",
  "Authenticate with `Authorization: Bearer <api key>` (HTTP) or the same in graphql-ws connectionParams.",
  "Global ids are `vendor:type:nativeId`; lists are Relay connections; mutations return one Delivery per vendor",
  "(status CREATED, EXISTING, REJECTED with fieldErrors, FAILED with error, …), and one vendor failing never hides another's result.",
  "Errors carry `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, UPSTREAM_ERROR, …) and every response `extensions.requestId`.",
].join("\n");

/** The SDL as checked in at schema/schema.graphql: sorted so diffs show only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
