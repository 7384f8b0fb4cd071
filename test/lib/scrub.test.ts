import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger, MAX_LOG_STRING, scrubResultData, scrubString } from "../../src/lib/logger.js";

const SECRET = "sk/live+AbC d&e=f\"g";

describe("secret scrubbing", () => {
  it.each([
    ["as configured", SECRET],
    ["URL-encoded", encodeURIComponent(SECRET)],
    ["URL-encoded, lower-case hex", encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())],
    ["form-encoded", new URLSearchParams({ s: SECRET }).toString().slice(2)],
    ["JSON-escaped", JSON.stringify(SECRET).slice(1, -1)],
    ["JSON-escaped with \\/", JSON.stringify(SECRET).slice(1, -1).replace(/\//g, "\\/")],
  ])("removes a secret echoed %s", (_name, form) => {
    const out = scrubString(`vendor said: bad key ${form} (retry)`, [SECRET]);
    expect(out).toBe("vendor said: bad key [redacted] (retry)");
  });

  it("short credentials are matched as whole tokens only: words containing them stay readable", () => {
    const secrets = ["t", "test"];
    expect(scrubString("clienttether could not be reached", secrets)).toBe("clienttether could not be reached");
    expect(scrubString("can't test-drive", secrets)).toBe("can't test-drive");
    expect(scrubString("GET /x?key=test&token=t", secrets)).toBe("GET /x?key=[redacted]&token=[redacted]");
    expect(scrubString('{"key":"test"}', secrets)).toBe('{"key":"[redacted]"}');
  });

  it("mutation data with an encoded secret is scrubbed; data without one is returned as is", () => {
    const clean = { a: "nothing here" };
    expect(scrubResultData(clean, [SECRET])).toBe(clean);
    expect(scrubResultData({ m: `x ${encodeURIComponent(SECRET)}` }, [SECRET])).toEqual({ m: "x [redacted]" });
  });

  it("logged strings are scrubbed before they are cut, so a secret across the cut leaves no half behind", () => {
    const lines: string[] = [];
    const dest = new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) });
    const secret = "S3cr3tValue-0123456789abcdef";
    const log = createLogger({ secrets: [secret], destination: dest });
    const body = `${"x".repeat(MAX_LOG_STRING - 10)}${secret}${"y".repeat(100)}`;
    log.warn({ body }, "vendor refused");
    const logged = JSON.parse(lines[0]!).body as string;
    expect(logged).not.toContain(secret.slice(0, 10));
    expect(logged.startsWith("x".repeat(MAX_LOG_STRING - 10) + "[redacted]")).toBe(true);
    expect(logged).toContain("more chars]");
  });
});
