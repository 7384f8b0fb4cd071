import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { configuredSecrets } from "../../src/config.js";

const gid = (i: number) => `clienttether:lead:${8051632 + i}`;

/** Every string a span carries to an exporter: name, attribute values, status, events. */
function strings(s: ReadableSpan): string[] {
  return [
    s.name,
    s.status.message ?? "",
    ...Object.values(s.attributes).flat().map(String),
    ...s.events.flatMap((e) => [e.name, ...Object.values(e.attributes ?? {}).map(String)]),
  ];
}

describe("OpenTelemetry tracing (an SDK registered the way a user would)", () => {
  const exporter = new InMemorySpanExporter();
  let app: TestApp;
  let secrets: string[];
  beforeAll(async () => {
    // what `node --import ./otel-setup.mjs` does in production (README "Tracing")
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    app = await startTestApp();
    secrets = configuredSecrets(app.tenants);
  });
  afterAll(async () => {
    await app.close();
    trace.disable();
    context.disable();
  });
  beforeEach(() => exporter.reset());

  const byName = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name);
  const one = (name: string) => {
    const found = byName(name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };
  const isChild = (child: ReadableSpan, parent: ReadableSpan) => {
    expect(child.spanContext().traceId).toBe(parent.spanContext().traceId);
    expect(child.parentSpanContext?.spanId, `${child.name} under ${parent.name}`).toBe(parent.spanContext().spanId);
  };

  it("a ClientTether read: operation → resolver → upstream call, and no span for trivial fields", async () => {
    const q = `query LeadTrace { lead(id: "${gid(0)}") { id firstName email events { edges { node { id } } } } }`;
    const res = await app.gql(q, undefined, {
      headers: { "cache-control": "no-cache" },
    });
    expect(res.body.errors).toBeUndefined();

    const op = one("query LeadTrace");
    expect(op.parentSpanContext).toBeUndefined();
    expect(op.attributes).toMatchObject({
      "graphql.operation.type": "query",
      "graphql.operation.name": "LeadTrace",
      "leadgraph.request_id": res.body.extensions.requestId,
    });

    const lead = one("Query.lead");
    isChild(lead, op);
    expect(lead.attributes["graphql.field.path"]).toBe("lead");
    const read = one("clienttether read_client_by_id");
    isChild(read, lead);
    expect(read.attributes).toMatchObject({
      "leadgraph.vendor": "clienttether",
      "leadgraph.vendor.operation": "read_client_by_id",
      "http.request.method": "GET",
      "http.response.status_code": 200,
      "leadgraph.attempts": 1,
    });

    // a vendor-backed field resolver gets its own span, with its upstream call beneath it
    const events = one("Lead.events");
    isChild(events, op);
    const eventReads = exporter.getFinishedSpans().filter((s) => s.parentSpanContext?.spanId === events.spanContext().spanId);
    expect(eventReads.map((s) => s.attributes["leadgraph.vendor"])).toEqual(["clienttether"]);

    // Lead.id, firstName, email: plain data, no spans
    expect(
      exporter
        .getFinishedSpans()
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Lead.events", "Query.lead", "clienttether read_client_by_id", "query LeadTrace", eventReads[0]!.name].sort());
    for (const s of exporter.getFinishedSpans()) for (const v of strings(s)) for (const secret of secrets) expect(v).not.toContain(secret);
  });

  it("writes to Comunik8 and Trackdrive (credentials in query strings) leave no secret or URL in any span", async () => {
    expect(secrets.length).toBeGreaterThan(3);
    const res = await app.gql(
      `mutation Fan($input: LeadInput!) { createLead(input: $input, targets: [COMUNIK8, TRACKDRIVE]) { ok deliveries { vendor status } } }`,
      { input: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: "(303) 555-0147" } },
    );
    expect(res.body.data.createLead.deliveries.map((d: { status: string }) => d.status)).toEqual(["CREATED", "CREATED"]);
    const mutation = one("Mutation.createLead");
    isChild(mutation, one("mutation Fan"));
    const upstream = exporter.getFinishedSpans().filter((s) => s.attributes["leadgraph.vendor"]);
    expect(upstream.map((s) => s.attributes["leadgraph.vendor"]).sort()).toEqual(["comunik8", "trackdrive"]);
    for (const s of upstream) isChild(s, mutation);
    for (const s of exporter.getFinishedSpans()) {
      for (const v of strings(s)) {
        for (const secret of secrets) expect(v).not.toContain(secret);
        expect(v).not.toMatch(/https?:\/\/|key=|lead_token=/);
      }
    }
  });

  it("an upstream failure marks the spans failed with a code, not the vendor's message", async () => {
    const sim = app.simulators.clienttether!;
    sim.inject("read_client_by_id", { status: 502, body: "<html>Bad Gateway from upstream</html>", contentType: "text/html", times: 10 });
    try {
      const res = await app.gql(`query Broken { lead(id: "${gid(1)}") { id } }`, undefined, { headers: { "cache-control": "no-cache" } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_ERROR");
    } finally {
      sim.clearFaults();
    }
    const reads = byName("clienttether read_client_by_id");
    expect(reads.length).toBeGreaterThanOrEqual(1);
    expect(reads[0]!.attributes).toMatchObject({ "http.response.status_code": 502, "leadgraph.error.code": "HTTP_502" });
    expect(one("Query.lead").status).toMatchObject({ code: 2, message: "UPSTREAM_ERROR" });
    expect(one("query Broken").status).toMatchObject({ code: 2, message: "UPSTREAM_ERROR" });
    for (const s of exporter.getFinishedSpans()) for (const v of strings(s)) expect(v).not.toContain("Bad Gateway");
  });
});
