import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKartraApp, storedCount } from "./helpers.js";

describe("Kartra simulator (a tiny Kartra that sends webhooks)", () => {
  let app: Awaited<ReturnType<typeof startKartraApp>>;
  beforeAll(async () => {
    app = await startKartraApp("sqlite", { LOG_LEVEL: "info" });
  });
  afterAll(() => app?.stop());

  it("binds the demo tenant to its fixed secret and POSTs a sample calendar_complete to the URL it is given", async () => {
    const sim = app.simulators.kartra!;
    const url = `${app.url}/webhooks/kartra/demo-kartra-webhook-secret`;
    const res = await fetch(`${sim.url}/send`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url, numbers: "strings", contentType: null, subscriptionId: 31337 }) });
    expect(await res.json()).toMatchObject({ status: 200, body: { ok: true, duplicate: false } });
    expect(sim.calls("send")).toHaveLength(1);
    expect(await storedCount(app)).toBe(1);
    const row = await app.store.db.selectFrom("kartra_webhooks").select("payload").executeTakeFirstOrThrow();
    expect(JSON.parse(row.payload).action_details.calendar.calendar_subscription_id).toBe("31337");
    const sent = await (await fetch(`${sim.url}/sent`)).json();
    expect(JSON.stringify(sent)).not.toContain("demo-kartra-webhook-secret");
    // the secret is part of the URL: request logs must not carry it
    expect(app.logs.some((l) => l.msg === "kartra webhook stored")).toBe(true);
    expect(app.rawLogs.join("\n")).toContain("/webhooks/kartra/");
    expect(app.rawLogs.join("\n")).not.toContain("demo-kartra-webhook-secret");
  });
});
