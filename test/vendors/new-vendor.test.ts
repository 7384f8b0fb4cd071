import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What src/vendors/README.md promises: a sixth vendor is one folder, its test folder and one
 * registry line. In a copy of the tree: copy Comunik8's folder as the template, rename it, add
 * the line, then typecheck, build, emit the schema and start the real server in demo mode.
 * Nothing else in the copy is touched, so a place that still lists vendors by hand fails here.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The fields this test reads from the started server's GraphQL answers. */
interface Answer {
  data: { vendors: { id: string }[]; createLead: { deliveries: unknown[] } };
  errors?: unknown[];
}
const TREE = [
  "src",
  "test",
  "bench",
  "schema",
  "operations",
  "package.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsconfig.bench.json",
  "vitest.config.ts",
];

let dir: string;

function renameAll(folder: string): void {
  for (const entry of readdirSync(folder)) {
    const file = path.join(folder, entry);
    if (statSync(file).isDirectory()) {
      renameAll(file);
      continue;
    }
    const text = readFileSync(file, "utf8").replaceAll("Comunik8", "Acme").replaceAll("comunik8", "acme").replaceAll("COMUNIK8", "ACME");
    writeFileSync(file, text);
    if (entry.includes("comunik8")) {
      cpSync(file, path.join(folder, entry.replaceAll("comunik8", "acme")));
      rmSync(file);
    }
  }
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: dir, encoding: "utf8", stdio: "pipe", timeout: 240_000 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "leadgraph-new-vendor-"));
  for (const p of TREE) cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  cpSync(path.join(dir, "src/vendors/comunik8"), path.join(dir, "src/vendors/acme"), { recursive: true });
  cpSync(path.join(dir, "test/vendors/comunik8"), path.join(dir, "test/vendors/acme"), { recursive: true });
  renameAll(path.join(dir, "src/vendors/acme"));
  renameAll(path.join(dir, "test/vendors/acme"));
  const registry = path.join(dir, "src/vendors/registry.ts");
  const before = readFileSync(registry, "utf8");
  const after = before.replace("] as const;", '  (await import("./acme/index.js")).acme,\n] as const;');
  expect(after).not.toBe(before);
  writeFileSync(registry, after);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a sixth vendor from the template", () => {
  it("is one folder, its test folder and one registry line", () => {
    const diff = (a: string, b: string) => {
      const x = readFileSync(a, "utf8").split("\n");
      const y = readFileSync(b, "utf8").split("\n");
      return y.filter((l) => !x.includes(l));
    };
    expect(diff(path.join(root, "src/vendors/registry.ts"), path.join(dir, "src/vendors/registry.ts"))).toEqual([
      '  (await import("./acme/index.js")).acme,',
    ]);
  });

  it("typechecks, builds and emits a schema with ACME in it", () => {
    run("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
    run("npx", ["tsc", "-p", "tsconfig.build.json"]);
    run("node", ["dist/graphql/emit.js"]);
    const sdl = readFileSync(path.join(dir, "schema/schema.graphql"), "utf8");
    expect(sdl).toMatch(/enum Vendor \{[^}]*\bACME\b/);
    expect(sdl).toMatch(/\bacme: AcmeLeadOptions\b/);
  }, 300_000);

  it("the server lists it in `vendors`, configured in demo mode, and delivers a lead to it", async () => {
    const child = spawn("node", ["dist/main.js"], {
      cwd: dir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        LEADGRAPH_DEMO: "1",
        PORT: "0",
        LEADGRAPH_DATA_DIR: path.join(dir, "data"),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start-up banner:\n${out}`)), 60_000);
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(out);
          if (m && /API key: (\S+)/.test(out)) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.stderr.on("data", (c: Buffer) => (out += c.toString()));
        child.once("exit", (code) => reject(new Error(`server exited ${code}:\n${out}`)));
      });
      const key = /API key: (\S+)/.exec(out)![1]!;
      const gql = async (query: string) => {
        const res = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({ query }),
        });
        return (await res.json()) as Answer;
      };
      const listed = await gql("{ vendors { id name configured capabilities } }");
      expect(listed.errors).toBeUndefined();
      expect(listed.data.vendors.find((v: { id: string }) => v.id === "ACME")).toEqual({
        id: "ACME",
        name: "Acme",
        configured: true,
        capabilities: ["LEAD_WRITE", "LEAD_CANCEL", "LEAD_VALIDATE", "CALLBACK_SCHEDULE"],
      });
      const created = await gql(`mutation { createLead(targets: [ACME], input: { firstName: "Ada", lastName: "Lovelace",
        email: "ada@example.com", phone: "(303) 555-4321" }, options: { acme: { type: "motor-trade" } }) ` +
          `{ deliveries { vendor status } } }`);
      expect(created.errors).toBeUndefined();
      expect(created.data.createLead.deliveries).toEqual([{ vendor: "ACME", status: "CREATED" }]);
    } finally {
      child.kill("SIGTERM");
    }
  }, 120_000);
});
