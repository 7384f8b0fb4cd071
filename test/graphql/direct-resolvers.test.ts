import { describe, expect, it } from "vitest";
import type { GraphQLResolveInfo } from "graphql";
import { buildAppSchema } from "../../src/graphql/schema.js";
import { directQueryResolvers } from "../../src/graphql/direct-resolvers.js";

describe("direct query resolvers (scalar arguments without type-graphql's async validation step)", async () => {
  const schema = await buildAppSchema();
  const fields = schema.getQueryType()!.getFields();
  const info = {} as GraphQLResolveInfo;

  it("covers the root fields whose arguments are scalars, and leaves those with input objects to type-graphql", () => {
    const direct = directQueryResolvers(schema);
    expect(direct).toEqual(expect.arrayContaining(["lead", "node", "vendors"]));
    // `leads` takes @Args (LeadsArgs with a LeadFilter input): converted to class instances by type-graphql
    expect(direct).not.toContain("leads");
  });

  it("calls the method at once: a refused argument throws synchronously instead of arriving as a rejected promise", () => {
    expect(() => fields.lead!.resolve!(undefined, { id: "not-a-global-id", fresh: false }, {}, info)).toThrow(/id/);
    expect(() => fields.node!.resolve!(undefined, { id: "clienttether:event" }, {}, info)).toThrow(/id/);
  });

  it("passes the arguments by name, in the method's parameter order", () => {
    const err = (() => {
      try {
        fields.lead!.resolve!(undefined, { fresh: false, id: "clienttether:event:1" }, {}, info);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(/expected a lead id, got type "event"/);
  });
});
