import { describe, expect, it } from "vitest";
import { parseTenantsFile } from "../../../src/config.js";

const yaml = (kartra: string) => `
tenants:
  - id: acme
    apiKeys: ["sha256:${"a".repeat(64)}"]
    vendors:
      kartra: ${kartra}
`;

describe("tenant config: vendors.kartra", () => {
  it("accepts a secret from the environment and forward rules, filling defaults", () => {
    const doc = parseTenantsFile(yaml(`{ webhookSecret: "\${KARTRA_SECRET}", forward: { clienttether: {}, trackdrive: { leadOptions: { source: kartra } } } }`), "t.yaml", { KARTRA_SECRET: "s3cret-s3cret-s3cret" });
    expect(doc.tenants[0]!.vendors.kartra).toEqual({
      webhookSecret: "s3cret-s3cret-s3cret",
      forward: { clienttether: { eventType: "APPOINTMENT" }, trackdrive: { leadOptions: { source: "kartra" } }, retry: { baseDelayMs: 5000, maxDelayMs: 900000, maxAttempts: 10 } },
    });
  });

  it("refuses a short secret, naming the path", () => {
    expect(() => parseTenantsFile(yaml(`{ webhookSecret: "short" }`), "t.yaml", {})).toThrow(/tenants\.0\.vendors\.kartra\.webhookSecret: must be at least 16 characters/);
  });

  it("refuses an unknown forward target, naming the path", () => {
    expect(() => parseTenantsFile(yaml(`{ webhookSecret: "s3cret-s3cret-s3cret", forward: { hubspot: {} } }`), "t.yaml", {})).toThrow(/vendors\.kartra\.forward.*hubspot/);
  });
});
