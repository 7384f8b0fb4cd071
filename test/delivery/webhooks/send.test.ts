import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { messageBody, sendWebhook, type WebhookMessage } from "../../../src/delivery/webhooks/send.js";
import { generateSecret, WEBHOOK_USER_AGENT } from "../../../src/delivery/webhooks/signature.js";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "../../helpers/webhook-receiver.js";

const secret = generateSecret();
const opts = { timeoutMs: 2000, maxResponseBytes: 64 * 1024 };
const message: WebhookMessage = {
  id: "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
  type: "delivery.succeeded",
  timestamp: new Date("2026-12-01T10:00:00.000Z"),
  data: { delivery: "d1", vendor: "x", status: "CREATED", note: "naïve ✓" },
};

let receiver: WebhookReceiver;
let other: WebhookReceiver | undefined;
beforeEach(async () => {
  receiver = await startWebhookReceiver({ secret });
});
afterEach(async () => {
  await receiver.close();
  await other?.close();
  other = undefined;
});

const send = (m = message, o = opts) => sendWebhook(m, { url: receiver.url, secret }, o);

describe("sendWebhook over real HTTP", () => {
  it("POSTs the signed body that the standardwebhooks library verifies, and classifies a 2xx as DELIVERED", async () => {
    receiver.reply({ status: 204 });
    const before = Math.floor(Date.now() / 1000);
    const result = await send();
    expect(result).toMatchObject({ outcome: "DELIVERED", status: 204, error: null, retryAfterMs: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);

    const [req] = receiver.requests;
    expect(req).toMatchObject({ method: "POST", path: "/hooks", verified: true, verifyError: null });
    expect(req.rawBody).toBe(messageBody(message));
    expect(req.json).toEqual({ type: "delivery.succeeded", timestamp: "2026-12-01T10:00:00.000Z", data: message.data });
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["user-agent"]).toBe(WEBHOOK_USER_AGENT);
    expect(req.headers["webhook-id"]).toBe(message.id);
    expect(req.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    // the attempt's time, not the event's (spec: it changes on every retry)
    expect(Number(req.headers["webhook-timestamp"])).toBeGreaterThanOrEqual(before);
  });

  it("sends no credentials: no Authorization, Cookie or proxy header, even after the receiver sets a cookie", async () => {
    receiver.reply({ status: 500, headers: { "set-cookie": "session=abc; Path=/" } });
    await send();
    await send();
    for (const req of receiver.requests) {
      const names = Object.keys(req.headers);
      expect(names).not.toContain("authorization");
      expect(names).not.toContain("cookie");
      expect(names).not.toContain("proxy-authorization");
      expect(names.sort()).toEqual(["connection", "content-length", "content-type", "host", "user-agent", "webhook-id",
        "webhook-signature", "webhook-timestamp"]);
    }
  });

  it("500 three times → RETRYABLE each time, then DELIVERED; every attempt has the same webhook-id and verifies", async () => {
    receiver.reply({ status: 500, body: "boom" }, 3);
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await send());
    expect(outcomes.map((r) => [r.outcome, r.status, r.error])).toEqual([
      ["RETRYABLE", 500, "HTTP 500"],
      ["RETRYABLE", 500, "HTTP 500"],
      ["RETRYABLE", 500, "HTTP 500"],
      ["DELIVERED", 200, null],
    ]);
    expect(new Set(receiver.requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([message.id]));
    expect(receiver.requests.every((r) => r.verified)).toBe(true);
  });

  it("410 Gone → GONE (disable the endpoint)", async () => {
    receiver.reply({ status: 410 });
    expect(await send()).toMatchObject({ outcome: "GONE", status: 410, error: "HTTP 410", retryAfterMs: null });
  });

  it.each([400, 404, 408, 502, 504])("HTTP %i → RETRYABLE", async (status) => {
    receiver.reply({ status });
    expect(await send()).toMatchObject({ outcome: "RETRYABLE", status, error: `HTTP ${status}` });
  });

  it("302 → RETRYABLE and not followed: the redirect target receives nothing", async () => {
    other = await startWebhookReceiver({ secret });
    receiver.reply({ status: 302, headers: { location: other.url } });
    expect(await send()).toMatchObject({ outcome: "RETRYABLE", status: 302, error: "HTTP 302 (redirects are not followed)" });
    await new Promise((r) => setTimeout(r, 200));
    expect(other.requests).toHaveLength(0);
    expect(receiver.requests).toHaveLength(1);
  });

  it("an endless 200 body is cut off at the cap, the connection dropped, and the attempt still DELIVERED", async () => {
    receiver.reply({ status: 200, endlessBody: true });
    const result = await send(message, { timeoutMs: 10_000, maxResponseBytes: 64 * 1024 });
    expect(result).toMatchObject({ outcome: "DELIVERED", status: 200, error: null });
    await waitFor(() => receiver.endless[0]?.clientClosed === true, 5000, "the sender hanging up");
    expect(receiver.endless[0].bytesWritten).toBeLessThan(50 * 1024 * 1024);
  });

  it("an oversized 500 body is cut off and still RETRYABLE, saying so", async () => {
    receiver.reply({ status: 500, body: "x".repeat(1024 * 1024) });
    const result = await send(message, { timeoutMs: 10_000, maxResponseBytes: 1024 });
    expect(result).toMatchObject({ outcome: "RETRYABLE", status: 500, error: "HTTP 500; response body cut off at 1024 bytes" });
  });

  it("a body within the cap is read to its end", async () => {
    receiver.reply({ status: 200, body: "y".repeat(1000) });
    expect(await send(message, { timeoutMs: 2000, maxResponseBytes: 1000 })).toMatchObject({ outcome: "DELIVERED", error: null });
  });

  it("a receiver slower than the timeout → RETRYABLE with no status", async () => {
    receiver.reply({ status: 200, delayMs: 3000 });
    const result = await send(message, { timeoutMs: 200, maxResponseBytes: 1024 });
    expect(result).toMatchObject({ outcome: "RETRYABLE", status: null, error: "timed out after 200 ms", retryAfterMs: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(150);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it("a receiver that answers its status and then stalls is judged by that status", async () => {
    receiver.reply({ status: 202, hangAfterHeaders: true }).reply({ status: 500, hangAfterHeaders: true });
    const short = { timeoutMs: 300, maxResponseBytes: 1024 };
    expect(await send(message, short)).toMatchObject({ outcome: "DELIVERED", status: 202, error: null });
    expect(await send(message, short)).toMatchObject({ outcome: "RETRYABLE", status: 500, error: "HTTP 500; then timed out after 300 ms" });
  });

  it("connection refused → RETRYABLE with no status", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const result = await sendWebhook(message, { url: `http://127.0.0.1:${port}/hooks`, secret }, opts);
    expect(result).toMatchObject({ outcome: "RETRYABLE", status: null, retryAfterMs: null });
    expect(result.error).toMatch(/^ECONNREFUSED/);
  });

  it("429 and 503 carry Retry-After (seconds or HTTP date) as retryAfterMs; other statuses ignore it", async () => {
    receiver.reply({ status: 429, headers: { "retry-after": "7" } });
    receiver.reply({ status: 503, headers: { "retry-after": new Date(Date.now() + 60_000).toUTCString() } });
    receiver.reply({ status: 500, headers: { "retry-after": "7" } });
    receiver.reply({ status: 429, headers: { "retry-after": "soon" } });
    const [tooMany, unavailable, error, unreadable] = [await send(), await send(), await send(), await send()];
    expect(tooMany).toMatchObject({ outcome: "RETRYABLE", status: 429, retryAfterMs: 7000 });
    expect(unavailable.retryAfterMs).toBeGreaterThan(55_000);
    expect(unavailable.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(error.retryAfterMs).toBeNull();
    expect(unreadable).toMatchObject({ status: 429, retryAfterMs: null });
  });

  it("never puts the secret or the signature into an error", async () => {
    receiver.reply({ status: 500 }).reply({ status: 302, headers: { location: "http://127.0.0.1:1/" } });
    receiver.reply({ status: 200, delayMs: 1000 });
    const errors = [await send(), await send(), await send(message, { timeoutMs: 100, maxResponseBytes: 10 })].map((r) => r.error);
    const signatures = receiver.requests.map((r) => String(r.headers["webhook-signature"]).slice(3));
    for (const e of errors) {
      expect(e).toBeTruthy();
      expect(e).not.toContain(secret.slice(6));
      for (const s of signatures) expect(e).not.toContain(s);
    }
  });

  it("refuses, before any request, a URL with credentials or a non-http scheme", async () => {
    const withUser = receiver.url.replace("http://", "http://user:pw@");
    await expect(sendWebhook(message, { url: withUser, secret }, opts)).rejects.toThrow(/without credentials/);
    await expect(sendWebhook(message, { url: "ftp://127.0.0.1/", secret }, opts)).rejects.toThrow(/http\(s\)/);
    await expect(sendWebhook({ ...message, id: "msg.1" }, { url: receiver.url, secret }, opts)).rejects.toThrow(/message id/);
    expect(receiver.requests).toHaveLength(0);
  });
});
