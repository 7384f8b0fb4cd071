import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { resolvers } from "./resolvers/index.js";
import type { PubSub } from "../lib/pubsub.js";
import { createPubSub } from "@graphql-yoga/subscription";

/** Builds the unified schema from the type-graphql classes (code-first; the SDL is emitted, never edited). */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
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
