import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DELIVERY_FAILED, DELIVERY_SUCCEEDED, webhookEndpointsSchema } from "../../../src/delivery/webhooks/endpoint-config.js";

const secret = "whsec_" + Buffer.alloc(32, 1).toString("base64");
const VENDOR_EVENTS = ["example.calendar_completed", "example.write_status"] as const;
const schema = z.object({ webhooks: webhookEndpointsSchema(VENDOR_EVENTS) });
const ok = { url: "https://partner.example.com/hooks", secret, events: [DELIVERY_SUCCEEDED] };

/** What config.ts prints: `path: message`, one line per issue. */
function problems(webhooks: unknown[]): string[] {
  const r = schema.safeParse({ webhooks });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("tenant webhooks config", () => {
  it("accepts https and loopback http endpoints with core and contributed event types", () => {
    const webhooks = [
      { ...ok, events: [DELIVERY_SUCCEEDED, DELIVERY_FAILED, ...VENDOR_EVENTS] },
      { ...ok, url: "http://127.0.0.1:8080/hooks" },
      { ...ok, url: "http://localhost/x" },
      { ...ok, url: "http://[::1]:9000/" },
    ];
    expect(problems(webhooks)).toEqual([]);
    expect(schema.parse({ webhooks }).webhooks[0]).toEqual({ ...ok, events: [DELIVERY_SUCCEEDED, DELIVERY_FAILED, ...VENDOR_EVENTS] });
    expect(problems([])).toEqual([]);
  });

  it("refuses a scheme other than http or https", () => {
    expect(problems([{ ...ok, url: "ftp://partner.example.com/hooks" }])).toEqual([
      "webhooks.0.url: a webhook URL must be http or https, not ftp",
    ]);
    expect(problems([{ ...ok, url: "file:///etc/passwd" }])).toEqual(["webhooks.0.url: a webhook URL must be http or https, not file"]);
    expect(problems([{ ...ok, url: "/relative" }])).toEqual(["webhooks.0.url: not a valid absolute URL"]);
  });

  it("refuses credentials in the URL, without quoting them", () => {
    const urls = ["https://user:hunter2@partner.example.com/hooks", "https://hunter2@partner.example.com/", "https://:hunter2@x.example/"];
    for (const url of urls) {
      const p = problems([ok, { ...ok, url }]);
      expect(p).toEqual(["webhooks.1.url: credentials are not allowed in a webhook URL"]);
      expect(p.join()).not.toContain("hunter2");
    }
  });

  it("refuses a bad secret, naming the field and never the secret", () => {
    const cases = [
      "plainXYZ123value",
      "whsec_",
      "whsec_" + Buffer.alloc(8).toString("base64"),
      "whsec_%%%%not-base64%%%%%%%%%%%%%%%%%%%%",
    ];
    for (const s of cases) {
      const p = problems([{ ...ok, secret: s }]);
      expect(p).toHaveLength(1);
      expect(p[0]).toMatch(/^webhooks\.0\.secret: a webhook secret must/);
      if (s.length > 6) expect(p[0]).not.toContain(s.slice(6));
    }
    expect(problems([{ ...ok, secret: 42 }])).toEqual(["webhooks.0.secret: Expected string, received number"]);
  });

  it("refuses an unknown event type and an empty list", () => {
    expect(problems([{ ...ok, events: [DELIVERY_SUCCEEDED, "lead.exploded"] }])).toEqual([
      'webhooks.0.events.1: unknown webhook event type "lead.exploded" (known: delivery.failed, delivery.succeeded, ' +
        "example.calendar_completed, example.write_status)",
    ]);
    expect(problems([{ ...ok, events: [] }])).toEqual(["webhooks.0.events: at least one event type is required"]);
  });

  it("refuses unknown keys and reports every problem of an endpoint at once", () => {
    expect(problems([{ ...ok, headers: { authorization: "x" } }])).toEqual(["webhooks.0: Unrecognized key(s) in object: 'headers'"]);
    expect(problems([{ url: "ftp://u:p@x", secret: "nope", events: [] }])).toHaveLength(4);
  });

  it("drops repeated event types", () => {
    const parsed = schema.parse({ webhooks: [{ ...ok, events: [DELIVERY_FAILED, DELIVERY_FAILED] }] });
    expect(parsed.webhooks[0].events).toEqual([DELIVERY_FAILED]);
  });

  it("refuses, when built, a contributed event type that breaks the spec's naming", () => {
    expect(() => webhookEndpointsSchema(["nodot"])).toThrow(/group\.name/);
    expect(() => webhookEndpointsSchema(["a.b-c"])).toThrow(/group\.name/);
  });
});
