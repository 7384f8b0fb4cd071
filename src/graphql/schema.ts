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
  return buildSchema({
    resolvers: [...resolvers, ...collectVendorGraphQL()] as BuildSchemaOptions["resolvers"],
    // type-graphql refuses a schema with subscriptions unless it has a pubSub
    pubSub: pubSub ?? createPubSub(),
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL as checked in at schema/schema.graphql: sorted so diffs show only real changes. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
