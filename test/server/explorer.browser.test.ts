import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";
import { startTestApp, DEMO_API_KEY, type TestApp } from "../helpers/app.js";

/**
 * The GraphiQL explorer in a real browser (Debian's chromium driven by playwright-core): it
 * loads from this server alone, shows the demo API key, runs a query through the UI and shows
 * the result. Every request the page makes is recorded; anything not on loopback is aborted
 * and fails the test, so "works with no internet" is proven, not assumed.
 */
const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`explorer browser test skipped: ${CHROMIUM} is missing (install Debian's chromium: apt-get install chromium)`);

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const isLoopback = (url: string) => {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return LOOPBACK.has(u.hostname);
};

describe.skipIf(!hasChromium)("explorer in a browser", () => {
  let app: TestApp;
  let context: BrowserContext;
  let userDataDir: string;
  const requests: { url: string; method: string; headers: Record<string, string>; body: string | null }[] = [];
  const leftLoopback: string[] = [];
  const graphqlStatuses: number[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    userDataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    // Interception: anything off loopback is recorded and aborted (the page must not need it).
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      leftLoopback.push(url);
      return route.abort("blockedbyclient");
    });
    context.on("response", (r) => {
      if (r.url() === `${app.url}/graphql`) graphqlStatuses.push(r.status());
    });
    context.on("request", (r: Request) => {
      requests.push({ url: r.url(), method: r.method(), headers: r.headers(), body: r.postData() });
      if (!isLoopback(r.url())) leftLoopback.push(r.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await app?.close();
  });

  /** Opens the explorer and waits until GraphiQL has its schema (it rebuilds editors until then). */
  async function open(page: Page, pathname: string) {
    const introspected = page.waitForResponse(
      (r) => r.url() === `${app.url}/graphql` && (r.request().postData() ?? "").includes("IntrospectionQuery"),
      { timeout: 20_000 },
    );
    const res = await page.goto(`${app.url}${pathname}`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-type"]).toMatch(/text\/html/);
    expect((await introspected).status()).toBe(200);
    await page.locator(".graphiql-execute-button").waitFor({ state: "visible", timeout: 20_000 });
  }

  /** Text of a CodeMirror editor inside `selector` (GraphiQL 4 uses CodeMirror 5). */
  const editorText = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const cm = (el.querySelector(".CodeMirror") as unknown as { CodeMirror?: { getValue(): string } } | null)?.CodeMirror;
      return cm ? cm.getValue() : (el.textContent ?? "");
    });

  it("self-check: the recorder sees and aborts a request that leaves loopback", async () => {
    const page = await context.newPage();
    await page.goto("about:blank");
    const failed = await page.evaluate(() => fetch("http://198.51.100.7/leak").then(() => false, () => true));
    expect(failed).toBe(true);
    expect(leftLoopback).toContain("http://198.51.100.7/leak");
    await page.close();
    leftLoopback.length = 0;
    requests.length = 0;
    graphqlStatuses.length = 0;
  });

  it("serves the explorer at /graphql to a browser (Accept: text/html) with the demo key in the headers", async () => {
    const page = await context.newPage();
    await open(page, "/graphql");
    const headers = await editorText(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)");
    expect(JSON.parse(headers)).toEqual({ Authorization: `Bearer ${DEMO_API_KEY}` });
    await page.close();
  });

  it("runs a query through the UI and shows the result, with no request leaving loopback", async () => {
    const page = await context.newPage();
    await open(page, "/explorer");
    const query = "query FromTheBrowser { vendors { id configured } __typename }";
    // Type like a user: focus the query editor, select everything, replace it. GraphiQL may still
    // recreate its editor (with the default query) just after load on a slow machine, as CI saw:
    // a user would type again, and so does this, until GraphiQL has taken the operation name
    // (after a debounce; the tab title shows it).
    await vi.waitFor(
      async () => {
        if ((await editorText(page, ".graphiql-query-editor")) !== query) {
          await page.locator(".graphiql-query-editor .CodeMirror").click();
          await page.keyboard.press("ControlOrMeta+A");
          await page.keyboard.insertText(query);
        }
        await expect.poll(() => page.locator(".graphiql-tab").first().textContent(), { timeout: 2_000 }).toContain("FromTheBrowser");
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(await editorText(page, ".graphiql-query-editor")).toBe(query);
    const sent = page.waitForRequest(
      (r) => r.url() === `${app.url}/graphql` && r.method() === "POST" && (r.postData() ?? "").includes("FromTheBrowser"),
    );
    await page.locator(".graphiql-execute-button").click();
    const request = await sent;
    expect(request.headers()["authorization"]).toBe(`Bearer ${DEMO_API_KEY}`);
    const response = await request.response();
    expect(response?.status()).toBe(200);

    const result = page.locator(".graphiql-response");
    await expect.poll(() => editorText(page, ".graphiql-response"), { timeout: 10_000 }).toContain('"__typename": "Query"');
    const shown = JSON.parse(await editorText(page, ".graphiql-response")) as { data: { vendors: unknown[]; __typename: string } };
    expect(shown.data.__typename).toBe("Query");
    expect(Array.isArray(shown.data.vendors)).toBe(true);
    expect(shown).not.toHaveProperty("errors");
    await result.screenshot({ path: path.join(tmpdir(), "leadgraph-explorer-result.png") });
    await page.screenshot({ path: path.join(tmpdir(), "leadgraph-explorer.png") });
    await page.close();

    // Every request the page made: the page, its assets and /graphql, all on loopback.
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.some((r) => r.url.includes("/explorer/assets/graphiql.js"))).toBe(true);
    expect(leftLoopback).toEqual([]);
    // GraphiQL's own schema introspection went through with the pre-filled key too (no 401s).
    expect(requests.some((r) => r.url === `${app.url}/graphql` && (r.body ?? "").includes("IntrospectionQuery"))).toBe(true);
    expect(graphqlStatuses.length).toBeGreaterThan(1);
    expect(graphqlStatuses.every((s) => s === 200), String(graphqlStatuses)).toBe(true);
    for (const r of requests) expect(isLoopback(r.url), r.url).toBe(true);
  }, 60_000);
});
