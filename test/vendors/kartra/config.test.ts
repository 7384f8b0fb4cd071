import { describe, expect, it } from "vitest";
import { parseTenantsFile } from "../../../src/config.js";
import { createRegistry } from "../../../src/vendors/registry.js";
import type { VendorServices } from "../../../src/vendors/types.js";
import { kartra } from "../../../src/vendors/kartra/index.js";
import { forwardConfigProblems } from "../../../src/vendors/kartra/config.js";
import { recordingVendor } from "./fake-vendors.js";

const yaml = (kartra: string) => `
tenants:
  - id: acme
    apiKeys: ["sha256:${"a".repeat(64)}"]
    vendors:
      kartra: ${kartra}
`;

const SECRET = `webhookSecret: "s3cret-s3cret-s3cret"`;
const tenantsWith = (forward: string) => parseTenantsFile(yaml(`{ ${SECRET}, forward: ${forward} }`), "t.yaml", {}).tenants;

/** Two made-up targets beside the app's own vendors: one with an event writer, one without. */
const registry = createRegistry([
  ...createRegistry().adapters,
  recordingVendor("acmecrm", { events: true }).adapter,
  recordingVendor("leadsink", { events: false }).adapter,
]);
const problems = (forward: string) => forwardConfigProblems(tenantsWith(forward), registry);
/** Start-up as the app runs it: the adapter's background() with the app's tenants and registry. */
const startUp = (forward: string) => kartra.background!({ tenants: tenantsWith(forward), registry } as unknown as VendorServices);

describe("tenant config: vendors.kartra", () => {
  it("accepts a secret from the environment and forward rules, filling defaults", () => {
    const forward = `{ clienttether: { userId: "124", leadSource: Kartra }, trackdrive: { leadOptions: { source: kartra } } }`;
    const doc = parseTenantsFile(yaml(`{ webhookSecret: "\${KARTRA_SECRET}", forward: ${forward} }`), "t.yaml", {
      KARTRA_SECRET: "s3cret-s3cret-s3cret",
    });
    expect(doc.tenants[0]!.vendors.kartra).toEqual({
      webhookSecret: "s3cret-s3cret-s3cret",
      forward: {
        clienttether: { userId: "124", leadSource: "Kartra" },
        trackdrive: { leadOptions: { source: "kartra" } },
        retry: { baseDelayMs: 5000, maxDelayMs: 900000, maxAttempts: 10 },
      },
    });
  });

  it("refuses a short secret, naming the path", () => {
    expect(() => parseTenantsFile(yaml(`{ webhookSecret: "short" }`), "t.yaml", {})).toThrow(
      /tenants\.0\.vendors\.kartra\.webhookSecret: must be at least 16 characters/,
    );
  });

  it("refuses, on parse, rule keys and event types forwarding does not have, naming the path", () => {
    expect(() => tenantsWith(`{ acmecrm: { eventType: NOTE } }`)).toThrow(/forward\.acmecrm\.eventType/);
    expect(() => tenantsWith(`{ acmecrm: { userId: "" } }`)).toThrow(/forward\.acmecrm\.userId/);
    expect(() => tenantsWith(`{ acmecrm: { leadOption: {} } }`)).toThrow(/forward\.acmecrm.*leadOption/);
    expect(() => tenantsWith(`{ retry: { maxAttempts: 0 } }`)).toThrow(/forward\.retry\.maxAttempts/);
  });

  it("fails start-up on a forward key that is not a registered vendor with a lead writer, naming it", async () => {
    await expect(startUp(`{ hubspot: {} }`)).rejects.toThrow(
      /tenant acme: vendors\.kartra\.forward\.hubspot: is not a registered vendor; a forward target is a vendor with a lead writer \(.*\)/,
    );
    expect(problems(`{ hubspot: {} }`)).toEqual([expect.stringMatching(/\(clienttether, comunik8, trackdrive, acmecrm, leadsink\)$/)]);
    // registered, but takes no leads (Kartra itself only pushes)
    expect(problems(`{ kartra: {} }`)).toEqual([expect.stringMatching(/vendors\.kartra\.forward\.kartra: Kartra does not take leads/)]);
    expect(problems(`{ acmecrm: { eventType: CALL }, leadsink: {} }`)).toEqual([]);
  });

  it("fails start-up on appointments without the user whose calendar holds them, for a target with an event writer", async () => {
    await expect(startUp(`{ acmecrm: {} }`)).rejects.toThrow(/forward\.acmecrm\.userId: is required when eventType is APPOINTMENT/);
    expect(problems(`{ acmecrm: { eventType: APPOINTMENT, userId: 124 } }`)).toEqual([]);
    expect(problems(`{ acmecrm: { eventType: CALL } }`)).toEqual([]);
    expect(problems(`{ acmecrm: { eventExtra: { user_id: "124" } } }`)).toEqual([]);
  });

  it("fails start-up on session keys for a target without an event writer (it gets the lead only)", () => {
    const noSessions = "leadsink (test fake) has no event writer, so it gets the lead only and no sessions";
    expect(problems(`{ leadsink: { eventType: CALL, userId: "1", leadSource: Kartra } }`)).toEqual([
      `tenant acme: vendors.kartra.forward.leadsink.eventType: ${noSessions}`,
      `tenant acme: vendors.kartra.forward.leadsink.userId: ${noSessions}`,
    ]);
  });
});
