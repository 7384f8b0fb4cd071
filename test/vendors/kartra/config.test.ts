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
    const doc = parseTenantsFile(yaml(`{ webhookSecret: "\${KARTRA_SECRET}", forward: { clienttether: { userId: "124", leadSource: Kartra }, trackdrive: { leadOptions: { source: kartra } } } }`), "t.yaml", { KARTRA_SECRET: "s3cret-s3cret-s3cret" });
    expect(doc.tenants[0]!.vendors.kartra).toEqual({
      webhookSecret: "s3cret-s3cret-s3cret",
      forward: { clienttether: { eventType: "APPOINTMENT", userId: "124", leadSource: "Kartra" }, trackdrive: { leadOptions: { source: "kartra" } }, retry: { baseDelayMs: 5000, maxDelayMs: 900000, maxAttempts: 10 } },
    });
  });

  it("refuses a short secret, naming the path", () => {
    expect(() => parseTenantsFile(yaml(`{ webhookSecret: "short" }`), "t.yaml", {})).toThrow(/tenants\.0\.vendors\.kartra\.webhookSecret: must be at least 16 characters/);
  });

  it("refuses ClientTether appointments without the user whose calendar holds them, and event types ClientTether lacks", () => {
    const fwd = (ct: string) => () => parseTenantsFile(yaml(`{ webhookSecret: "s3cret-s3cret-s3cret", forward: { clienttether: ${ct} } }`), "t.yaml", {});
    expect(fwd(`{}`)).toThrow(/forward\.clienttether\.userId: is required when eventType is APPOINTMENT/);
    expect(fwd(`{ userId: "12a" }`)).toThrow(/forward\.clienttether\.userId/);
    expect(fwd(`{ eventType: NOTE }`)).toThrow(/forward\.clienttether\.eventType/);
    expect(fwd(`{ eventType: CALL }`)).not.toThrow();
    expect(fwd(`{ eventExtra: { user_id: "124" } }`)).not.toThrow();
  });

  it("refuses an unknown forward target, naming the path", () => {
    expect(() => parseTenantsFile(yaml(`{ webhookSecret: "s3cret-s3cret-s3cret", forward: { hubspot: {} } }`), "t.yaml", {})).toThrow(/vendors\.kartra\.forward.*hubspot/);
  });
});
