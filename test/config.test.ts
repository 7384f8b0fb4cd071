import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DELIVERY_POLICY } from "../src/model/delivery.js";
import { ConfigError, hashApiKey, interpolateEnv, loadConfig } from "../src/config.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const KEY_HASH = hashApiKey("partner-key-1");
const dir = mkdtempSync(path.join(tmpdir(), "leadgraph-config-"));
let n = 0;
/** Writes a tenants file and returns its path. */
function tenantsFile(ext: "yaml" | "yml" | "json", text: string): string {
  const file = path.join(dir, `tenants-${++n}.${ext}`);
  writeFileSync(file, text);
  return file;
}
/** loadConfig with only the given environment (never the test process's own). */
const load = (env: Record<string, string>) => loadConfig({ LEADGRAPH_DATA_DIR: dir, ...env });
const configError = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError, nothing was thrown");
};

describe("configuration: environment", () => {
  it("is demo mode on the simulators when LEADGRAPH_TENANTS is unset, with the documented defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ demo: true, tenants: [], port: 4000, dataDir: path.resolve("./data"), logLevel: "info", production: false });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
  });

  it("reads PORT, LEADGRAPH_DATA_DIR, DATABASE_URL, REDIS_URL and LOG_LEVEL", () => {
    const c = loadConfig({
      PORT: "0",
      LEADGRAPH_DATA_DIR: dir,
      DATABASE_URL: "postgres://u@h/db",
      REDIS_URL: "redis://h:6379",
      LOG_LEVEL: "warn",
    });
    expect(c).toMatchObject({
      port: 0,
      dataDir: dir,
      databaseUrl: "postgres://u@h/db",
      redisUrl: "redis://h:6379",
      logLevel: "warn",
      demo: true,
    });
  });

  it("NODE_ENV=production without LEADGRAPH_TENANTS refuses to start, says how to fix it and names a misspelt variable", () => {
    const e = configError(() => loadConfig({ NODE_ENV: "production", LEADGRAPH_TENANT: "./tenants.yaml" }));
    expect(e.message).toBe(
      [
        "NODE_ENV=production but LEADGRAPH_TENANTS is not set, and production never starts in demo mode.",
        '  Set LEADGRAPH_TENANTS=/path/to/tenants.yaml (README "Configuration"),',
        "  or LEADGRAPH_DEMO=1 to run the demo on the built-in simulators with its published API key.",
        "  Set but not a LeadGraph variable (a typo?): LEADGRAPH_TENANT",
      ].join("\n"),
    );
    expect(configError(() => loadConfig({ NODE_ENV: "production", LEADGRAPH_DEMO: "0" })).message).toMatch(/never starts in demo mode/);
  });

  it("NODE_ENV=production runs the demo only with LEADGRAPH_DEMO=1; other NODE_ENVs keep the zero-config demo", () => {
    expect(loadConfig({ NODE_ENV: "production", LEADGRAPH_DEMO: "1" })).toMatchObject({ demo: true, production: true });
    expect(loadConfig({ NODE_ENV: "development" })).toMatchObject({ demo: true, production: false });
  });

  it("LEADGRAPH_CACHE_NAMESPACE: `leadgraph` by default, any key-safe prefix otherwise, refused with spaces", () => {
    expect(loadConfig({}).cacheNamespace).toBe("leadgraph");
    expect(loadConfig({ LEADGRAPH_CACHE_NAMESPACE: "lg-staging:eu1" }).cacheNamespace).toBe("lg-staging:eu1");
    expect(configError(() => loadConfig({ LEADGRAPH_CACHE_NAMESPACE: "has space" })).message).toMatch(
      /environment LEADGRAPH_CACHE_NAMESPACE/,
    );
  });

  it("delivery workers: on by default; off by server.deliveryWorkers or LEADGRAPH_DELIVERY_WORKERS, the variable winning", () => {
    expect(loadConfig({}).server.deliveryWorkers).toBe(true);
    expect(loadConfig({ LEADGRAPH_DELIVERY_WORKERS: "false" }).server.deliveryWorkers).toBe(false);
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\nserver:\n  deliveryWorkers: false\n`);
    expect(load({ LEADGRAPH_TENANTS: file }).server.deliveryWorkers).toBe(false);
    expect(load({ LEADGRAPH_TENANTS: file, LEADGRAPH_DELIVERY_WORKERS: "true" }).server.deliveryWorkers).toBe(true);
    expect(configError(() => loadConfig({ LEADGRAPH_DELIVERY_WORKERS: "no" })).message).toMatch(/LEADGRAPH_DELIVERY_WORKERS/);
  });

  it("refuses a bad PORT, naming the variable", () => {
    expect(configError(() => loadConfig({ PORT: "eighty" })).message).toMatch(/environment PORT/);
  });

  it("names LEADGRAPH_TENANTS when the file cannot be read", () => {
    expect(configError(() => load({ LEADGRAPH_TENANTS: path.join(dir, "missing.yaml") })).message).toMatch(
      /^LEADGRAPH_TENANTS: cannot read .*missing\.yaml/,
    );
  });
});

describe("configuration: tenants file", () => {
  it("reads YAML", () => {
    const file = tenantsFile(
      "yaml",
      `tenants:
  - id: acme
    name: Acme Motors
    apiKeys: ["${KEY_HASH}"]
    defaultCountry: GB
    timezone: Europe/London
server:
  maxFirst: 100
`,
    );
    const c = load({ LEADGRAPH_TENANTS: file });
    expect(c.demo).toBe(false);
    expect(c.tenants).toEqual([
      {
        id: "acme",
        name: "Acme Motors",
        apiKeys: [KEY_HASH],
        defaultCountry: "GB",
        timezone: "Europe/London",
        vendors: {},
        delivery: DEFAULT_DELIVERY_POLICY,
        webhooks: [],
      },
    ]);
    expect(c.server.maxFirst).toBe(100);
  });

  it("reads JSON (by the .json extension), filling defaults", () => {
    const file = tenantsFile("json", JSON.stringify({ tenants: [{ id: "beta", apiKeys: [KEY_HASH] }] }));
    const c = load({ LEADGRAPH_TENANTS: file });
    expect(c.tenants).toEqual([
      {
        id: "beta",
        apiKeys: [KEY_HASH],
        defaultCountry: "US",
        timezone: "America/New_York",
        vendors: {},
        // issue 15: every tenant gets the documented delivery defaults and no outbound webhooks
        delivery: { retry: true, maxAttempts: 10, maxAgeSeconds: 86400, leaseSeconds: 60, backoff: { initialMs: 1000, maxMs: 600000 } },
        webhooks: [],
      },
    ]);
    expect(c.server).toMatchObject({ maxFirst: 500, bodyLimitBytes: 1_000_000, introspection: true, explorer: true });
  });

  it("replaces ${VAR} from the environment, inside strings and arrays", () => {
    const file = tenantsFile(
      "yaml",
      `tenants:
  - id: \${TENANT_ID}
    name: "Acme (\${REGION})"
    apiKeys: ["\${ACME_KEY_HASH}"]
`,
    );
    const c = load({ LEADGRAPH_TENANTS: file, TENANT_ID: "acme", REGION: "eu", ACME_KEY_HASH: KEY_HASH });
    expect(c.tenants[0]).toMatchObject({ id: "acme", name: "Acme (eu)", apiKeys: [KEY_HASH] });
  });

  it("replaces ${VAR} in nested vendor-style blocks", () => {
    const doc = { tenants: [{ vendors: { clienttether: { accessToken: "${CT_TOKEN}", baseUrl: "https://x/${CT_PATH}/api" } } }] };
    expect(interpolateEnv(doc, { CT_TOKEN: "t0k", CT_PATH: "v2" })).toEqual({
      tenants: [{ vendors: { clienttether: { accessToken: "t0k", baseUrl: "https://x/v2/api" } } }],
    });
  });

  it("a missing variable is a ConfigError naming the variable and where it is used", () => {
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["\${ACME_KEY_HASH}"]\n`);
    const e = configError(() => load({ LEADGRAPH_TENANTS: file }));
    expect(e.message).toContain("${ACME_KEY_HASH}");
    expect(e.message).toContain("tenants.0.apiKeys.0");
    expect(e.message).toMatch(/not set in the environment/);
  });

  it("every missing variable is reported at once, with the file's path and where each is used", () => {
    const file = tenantsFile(
      "yaml",
      `tenants:\n  - id: acme\n    apiKeys: ["\${ACME_KEY_HASH}"]\n    vendors:\n` +
        `      clienttether: { baseUrl: "https://x", accessToken: "\${CT_TOKEN}", webKey: "\${CT_WEB_KEY}" }\n`,
    );
    const e = configError(() => load({ LEADGRAPH_TENANTS: file }));
    expect(e.message.split("\n")).toEqual([
      `tenants file ${file}: 3 environment variable(s) not set: ACME_KEY_HASH, CT_TOKEN, CT_WEB_KEY`,
      "  tenants.0.apiKeys.0 references ${ACME_KEY_HASH}, which is not set in the environment",
      "  tenants.0.vendors.clienttether.accessToken references ${CT_TOKEN}, which is not set in the environment",
      "  tenants.0.vendors.clienttether.webKey references ${CT_WEB_KEY}, which is not set in the environment",
    ]);
  });

  it("a bad value names its key path (tenants.0.apiKeys.0 not a sha256)", () => {
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}", "plain-text-key"]\n`);
    const e = configError(() => load({ LEADGRAPH_TENANTS: file }));
    expect(e.message).toBe(
      `tenants file ${file}: tenants.0.apiKeys.1: must be "sha256:" followed by 64 lowercase hex digits (sha256 of the API key)`,
    );
  });

  it("checks delivery settings and outbound webhooks at start-up, naming each bad path (issue 15)", () => {
    const file = tenantsFile(
      "json",
      JSON.stringify({
        tenants: [
          {
            id: "acme",
            apiKeys: [KEY_HASH],
            delivery: { maxAttempts: 0, backoff: { initialMs: -1 } },
            webhooks: [
              { url: "https://user:pw@partner.example.com/hooks", secret: "whsec_c2VjcmV0", events: ["delivery.succeeded"] },
              { url: "ftp://partner.example.com/hooks", secret: "not-a-secret", events: ["lead.exploded"] },
            ],
          },
        ],
      }),
    );
    const e = configError(() => load({ LEADGRAPH_TENANTS: file }));
    for (const p of [
      "tenants.0.delivery.maxAttempts",
      "tenants.0.delivery.backoff.initialMs",
      "tenants.0.webhooks.0.url",
      "tenants.0.webhooks.0.secret",
      "tenants.0.webhooks.1.url",
      "tenants.0.webhooks.1.secret",
      "tenants.0.webhooks.1.events.0",
    ]) {
      expect(e.message).toContain(`${p}: `);
    }
    expect(e.message).not.toContain("pw@");
    expect(e.message).not.toContain("c2VjcmV0");
    const ok = tenantsFile(
      "yaml",
      `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\n    webhooks:\n` +
        `      - { url: "http://127.0.0.1:9999/hooks", secret: "whsec_${Buffer.alloc(32, 7).toString("base64")}",\n` +
        `          events: ["kartra.calendar_completed"] }\n`,
    );
    expect(load({ LEADGRAPH_TENANTS: ok }).tenants[0]!.webhooks).toHaveLength(1);
  });

  it("names every bad key path at once", () => {
    const file = tenantsFile(
      "json",
      JSON.stringify({
        tenants: [
          { id: "ok", apiKeys: [KEY_HASH] },
          { id: "bad id!", apiKeys: ["sha256:abc"], defaultCountry: "usa" },
        ],
      }),
    );
    const lines = configError(() => load({ LEADGRAPH_TENANTS: file })).message.split("\n");
    expect(lines.map((l) => l.split(": ")[1])).toEqual(["tenants.1.id", "tenants.1.apiKeys.0", "tenants.1.defaultCountry"]);
  });

  it("rejects an unknown top-level key", () => {
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\ntenant_defaults: {}\n`);
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(/Unrecognized key\(s\) in object: 'tenant_defaults'/);
  });

  it("rejects an unknown vendor under tenants.N.vendors, naming the path", () => {
    const file = tenantsFile(
      "yaml",
      `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\n    vendors:\n      salesforce: { token: x }\n`,
    );
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(
      /tenants\.0\.vendors: Unrecognized key\(s\) in object: 'salesforce'/,
    );
  });

  it("rejects a misspelt tenant key and a time zone that does not exist, naming each path", () => {
    const file = tenantsFile(
      "yaml",
      `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\n    timeZone: America/Chicago\n` +
        `  - id: beta\n    apiKeys: ["${KEY_HASH}"]\n    timezone: America/Chicgo\n`,
    );
    const message = configError(() => load({ LEADGRAPH_TENANTS: file })).message;
    expect(message).toMatch(/tenants\.0: Unrecognized key\(s\) in object: 'timeZone'/);
    expect(message).toMatch(/tenants\.1\.timezone: must be an IANA time zone/);
  });

  it("rejects an unknown key in the server block", () => {
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["${KEY_HASH}"]\nserver:\n  maxFrist: 10\n`);
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(/server: Unrecognized key\(s\) in object: 'maxFrist'/);
  });

  it("rejects duplicate tenant ids", () => {
    const file = tenantsFile(
      "json",
      JSON.stringify({
        tenants: [
          { id: "a", apiKeys: [KEY_HASH] },
          { id: "a", apiKeys: [KEY_HASH] },
        ],
      }),
    );
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(/tenants\.1\.id: duplicate tenant id "a"/);
  });

  it("reports a YAML syntax error as such", () => {
    const file = tenantsFile("yaml", `tenants: [\n  - id: acme\n`);
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(/is not valid YAML/);
  });

  it("reports a JSON syntax error as such", () => {
    const file = tenantsFile("json", `{"tenants": [}`);
    expect(configError(() => load({ LEADGRAPH_TENANTS: file })).message).toMatch(/is not valid JSON/);
  });
});

