import { describe, expect, it } from "vitest";
import { parseTenantsFile } from "../../../src/config.js";
import { TrackdriveConfigSchema } from "../../../src/vendors/trackdrive/config.js";

describe("trackdrive tenant config", () => {
  it("accepts DESIGN.md's example block plus an optional schedule token", () => {
    const doc = parseTenantsFile(
      `tenants:\n  - id: acme\n    apiKeys: ["sha256:${"b".repeat(64)}"]\n    vendors:\n` +
        `      trackdrive: { baseUrl: "https://acme.trackdrive.com", leadToken: "\${TD_LEAD_TOKEN}", ` +
        `scheduleLeadToken: "\${TD_SCHEDULE}" }\n`,
      "t.yaml",
      { TD_LEAD_TOKEN: "offer-tok", TD_SCHEDULE: "sched-tok" },
    );
    expect(doc.tenants[0]!.vendors.trackdrive).toEqual({
      baseUrl: "https://acme.trackdrive.com",
      leadToken: "offer-tok",
      scheduleLeadToken: "sched-tok",
    });
  });

  it("requires leadToken and a URL", () => {
    expect(TrackdriveConfigSchema.safeParse({ baseUrl: "https://t.example" }).success).toBe(false);
    expect(TrackdriveConfigSchema.safeParse({ baseUrl: "not a url", leadToken: "x" }).success).toBe(false);
  });
});
