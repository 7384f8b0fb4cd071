import { describe, expect, it } from "vitest";
import { explorerPage } from "../../src/server/explorer.js";

/** What the explorer page opens with, in demo mode and outside it (the browser test runs the demo page for real). */
const opened = (apiKey?: string) => {
  const html = explorerPage({ assetBase: "/explorer/assets", apiKey });
  const headers = JSON.parse(JSON.parse(/const initialHeaders = (".*?");\n/.exec(html)![1]!)) as Record<string, string>;
  const query = JSON.parse(/defaultQuery: (".*?"),\n/.exec(html)![1]!) as string;
  const tools = /defaultEditorToolsVisibility: ([^,]+),/.exec(html)![1];
  return { headers, query, tools };
};

describe("the explorer page", () => {
  it("outside demo mode opens the headers pane on an Authorization template and says where a key comes from", () => {
    const page = opened(undefined);
    expect(page.headers).toEqual({ Authorization: "Bearer <your API key>" });
    expect(page.tools).toBe('"headers"');
    expect(page.query).toContain('{"Authorization": "Bearer <your API key>"}');
    expect(page.query).toMatch(/tenants file lists the sha256 of each/);
    expect(page.query).toContain("query Vendors {");
  });

  it("in demo mode opens with the demo key filled in", () => {
    const page = opened("lg_demo_4f9c2b7e1a");
    expect(page.headers).toEqual({ Authorization: "Bearer lg_demo_4f9c2b7e1a" });
    expect(page.tools).toBe('"headers"');
    expect(page.query).toMatch(/demo API key is already in the Headers pane/);
  });
});
