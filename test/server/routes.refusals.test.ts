import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY_A, startEchoApp, type EchoApp } from "../fixtures/echo-app.js";
import { startTestApp, type TestApp } from "../helpers/app.js";
import { loggedPath } from "../../src/server/routes.js";

/** Messages a caller gets when something is refused: each says what to do, and carries what the README promises. */
describe("refusals that say what to do", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp();
  });
  afterAll(() => e.close());

  /** Opens a graphql-ws socket with these connection params; resolves with how the server closed it. */
  const closeOf = (params: Record<string, string> | undefined) =>
    new Promise<{ code: number; reason: string }>((resolve, reject) => {
      const ws = new WebSocket(`${e.app.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", ...(params ? { payload: params } : {}) })));
      ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
      ws.on("error", reject);
    });

  it("a WebSocket with a wrong or missing key closes 4403 with the same guidance as HTTP's 401", async () => {
    const hint = 'Forbidden: missing or unknown API key; send connectionParams {"Authorization": "Bearer <api key>"}';
    expect(await closeOf({ Authorization: "Bearer wrong-key" })).toEqual({ code: 4403, reason: hint });
    expect(await closeOf(undefined)).toEqual({ code: 4403, reason: hint });
  });

  it("a WebSocket with the right key is acknowledged", async () => {
    const ack = await new Promise<string>((resolve, reject) => {
      const ws = new WebSocket(`${e.app.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { Authorization: `Bearer ${KEY_A}` } })));
      ws.on("message", (m) => {
        resolve(JSON.parse(String(m)).type);
        ws.close();
      });
      ws.on("error", reject);
    });
    expect(ack).toBe("connection_ack");
  });

  it("an upgrade to any other path than /graphql is refused", async () => {
    const status = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(`${e.app.url.replace(/^http/, "ws")}/elsewhere`, "graphql-transport-ws");
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode));
      ws.on("error", () => resolve(undefined));
    });
    expect(status).toBe(404);
  });

  it("the CSRF-blocked GET answer carries extensions.requestId, the one in x-request-id", async () => {
    const res = await fetch(`${e.app.url}/graphql?query=${encodeURIComponent("{ vendors { id } }")}`, {
      headers: { authorization: `Bearer ${KEY_A}` },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
    expect(body.errors[0]!.extensions.requestId).toBe(res.headers.get("x-request-id"));
    expect(body.errors[0]!.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("webhook paths in the request log", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("a wrong webhook secret is logged redacted, never verbatim", async () => {
    const wrong = "wrong-secret-9d1f7a2b";
    const res = await fetch(`${app.url}/webhooks/kartra/${wrong}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "calendar_complete" }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    await new Promise((r) => setTimeout(r, 50)); // the request line is written on `finish`
    const lines = app.logs.filter((l) => l.msg === "request" && String(l.path).startsWith("/webhooks/"));
    expect(lines.map((l) => l.path)).toEqual(["/webhooks/kartra/[redacted]"]);
    expect(app.rawLogs.join("\n")).not.toContain(wrong);
  });

  it("loggedPath redacts only what follows a webhook's vendor segment", () => {
    expect(loggedPath("/webhooks/kartra/s3cr3t")).toBe("/webhooks/kartra/[redacted]");
    expect(loggedPath("/webhooks/kartra/a/b")).toBe("/webhooks/kartra/[redacted]");
    expect(loggedPath("/webhooks/kartra")).toBe("/webhooks/kartra");
    expect(loggedPath("/graphql")).toBe("/graphql");
  });
});
