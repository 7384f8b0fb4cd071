import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLError, locatedError } from "graphql";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { errorFormatter } from "../../src/server/apollo.js";

/**
 * Issue 14 finding 4: graphql-js coercion errors caused by the request are BAD_USER_INPUT with
 * graphql-js's message, not a masked INTERNAL_SERVER_ERROR.
 */
describe("client mistakes graphql-js finds while executing", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("null for a non-null argument with a default (Relay's `$first: Int = 20`) is BAD_USER_INPUT with graphql-js's message", async () => {
    const res = await app.gql("query($n: Int = 5) { leads(first: $n) { edges { node { id } } } }", { n: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Argument "first" of non-null type "Int!" must not be null.',
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(res.body.extensions.upstream.calls).toBe(0);
  });

  it("the same for calendarCompletions(first:) and lead(fresh:)", async () => {
    const cc = await app.gql("query($n: Int = 5) { calendarCompletions(first: $n) { totalCount } }", { n: null });
    expect(cc.body.errors![0]).toMatchObject({
      message: 'Argument "first" of non-null type "Int!" must not be null.',
      extensions: { code: "BAD_USER_INPUT" },
    });
    const lead = await app.gql("query($f: Boolean = false) { lead(id: \"clienttether:lead:1\", fresh: $f) { id } }", { f: null });
    expect(lead.body.errors![0]).toMatchObject({
      message: 'Argument "fresh" of non-null type "Boolean!" must not be null.',
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("a directive argument given null (@include(if: $x)) is BAD_USER_INPUT too", async () => {
    const res = await app.gql("query($x: Boolean = true) { vendors { id @include(if: $x) } }", { x: null });
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(res.body.errors![0].message).toMatch(/^Argument "if" of non-null type "Boolean!" must not be null/);
  });

  it("a nested field's argument given null is BAD_USER_INPUT with its path", async () => {
    const q = `query($n: Int = 2) { leads(first: 1) { edges { node { id events(first: $n) { totalCount } } } } }`;
    const res = await app.gql(q, { n: null });
    expect(res.body.errors![0]).toMatchObject({
      message: 'Argument "first" of non-null type "Int!" must not be null.',
      extensions: { code: "BAD_USER_INPUT" },
      path: ["leads", "edges", 0, "node", "events"],
    });
  });

  it("our own exceptions and graphql-js's findings about our results stay INTERNAL_SERVER_ERROR, message hidden", () => {
    const format = errorFormatter({ secrets: [], development: false });
    const path = ["lead"];
    const ours = locatedError(new Error("upstream body with secrets"), undefined, path);
    expect(format(ours.toJSON(), ours)).toEqual({
      message: "Internal server error",
      path,
      locations: undefined,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    // graphql-js's own execution errors that are about what a resolver returned
    const resultErrors = [
      new Error("Cannot return null for non-nullable field Query.lead."),
      new GraphQLError('Abstract type "Node" must resolve'),
    ];
    for (const e of resultErrors) {
      const located = locatedError(e, undefined, path);
      expect(format(located.toJSON(), located).extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    }
    const request = locatedError(new GraphQLError('Argument "first" of non-null type "Int!" must not be null.'), undefined, path);
    expect(format(request.toJSON(), request)).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });
});
