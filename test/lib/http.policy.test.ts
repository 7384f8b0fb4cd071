import { describe, expect, it } from "vitest";
import { parseTenantsFile } from "../../src/config.js";

const tenant = `tenants:
  - id: acme
    apiKeys: ["sha256:${"a".repeat(64)}"]
`;

describe("reliability settings in the tenants file", () => {
  it("parses upstream policies, limits and idempotency settings, with defaults", () => {
    const doc = parseTenantsFile(
      `${tenant}server:
  maxCost: 200
  maxBatchSize: 5
  idempotencyTtlSeconds: 3600
  upstream:
    default: { connectTimeoutMs: 1000, deadlineMs: 8000 }
    clienttether:
      responseTimeoutMs: 4000
      rateLimit: { perSecond: 5, burst: 10 }
      breaker: { consecutiveFailures: 3, halfOpenAfterMs: 5000 }
`,
      "t.yaml",
      {},
    );
    expect(doc.server).toMatchObject({
      maxCost: 200,
      maxBatchSize: 5,
      idempotencyTtlSeconds: 3600,
      idempotencyWaitSeconds: 30,
      maxStringLength: 10_000,
      upstream: { default: { connectTimeoutMs: 1000, deadlineMs: 8000 }, clienttether: { rateLimit: { perSecond: 5, burst: 10 } } },
    });
    expect(parseTenantsFile(tenant, "t.yaml", {}).server).toMatchObject({
      maxCost: 1000,
      maxBatchSize: 1,
      idempotencyTtlSeconds: 86400,
      upstream: {},
    });
  });

  it("refuses an unknown upstream setting, naming its path", () => {
    expect(() => parseTenantsFile(`${tenant}server:\n  upstream:\n    clienttether: { timeoutMs: 5 }\n`, "t.yaml", {})).toThrow(
      /server\.upstream\.clienttether/,
    );
  });
});
