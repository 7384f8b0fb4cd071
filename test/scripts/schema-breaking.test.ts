import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/process.js";

/** The versioning check CI runs (`npm run schema:breaking`), on the repository and on made-up schemas. */
const dir = mkdtempSync(path.join(tmpdir(), "leadgraph-semver-"));
let n = 0;
const file = (text: string) => {
  const f = path.join(dir, `f${++n}`);
  writeFileSync(f, text);
  return f;
};
const check = (args: string[] = []) =>
  spawnSync(process.execPath, [path.join(ROOT, "scripts/schema-breaking.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });

const RELEASED = `type Query { a: String, b(x: Int): Int }\nenum Color { Red Green }\n`;
const CURRENT = `type Query { a: String, b: Int }\nenum Color { RED GREEN }\n`;

describe("npm run schema:breaking", () => {
  it("passes on the repository: every breaking change since the last release is in CHANGELOG.md", () => {
    const run = check();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/breaking change\(s\) against schema\/released\.graphql, (\d+) listed/);
  });

  it("fails on a breaking change the changelog does not list, naming each by its coordinate", () => {
    const changelog = file(`# Changelog\n\n## [Unreleased]\n\n### Breaking\n- \`Color.Red\` is now \`RED\`\n\n## [0.1.0]\n`);
    const run = check(["--released", file(RELEASED), "--current", file(CURRENT), "--changelog", changelog]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("`Color.Green`: Green was removed from enum type Color.");
    expect(run.stderr).toContain("`Query.b(x:)`: Query.b arg x was removed.");
    expect(run.stderr).not.toContain("`Color.Red`");
  });

  it("passes once each is listed under [Unreleased] → Breaking, and not when listed under an older version", () => {
    const list = "- `Color.Red`, `Color.Green`: SCREAMING_CASE\n- `Query.b(x:)` removed\n";
    const ok = file(`# Changelog\n\n## [Unreleased]\n\n### Breaking\n${list}\n### Added\n- x\n\n## [0.1.0]\n`);
    expect(check(["--released", file(RELEASED), "--current", file(CURRENT), "--changelog", ok]).status).toBe(0);
    const old = file(`# Changelog\n\n## [Unreleased]\n\n### Added\n- x\n\n## [0.1.0]\n\n### Breaking\n${list}`);
    expect(check(["--released", file(RELEASED), "--current", file(CURRENT), "--changelog", old]).status).toBe(1);
  });

  it("a compatible change (a new field) needs no entry", () => {
    const changelog = file(`# Changelog\n\n## [Unreleased]\n`);
    const current = file(`${RELEASED}extend type Query { c: String }\n`);
    const run = check(["--released", file(RELEASED), "--current", current, "--changelog", changelog]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("0 breaking change(s)");
  });
});
