import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiKey } from "../../src/config.js";
import { ROOT } from "../helpers/process.js";

/**
 * The production path, as the Dockerfile's build stage runs it: scripts/release.sh into a
 * temporary directory, then the tree it wrote started the way the runtime stage starts it
 * (`node dist/main.js`, NODE_ENV=production, a tenants file), from that directory alone.
 */
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};
const KEY = "lg_release_test_key_51c0";
/** `import … from "x"`, `export … from "x"`, `import("x")` and `import "x"` in compiled ESM. */
const IMPORT = new RegExp(
  [
    `(?:^|[\\s;])(?:import|export)\\s[^;]*?\\sfrom\\s*["']([^"']+)["']`,
    `import\\(\\s*["']([^"']+)["']\\s*\\)`,
    `^import\\s*["']([^"']+)["']`,
  ].join("|"),
  "gm",
);

describe("scripts/release.sh → node dist/main.js (NODE_ENV=production)", () => {
  const work = mkdtempSync(path.join(tmpdir(), "leadgraph-release-"));
  const out = path.join(work, "release");
  let child: ChildProcess | undefined;

  beforeAll(() => {
    const run = spawnSync("bash", [path.join(ROOT, "scripts/release.sh"), out], { cwd: work, encoding: "utf8", timeout: 240_000 });
    if (run.status !== 0) throw new Error(`release.sh failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }, 250_000);
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    rmSync(work, { recursive: true, force: true });
  });

  it("writes dist/, package.json, package-lock.json, LICENSE and node_modules/, and no source", () => {
    expect(readdirSync(out).sort()).toEqual(["LICENSE", "dist", "node_modules", "package-lock.json", "package.json"]);
    expect(existsSync(path.join(out, "dist/main.js"))).toBe(true);
    expect(existsSync(path.join(out, "dist/vendors/kartra/fixtures/calendar-complete.json"))).toBe(true);
    expect(existsSync(path.join(out, "src"))).toBe(false);
  });

  it("node_modules holds every production dependency and nothing the lockfile marks dev-only", () => {
    for (const name of Object.keys(pkg.dependencies)) expect(existsSync(path.join(out, "node_modules", name)), name).toBe(true);
    // what `npm ci --omit=dev` leaves out: the lockfile's `"dev": true` packages (typescript, vitest, swc, …)
    const lock = JSON.parse(readFileSync(path.join(out, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
    const devOnly = Object.entries(lock.packages).filter(([p, meta]) => p && meta.dev);
    expect(devOnly.length).toBeGreaterThan(100);
    expect(devOnly.map(([p]) => p).filter((p) => existsSync(path.join(out, p, "package.json")))).toEqual([]);
    expect(existsSync(path.join(out, "node_modules/typescript"))).toBe(false);
  });

  it("dist/ imports only Node built-ins, its own files and production dependencies", () => {
    const allowed = new Set([...builtinModules, ...Object.keys(pkg.dependencies)]);
    const bad = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, e.name);
        if (e.isDirectory()) walk(file);
        else if (e.name.endsWith(".js")) {
          const src = readFileSync(file, "utf8");
          for (const m of src.matchAll(IMPORT)) {
            const spec = m[1] ?? m[2] ?? m[3]!;
            if (spec.startsWith(".") || spec.startsWith("node:")) continue;
            const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
            if (!allowed.has(name)) bad.add(`${path.relative(out, file)}: ${spec}`);
          }
        }
      }
    };
    walk(path.join(out, "dist"));
    expect([...bad]).toEqual([]);
  });

  it("starts without compiling, with a tenants file and its ${VAR}s, and answers a query", async () => {
    const tenants = path.join(work, "tenants.yaml");
    writeFileSync(
      tenants,
      `tenants:\n  - id: acme\n    apiKeys: ["${hashApiKey(KEY)}"]\n    vendors:\n      kartra: { webhookSecret: "\${KARTRA_SECRET}" }\n`,
    );
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    Object.assign(env, {
      NODE_ENV: "production",
      LEADGRAPH_TENANTS: tenants,
      KARTRA_SECRET: "release-test-kartra-secret-0123",
      PORT: "0",
      LEADGRAPH_DATA_DIR: path.join(work, "data"),
      LOG_LEVEL: "warn",
    });
    const proc = spawn(process.execPath, ["dist/main.js"], { cwd: out, env, stdio: ["ignore", "pipe", "pipe"] });
    child = proc;
    let stderr = "";
    proc.stderr!.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    let url: string | undefined;
    for await (const line of createInterface({ input: proc.stdout! })) {
      const m = /GraphQL:\s+(\S+)/.exec(line);
      if (m) {
        url = m[1];
        break;
      }
    }
    proc.stdout!.resume();
    expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const res = await fetch(url!, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query: "{ vendors { id configured } }" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { vendors: { id: string; configured: boolean }[] } };
    expect(body.data.vendors.filter((v) => v.configured).map((v) => v.id)).toEqual(["KARTRA"]);
    const base = url!.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    proc.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);

  it("`import \"leadgraph/sdk\"` gives the typed documents and starts nothing (the process ends by itself)", () => {
    const script = `import("leadgraph/sdk").then((m) => console.log(Object.keys(m).filter((k) => k.endsWith("Document")).length))`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: out, encoding: "utf8", timeout: 10_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout.trim())).toBeGreaterThan(20);
    expect(run.stdout).not.toContain("LeadGraph is running");
  });
});

describe("the Dockerfile", () => {
  const text = readFileSync(path.join(ROOT, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const stages = text.split(/^FROM /m).slice(1);

  it("builds with scripts/release.sh and nothing else of its own: no npm, no tsc", () => {
    const runs = stages[0]!.split("\n").filter((l) => l.startsWith("RUN "));
    expect(runs.filter((l) => /\bnpm\b|\btsc\b|\bnpx\b/.test(l))).toEqual([]);
    expect(runs.filter((l) => l.includes("scripts/release.sh"))).toEqual(["RUN bash scripts/release.sh /release"]);
  });

  it("runs the release tree on node 20 slim as a non-root user, with a /healthz check, a data volume and node as PID 1", () => {
    expect(stages.map((s) => s.split("\n")[0])).toEqual(["node:20-slim AS build", "node:20-slim"]);
    const runtime = stages[1]!;
    expect(runtime).toMatch(/^COPY --from=build .*\/release \/app$/m);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\/healthz/m);
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/main.js"\]$/m);
  });
});