/** The process's environment minus every LeadGraph variable, plus `extra`. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(PORT|HOST|LEADGRAPH_.*|DATABASE_URL|REDIS_URL|LOG_LEVEL|NODE_ENV)$/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

describe("the process (node dist/main.js)", () => {
  beforeAll(() => {
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }, 120_000);

  it("exits non-zero on a bad tenants file, printing the bad key path", () => {
    const file = tenantsFile("yaml", `tenants:\n  - id: acme\n    apiKeys: ["not-a-hash"]\n`);
    const run = spawnSync(process.execPath, ["dist/main.js"], {
      cwd: ROOT,
      encoding: "utf8",
      env: cleanEnv({ LEADGRAPH_TENANTS: file, PORT: "0", LEADGRAPH_DATA_DIR: dir }),
      timeout: 30_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("configuration error");
    expect(run.stderr).toContain("tenants.0.apiKeys.0");
    expect(run.stdout).not.toContain("LeadGraph is running");
  });

  it("NODE_ENV=production without a tenants file exits 2 before serving, saying how to fix it", () => {
    const run = spawnSync(process.execPath, ["dist/main.js"], {
      cwd: ROOT,
      encoding: "utf8",
      env: cleanEnv({ NODE_ENV: "production", LEADGRAPH_TENANT: "./tenants.yaml", PORT: "0", LEADGRAPH_DATA_DIR: dir }),
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("NODE_ENV=production but LEADGRAPH_TENANTS is not set");
    expect(run.stderr).toContain("LEADGRAPH_DEMO=1");
    expect(run.stderr).toContain("(a typo?): LEADGRAPH_TENANT");
    expect(run.stdout).not.toContain("API key");
  });

  it("a port in use is one line naming the port and PORT, and exit code 1", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const run = spawnSync(process.execPath, ["dist/main.js"], {
        cwd: ROOT,
        encoding: "utf8",
        env: cleanEnv({ PORT: String(port), LEADGRAPH_DATA_DIR: mkdtempSync(path.join(tmpdir(), "leadgraph-port-")), LOG_LEVEL: "warn" }),
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`leadgraph: port ${port} is in use; set PORT=<another port> or stop what is listening on it\n`);
      expect(run.stdout).not.toContain("LeadGraph is running");
    } finally {
      blocker.close();
    }
  });

  it("in demo mode prints the banner with `API key: <key>`, serves, and exits 0 on SIGINT", async () => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["dist/main.js"], {
      cwd: ROOT,
      env: cleanEnv({ PORT: "0", LEADGRAPH_DATA_DIR: mkdtempSync(path.join(tmpdir(), "leadgraph-demo-")), LOG_LEVEL: "warn" }),
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    try {
      // Wait for the banner by reading stdout line by line (no sleeps).
      const banner: string[] = [];
      const lines = createInterface({ input: child.stdout });
      let apiKey: string | undefined;
      for await (const line of lines) {
        banner.push(line);
        const m = /^API key: (\S+)$/.exec(line);
        if (m) {
          apiKey = m[1];
          break;
        }
      }
      child.stdout.resume(); // keep draining the pipe after the banner
      expect(apiKey, `banner:\n${banner.join("\n")}\nstderr:\n${stderr}`).toBeDefined();
      const graphqlUrl = /GraphQL:\s+(\S+)/.exec(banner.join("\n"))?.[1];
      expect(graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect(banner.join("\n")).toMatch(/Explorer:\s+http:\/\/127\.0\.0\.1:\d+\/explorer/);

      // The printed key works against the printed URL.
      const res = await fetch(graphqlUrl!, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ data: { __typename: "Query" } });

      child.kill("SIGINT");
      expect(await exited).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });
});
