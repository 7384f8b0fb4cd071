import { describe, expect, it } from "vitest";
import { ClientTetherConfigSchema } from "../../../src/vendors/clienttether/config.js";
import { tenantSchema, hashApiKey } from "../../../src/config.js";

describe("ClientTether tenant config (vendors.clienttether)", () => {
  it("takes baseUrl, accessToken, webKey and defaults concurrency 8 and the TTLs", () => {
    expect(ClientTetherConfigSchema.parse({ baseUrl: "https://api.clienttether.com/v2/api/", accessToken: "t", webKey: "CT_k" })).toEqual({
      baseUrl: "https://api.clienttether.com/v2/api",
      accessToken: "t",
      webKey: "CT_k",
      concurrency: 8,
      ttlSeconds: { lead: 60, reference: 600 },
    });
  });

  it("accepts concurrency and ttlSeconds overrides", () => {
    const c = ClientTetherConfigSchema.parse({
      baseUrl: "http://x/v2/api",
      accessToken: "t",
      webKey: "k",
      concurrency: 3,
      ttlSeconds: { lead: 5 },
    });
    expect(c).toMatchObject({ concurrency: 3, ttlSeconds: { lead: 5, reference: 600 } });
  });

  it("rejects a missing key, an unknown key and a bad URL, naming the path", () => {
    const r = tenantSchema().safeParse({
      id: "a",
      apiKeys: [hashApiKey("x")],
      vendors: { clienttether: { baseUrl: "nope", accessToken: "t" } },
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["vendors.clienttether.baseUrl", "vendors.clienttether.webKey"]));
    expect(ClientTetherConfigSchema.safeParse({ baseUrl: "http://x", accessToken: "t", webKey: "k", token: "?" }).success).toBe(false);
    expect(ClientTetherConfigSchema.safeParse({ baseUrl: "http://x", accessToken: "t", webKey: "k", concurrency: 0 }).success).toBe(false);
  });
});
