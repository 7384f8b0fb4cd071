import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/process.js";

describe("npm run kartra:send -- --help", () => {
  it("prints its usage as text, without the source's // comment prefixes, and sends nothing", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/kartra-send.mjs"), "--help"], { encoding: "utf8", timeout: 10_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^npm run kartra:send \[-- --url /);
    expect(lines.filter((l) => l.startsWith("//"))).toEqual([]);
    expect(run.stdout).toContain("Plays Kartra");
  });
});
