import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_LEAD, KEY_A, KEY_B, SECRET_A, SECRET_B, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";
import { configuredSecrets } from "../../src/config.js";
import { DEMO_API_KEY, startTestApp, type TestApp } from "../helpers/app.js";
import { writeProbes } from "../helpers/probes.js";

describe("secrets never leave the process", () => {
  let e: EchoApp;
  const responses: string[] = [];
  beforeAll(async () => {
    e = await startEchoApp({
      env: { LOG_LEVEL: "trace" },
      config: (c) => ({
        ...c,
        server: {
          ...c.server,
          upstream: { comunik8: { responseTimeoutMs: 150, deadlineMs: 400, breaker: { consecutiveFailures: 4, halfOpenAfterMs: 60_000 } } },
        },
      }),
    });
  });
  afterAll(() => e.close());

  const record = async (p: Promise<Response>) => {
    const res = await p;
    const text = await res.text();
    responses.push(`${res.status} ${JSON.stringify([...(res.headers as unknown as Iterable<[string, string]>)])} ${text}`);
    return text;
  };
  const gql = (query: string, variables: Record<string, unknown> = {}, key: string | null = KEY_A, headers: Record<string, string> = {}) =>
    record(
      fetch(`${e.app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  const lead = { input: { firstName: "Ann", phone: "303 555 0199", email: "ann@example.com" } };

  it("runs succeeding and failing operations, then finds no configured secret in any response or log line", async () => {
    // the secrets under test are the configured ones
    expect(configuredSecrets(e.app.tenants)).toEqual(expect.arrayContaining([SECRET_A, SECRET_B]));

    // succeeding: creates, reads (cold and cached), replays, validation, vendors
    await gql(CREATE_LEAD, { ...lead, key: "s1" });
    await gql(CREATE_LEAD, { ...lead, key: "s1" });
    await gql(CREATE_LEAD, lead, KEY_B);
    await gql(`{ lead(id: "comunik8:lead:1") { id firstName raw } }`);
    await gql(`{ lead(id: "comunik8:lead:1") { id firstName raw } }`);
    await gql(`{ leads(filter: { vendor: COMUNIK8 }) { edges { node { id raw } } } }`);
    await gql(`mutation { validateLead(input: { phone: "3035550199" }, targets: [COMUNIK8]) { ok } }`);
    await gql(`{ vendors { id configured capabilities } }`);

    // failing: vendors that echo the credential back in error bodies and headers
    const echoBack = `<html><body>Bad key ${SECRET_A} / ${SECRET_B}</body></html>`;
    e.sim.inject("create_lead", { status: 502, body: echoBack, contentType: "text/html", headers: { "x-debug-key": SECRET_A }, times: 1 });
    await gql(CREATE_LEAD, lead);
    e.sim.inject("create_lead", { status: 500, body: JSON.stringify({ error: `invalid key ${SECRET_A}` }), times: 1 });
    await gql(CREATE_LEAD, lead);
    e.sim.inject("get_lead", { status: 401, body: JSON.stringify({ error: `key ${SECRET_A} revoked` }), times: 4 });
    await gql(`{ lead(id: "comunik8:lead:999", fresh: true) { id } }`);
    e.sim.inject("create_lead", { status: 201, body: JSON.stringify({ firstName: SECRET_A }), times: 1 });
    await gql(CREATE_LEAD, lead);
    e.sim.inject("create_lead", { delayMs: 1000, status: 201, body: "{}", times: 1 });
    await gql(CREATE_LEAD, lead);
    e.sim.inject("create_lead", { reset: true });
    for (let i = 0; i < 5; i++) await gql(CREATE_LEAD, lead); // opens the circuit
    e.sim.clearFaults();

    // refused: bad input, conflicts, bad keys, limits, a secret given as input
    await gql(CREATE_LEAD, { input: { phone: "12" } });
    await gql(CREATE_LEAD, { input: { firstName: "Bob", phone: "3035550199" }, key: "s1" });
    await gql(`{ vendors { id } }`, {}, null);
    await gql(`{ vendors { id } }`, {}, "wrong-key");
    await gql(`{ nope }`);
    await gql(`{ node(id: "garbage") { id } }`);
    await gql(CREATE_LEAD, { input: { firstName: `x\u0000${SECRET_B}`, phone: "3035550199" } }, KEY_B);
    await record(
      fetch(`${e.app.url}/graphql?query=${encodeURIComponent("{vendors{id}}")}`, { headers: { authorization: `Bearer ${KEY_A}` } }),
    );
    await record(fetch(`${e.app.url}/readyz`));
    await record(fetch(`${e.app.url}/metrics`)); // label values included

    expect(responses.length).toBeGreaterThan(20);
    expect(e.app.rawLogs.length).toBeGreaterThan(20);
    // the failing paths really did log upstream bodies (scrubbed)
    expect(e.app.rawLogs.some((l) => l.includes("echo: unexpected response") && l.includes("[redacted]"))).toBe(true);

    for (const secret of [SECRET_A, SECRET_B, KEY_A, KEY_B]) {
      const inResponses = responses.filter((r) => r.includes(secret));
      const inLogs = e.app.rawLogs.filter((l) => l.includes(secret));
      expect(inResponses, `secret ${secret.slice(0, 6)}… in responses`).toEqual([]);
      expect(inLogs, `secret ${secret.slice(0, 6)}… in logs`).toEqual([]);
    }
  });
});

const probes = await writeProbes();

describe("secrets never leave the process: every real vendor (demo tenant, vendor simulators)", () => {
  let app: TestApp;
  const responses: string[] = [];
  beforeAll(async () => {
    const policy = { responseTimeoutMs: 200, deadlineMs: 600, breaker: { consecutiveFailures: 1000 } };
    app = await startTestApp({
      env: { LOG_LEVEL: "trace" },
      config: (c) => ({ ...c, server: { ...c.server, upstream: Object.fromEntries(probes.map(({ adapter }) => [adapter.id, policy])) } }),
    });
  });
  afterAll(() => app?.close());

  const record = async (p: Promise<Response>) => {
    const res = await p;
    responses.push(`${res.status} ${JSON.stringify([...(res.headers as unknown as Iterable<[string, string]>)])} ${await res.text()}`);
  };
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    record(
      fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
        body: JSON.stringify({ query, variables }),
      }),
    );

  const title =
    "runs each vendor's reads and writes, succeeding and failing with the credentials echoed back, " +
    "and finds none of them anywhere";
  it(title, async () => {
    const secrets = configuredSecrets(app.tenants);
    // ClientTether access token and web key, Comunik8 key, Trackdrive lead tokens, Propexo token, Kartra webhook secret
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    const echoed = `<html>bad credentials: ${secrets.join(" ")}</html>`;
    const lead = { firstName: "Ann", lastName: "Lee", email: "ann.secrets@example.org", phone: "(719) 555-0166" };
    // every registered writer's write: succeeding, then failing with the credentials echoed back
    const writes = async (email: string) => {
      for (const { probe } of probes) {
        const res = await probe.send(app, { ...lead, email });
        responses.push(
          `${res.status} ${JSON.stringify([...(res.headers as unknown as Iterable<[string, string]>)])} ${JSON.stringify(res.body)}`,
        );
      }
    };
    await writes(lead.email);
    await gql(`{ leads(first: 5) { edges { node { id raw } } } }`);
    await gql(`{ lead(id: "clienttether:lead:8051632", fresh: true) { id raw events { edges { node { id } } } } }`);
    for (const { adapter, probe } of probes) {
      app.simulators[adapter.id]!.inject(probe.route, {
        status: 502,
        body: echoed,
        contentType: "text/html",
        headers: { "x-debug": secrets.join(",") },
      });
    }
    await writes("ann.secrets2@example.org");
    for (const { adapter, probe } of probes) {
      app.simulators[adapter.id]!.inject(probe.route, {
        status: 200,
        body: JSON.stringify({ error: echoed, errors: { token: [echoed] }, ResultCode: echoed }),
      });
    }
    await writes("ann.secrets3@example.org");
    app.simulators.clienttether!.inject("read_client_by_id", { status: 401, body: JSON.stringify({ message: echoed }) });
    await gql(`{ lead(id: "clienttether:lead:8051633", fresh: true) { id } }`);
    app.simulators.propexo!.inject("create_applicant_event_entrata", {
      status: 400,
      body: JSON.stringify({ error: { code: "bad", message: echoed, details: [{ field: "applicant_id", message: echoed }] } }),
    });
    await gql(
      `mutation($input: EventInput!) {
        createEvent(input: $input, target: ENTRATA) { ok deliveries { error { message } fieldErrors { message } } }
      }`,
      {
        input: { type: "NOTE", title: "n", startsAt: "2024-01-15T16:30:00Z", entrata: { applicantId: "1", eventTypeId: "1" } },
      },
    );
    for (const sim of Object.values(app.simulators)) sim.clearFaults();
    // Kartra: the secret is part of the webhook URL, so it reaches the request log's path
    const kartra = secrets.find((s) => s === (app.tenants[0]!.vendors as { kartra?: { webhookSecret: string } }).kartra?.webhookSecret)!;
    await record(
      fetch(`${app.url}/webhooks/kartra/${kartra}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "calendar_complete", lead: { id: 1 } }),
      }),
    );
    await record(
      fetch(`${app.url}/webhooks/kartra?secret=${kartra}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
    );
    await record(fetch(`${app.url}/metrics`));

    expect(responses.length).toBeGreaterThan(8);
    expect(app.rawLogs.some((l) => l.includes("/webhooks/kartra"))).toBe(true);
    for (const secret of secrets) {
      expect(
        responses.filter((r) => r.includes(secret)),
        `secret ${secret.slice(0, 4)}… in responses`,
      ).toEqual([]);
      expect(
        app.rawLogs.filter((l) => l.includes(secret)),
        `secret ${secret.slice(0, 4)}… in logs`,
      ).toEqual([]);
    }
  });
});

describe("tenant isolation", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp();
  });
  afterAll(() => e.close());

  it("tenant B never reads tenant A's cached lead: B's read goes upstream with B's own credential", async () => {
    const q = `{ lead(id: "comunik8:lead:1") { id firstName } }`;
    await e.app.gql(q, {}, { apiKey: KEY_A });
    await e.app.gql(q, {}, { apiKey: KEY_A });
    expect(e.sim.callCount("get_lead")).toBe(1); // A's second read was a cache hit
    const b = await e.app.gql(q, {}, { apiKey: KEY_B });
    expect(b.body.extensions.upstream.cache).toMatchObject({ hits: 0 });
    expect(e.sim.calls("get_lead").map((c) => c.headers["x-api-key"])).toEqual([SECRET_A, SECRET_B]);
  });

  it("each tenant's vendor calls carry only its own credential", async () => {
    e.sim.clearCalls();
    await e.app.gql(CREATE_LEAD, { input: { phone: "3035550199" } }, { apiKey: KEY_A });
    await e.app.gql(CREATE_LEAD, { input: { phone: "3035550199" } }, { apiKey: KEY_B });
    expect(e.sim.calls("create_lead").map((c) => c.headers["x-api-key"])).toEqual([SECRET_A, SECRET_B]);
  });
});

describe("introspection and explorer can be turned off", () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;

  it("are on by default", async () => {
    const e = await startEchoApp();
    try {
      expect((await e.app.gql(INTROSPECT)).body.data.__schema.queryType.name).toBe("Query");
      expect((await fetch(`${e.app.url}/explorer`)).status).toBe(200);
    } finally {
      await e.close();
    }
  });

  it("LEADGRAPH_INTROSPECTION=false refuses introspection; LEADGRAPH_EXPLORER=false serves no explorer or its assets", async () => {
    const e = await startEchoApp({ env: { LEADGRAPH_INTROSPECTION: "false", LEADGRAPH_EXPLORER: "false" } });
    try {
      const res = await e.app.gql(INTROSPECT);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors![0].message).toMatch(/introspection/i);
      expect((await e.app.gql(`{ vendors { id } }`)).body.errors).toBeUndefined();
      expect((await fetch(`${e.app.url}/explorer`)).status).toBe(404);
      expect((await fetch(`${e.app.url}/explorer/assets/graphiql.js`)).status).toBe(404);
      const page = await fetch(`${e.app.url}/graphql`, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toMatch(/GraphiQL|<html/i);
    } finally {
      await e.close();
    }
  });
});
