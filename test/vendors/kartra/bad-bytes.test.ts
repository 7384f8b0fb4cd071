import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET, startKartraApp, storedCount, type Dialect } from "./helpers.js";
import { sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";

/**
 * Issue 13, defects 6, 7 and 9 on the webhook: a NUL in a text field is stored (Postgres text
 * cannot hold NUL; it used to be a 500 on every retry), a too-deep body is a 400 (it was a stack
 * overflow, 500), and invalid UTF-8 is a 400 naming the problem (it was turned into U+FFFD).
 */
const COMPLETIONS = `{ calendarCompletions(first: 50) { edges { node { status raw lead { firstName email } } } } }`;

const post = (url: string, body: string | Blob) =>
  fetch(`${url}/webhooks/kartra/${SECRET}`, { method: "POST", headers: { "content-type": "application/json" }, body });

const answers: Record<Dialect, unknown> = { sqlite: undefined, postgres: undefined };

describe.each<Dialect>(["sqlite", "postgres"])("Kartra webhook with bad bytes (%s)", (dialect) => {
  let app: Awaited<ReturnType<typeof startKartraApp>>;
  beforeAll(async () => {
    app = await startKartraApp(dialect);
  });
  afterAll(() => app?.stop());

  it("stores a NUL in status, first name and a field name faithfully: raw and the fields show it", async () => {
    const p = sampleCalendarComplete({ subscriptionId: 991 }) as {
      lead: Record<string, unknown>;
      action_details: { calendar: Record<string, unknown> };
    };
    p.lead.first_name = "Ja\u0000ne";
    p.action_details.calendar.calendar_subscription_status = "Completed\u0000";
    const res = await post(app.url, JSON.stringify(p));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, duplicate: false });
    // a retry is a duplicate, not a second row and not a 500
    const again = await post(app.url, JSON.stringify(p));
    expect(await again.json()).toMatchObject({ ok: true, duplicate: true });
    const q = await app.gql(COMPLETIONS);
    expect(q.body.errors).toBeUndefined();
    type Edge = { node: { status: string } };
    const node = q.body.data.calendarCompletions.edges.find((e: Edge) => e.node.status.startsWith("Completed")).node;
    expect(node.status).toBe("Completed\u0000");
    expect(node.lead.firstName).toBe("Ja\u0000ne");
    expect(node.raw.lead.first_name).toBe("Ja\u0000ne");
    answers[dialect] = node;
    if (dialect === "postgres") expect(answers.postgres).toEqual(answers.sqlite);
  });

  it("answers 400 to a body nested 400,000 arrays deep, and stores nothing", async () => {
    const before = await storedCount(app);
    const res = await post(app.url, "[".repeat(400_000) + "]".repeat(400_000));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/deeper than \d+ levels/);
    expect(await storedCount(app)).toBe(before);
  });

  it("answers 400 naming invalid UTF-8, and stores nothing", async () => {
    const before = await storedCount(app);
    const text = JSON.stringify(sampleCalendarComplete({ subscriptionId: 992 }));
    const i = text.indexOf("Jane") + 2;
    const body = Buffer.concat([Buffer.from(text.slice(0, i)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(i))]);
    const res = await post(app.url, new Blob([new Uint8Array(body)]));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/not valid UTF-8/);
    expect(await storedCount(app)).toBe(before);
  });
});
