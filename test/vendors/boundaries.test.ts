import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { vendors } from "../../src/vendors/registry.js";
import type { VendorAdapter } from "../../src/vendors/types.js";

/**
 * A vendor lives in its folder: outside src/vendors/<id>/, only the registry and generated code
 * (src/sdk) may name it — by id, by its `Vendor` enum value or by a global-id prefix it answers
 * to. A name anywhere else is a place a new vendor would have to touch too.
 */
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src");
const ALLOWED = [path.join(src, "vendors", "registry.ts"), path.join(src, "sdk")];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    if (ALLOWED.some((a) => file === a)) return [];
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

const files = sources(src).map((file) => ({ file, text: readFileSync(file, "utf8") }));

describe("vendor names stay in their folders", () => {
  it("reads the whole of src/", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(vendors.map((v: VendorAdapter) => [v.id, v] as const))("nothing outside src/vendors/%s/ names it", (id, adapter) => {
    const own = path.join(src, "vendors", id) + path.sep;
    const words = [...new Set([adapter.id, adapter.name, ...(adapter.globalIdPrefixes ?? [])].map((w) => w.toLowerCase()))];
    const pattern = new RegExp(`\\b(${words.join("|")})\\b`, "i");
    const naming = files
      .filter(({ file, text }) => !file.startsWith(own) && pattern.test(text))
      .map(({ file }) => path.relative(src, file));
    expect(naming).toEqual([]);
  });
});
