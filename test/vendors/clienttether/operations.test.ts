import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse, validate } from "graphql";
import { buildAppSchema } from "../../../src/graphql/schema.js";

describe("operations/clienttether.graphql", () => {
  it("every example operation is valid against the schema", async () => {
    const schema = await buildAppSchema();
    const doc = parse(readFileSync(new URL("../../../operations/clienttether.graphql", import.meta.url), "utf8"));
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });
});
