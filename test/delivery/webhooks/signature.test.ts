import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import {
  generateSecret,
  newMessageId,
  parseSecret,
  sign,
  verifySignature,
  webhookHeaders,
  WEBHOOK_USER_AGENT,
} from "../../../src/delivery/webhooks/signature.js";

const secret = "whsec_" + Buffer.alloc(32, 7).toString("base64");
const now = () => Math.floor(Date.now() / 1000);

describe("webhook signatures (Standard Webhooks 1.0)", () => {
  it("signs what the standardwebhooks library verifies", () => {
    const body = JSON.stringify({ type: "delivery.succeeded", timestamp: "2026-12-01T10:00:00.000Z", data: { ü: "ß ✓" } });
    const headers = webhookHeaders({ msgId: "msg_1", timestampSec: now(), body, secret });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(headers).toMatchObject({ "content-type": "application/json", "user-agent": WEBHOOK_USER_AGENT, "webhook-id": "msg_1" });
    expect(Object.keys(headers).sort()).toEqual(["content-type", "user-agent", "webhook-id", "webhook-signature", "webhook-timestamp"]);
  });

  it("matches the library's own signature byte for byte", () => {
    const ts = 1674087231;
    expect(sign(secret, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", ts, '{"a":1}')).toBe(
      new Webhook(secret).sign("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", new Date(ts * 1000), '{"a":1}'),
    );
  });

  it("fails the library's verification when the body, timestamp or id is tampered with", () => {
    const body = '{"type":"delivery.failed","timestamp":"2026-12-01T10:00:00.000Z","data":{}}';
    const headers = webhookHeaders({ msgId: "msg_1", timestampSec: now(), body, secret });
    const wh = new Webhook(secret);
    expect(() => wh.verify(body.replace("failed", "succeeded"), headers)).toThrow(/No matching signature/);
    expect(() => wh.verify(body, { ...headers, "webhook-timestamp": String(now() - 1) })).toThrow(/No matching signature/);
    expect(() => wh.verify(body, { ...headers, "webhook-id": "msg_2" })).toThrow(/No matching signature/);
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow(/No matching signature/);
  });

  it("is refused by the library when the attempt timestamp is older than its tolerance", () => {
    const body = "{}";
    const headers = webhookHeaders({ msgId: "msg_1", timestampSec: now() - 3600, body, secret });
    expect(() => new Webhook(secret).verify(body, headers)).toThrow(/too old/);
  });

  it("verifySignature accepts its own signature, a rotation list, and refuses a tampered one", () => {
    const sig = sign(secret, "msg_1", 100, "x");
    expect(verifySignature(secret, "msg_1", 100, "x", sig)).toBe(true);
    expect(verifySignature(secret, "msg_1", 100, "x", `v1,AAAA ${sig}`)).toBe(true);
    expect(verifySignature(secret, "msg_1", 100, "y", sig)).toBe(false);
    expect(verifySignature(secret, "msg_1", 100, "x", sig.replace("v1,", "v1a,"))).toBe(false);
  });

  it("parseSecret takes whsec_ + padded base64 of 24–64 bytes and never quotes the secret when refusing", () => {
    expect(parseSecret(secret)).toEqual(Buffer.alloc(32, 7));
    expect(parseSecret("whsec_" + Buffer.alloc(24).toString("base64")).length).toBe(24);
    expect(parseSecret("whsec_" + Buffer.alloc(64).toString("base64")).length).toBe(64);
    const bad = [
      Buffer.alloc(32).toString("base64"),
      "whsec_",
      "whsec_" + Buffer.alloc(23).toString("base64"),
      "whsec_" + Buffer.alloc(65).toString("base64"),
      "whsec_" + Buffer.alloc(32).toString("base64").replace(/=+$/, "") + "!!",
      "whsec_not base64 at all, really not",
    ];
    for (const s of bad) {
      expect(() => parseSecret(s)).toThrow(/webhook secret/);
      try {
        parseSecret(s);
      } catch (e) {
        const tail = s.slice(6);
        if (tail) expect((e as Error).message).not.toContain(tail);
      }
    }
  });

  it("refuses a message id that would break the signed content (a '.') or a header", () => {
    expect(() => sign(secret, "msg.1", 1, "")).toThrow(/message id/);
    expect(() => sign(secret, "msg_1\r\nx: y", 1, "")).toThrow(/message id/);
    expect(() => sign(secret, "", 1, "")).toThrow(/message id/);
    expect(() => sign(secret, "msg_1", 1.5, "")).toThrow(/timestamp/);
    expect(newMessageId()).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(newMessageId()).not.toBe(newMessageId());
  });

  it("generateSecret makes secrets parseSecret and the library accept", () => {
    const s = generateSecret();
    expect(parseSecret(s).length).toBe(32);
    const headers = webhookHeaders({ msgId: "msg_1", timestampSec: now(), body: "{}", secret: s });
    expect(() => new Webhook(s).verify("{}", headers)).not.toThrow();
  });
});
