import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_KEY, startTestApp, type TestApp } from "../helpers/app.js";

/** Issue 13, defects 7 and 9 on /graphql: invalid UTF-8 and too-deep JSON are 400s that name the problem; no vendor is called. */
describe("bad bytes on /graphql", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const post = (body: Buffer | string) =>
    fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
      body: new Blob([typeof body === "string" ? body : new Uint8Array(body)]),
    });

  it("invalid UTF-8 in a createLead body → 400 naming it, and the lead reaches no vendor", async () => {
    const sim = app.simulators.clienttether!;
    const before = sim.callCount();
    const text = JSON.stringify({
      query: `mutation($i: LeadInput!) { createLead(input: $i, targets: [CLIENTTETHER]) { ok } }`,
      variables: { i: { firstName: "RenXe", lastName: "Doe", phone: "3035550147" } },
    });
    const at = text.indexOf("RenXe") + 3;
    const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 1))]);
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors[0]!.extensions.code).toBe("BAD_REQUEST");
    expect(json.errors[0]!.message).toMatch(/not valid UTF-8 .*offset \d+/);
    expect(sim.callCount()).toBe(before);
  });

  it("JSON nested 400,000 deep → 400, not a stack overflow", async () => {
    const res = await post(`{"query":"{ __typename }","variables":{"a":${"[".repeat(400_000)}${"]".repeat(400_000)}}}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/deeper than 128 levels/);
  });

  it("valid UTF-8 (multi-byte) passes untouched", async () => {
    const res = await post(JSON.stringify({ query: `{ __typename }`, variables: { s: "Renée 北京 🚀" } }));
    expect(res.status).toBe(200);
  });
});
