import { describe, expect, it } from "vitest";
import { parseTenantsFile } from "../../../src/config.js";
import { Comunik8ConfigSchema } from "../../../src/vendors/comunik8/config.js";

const tenantsFile = (vendors: string) => `
tenants:
  - id: acme
    apiKeys: ["sha256:${"a".repeat(64)}"]
    vendors:
${vendors}
`;

describe("comunik8 tenant config", () => {
  it("accepts DESIGN.md's example block with ${VAR} secrets", () => {
    const doc = parseTenantsFile(
      tenantsFile(
        `      comunik8: { baseUrl: "https://dialler.example.com", key: "\${C8_KEY}", ` +
          `leadTypes: ["motor-trade"], defaultType: "motor-trade" }`,
      ),
      "t.yaml",
      { C8_KEY: "secret-key" },
    );
    expect(doc.tenants[0]!.vendors.comunik8).toEqual({
      baseUrl: "https://dialler.example.com",
      key: "secret-key",
      leadTypes: ["motor-trade"],
      defaultType: "motor-trade",
    });
  });

  it("refuses a defaultType outside leadTypes, a missing key and unknown keys", () => {
    expect(
      Comunik8ConfigSchema.safeParse({ baseUrl: "https://d.example", key: "k", leadTypes: ["a"], defaultType: "b" }).error?.issues[0]?.path,
    ).toEqual(["defaultType"]);
    expect(Comunik8ConfigSchema.safeParse({ baseUrl: "https://d.example" }).error?.issues[0]?.path).toEqual(["key"]);
    expect(Comunik8ConfigSchema.safeParse({ baseUrl: "https://d.example", key: "k", apiKey: "x" }).success).toBe(false);
  });
});
