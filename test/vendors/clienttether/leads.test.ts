import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { stopRetrying } from "../../helpers/deliveries.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { hashApiKey } from "../../../src/config.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import {
  clientTetherDemoConfig,
  clientTetherSimState,
  SIM_ACCESS_TOKEN,
  SIM_WEB_KEY,
} from "../../../src/vendors/clienttether/simulator.js";
import { rejection } from "../../helpers/deliveries.js";

const LEAD = "clienttether:lead:8051632";
const CREATE = `mutation($input: LeadInput!, $options: CreateLeadOptions) {
  createLead(input: $input, targets: [CLIENTTETHER], options: $options) {
    ok lead { id firstName phone externalId address { state postalCode } }
    deliveries { id vendor status message nativeId details fieldErrors { field message } error { code vendorCode message } }
  }
}`;

describe("ClientTether leads through GraphQL", () => {
  let app: TestApp;
  let sim: Simulator;
  beforeAll(async () => {
    app = await startTestApp();
    sim = app.simulators.clienttether!;
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    sim.reset();
    await app.cache.keyv.clear();
  });
  afterEach(() => sim.assertNoUnexpectedCalls());

  describe("wire", () => {
    it("sends X-Access-Token and X-Web-Key on every request, POST parameters as a JSON body, both GET forms", async () => {
      await app.gql(`{ lead(id: "${LEAD}") { id } leads(filter: { phone: "(303) 555-0001" }) { edges { node { id } } } }`);
      await app.gql(CREATE, { input: { firstName: "Ann", lastName: "Lee", email: "ann@example.com" }, options: { dedupe: false } });
      await app.gql(`mutation { deleteLead(id: "${LEAD}") { ok } }`);
      const calls = sim.calls();
      expect(calls.map((c) => c.route).sort()).toEqual([
        "create_client",
        "delete_client_by_id",
        "read_client_by_id",
        "read_client_by_id",
        "read_client_exist",
      ]);
      for (const c of calls) {
        expect(c.headers["x-access-token"]).toBe(SIM_ACCESS_TOKEN);
        expect(c.headers["x-web-key"]).toBe(SIM_WEB_KEY);
      }
      const by = (route: string) => calls.find((c) => c.route === route)!;
      // GET read_client_by_id/1234 form and the ?query form
      expect(sim.calls("read_client_by_id").map((c) => c.path)).toContain("/v2/api/read_client_by_id/8051632");
      expect(by("read_client_exist")).toMatchObject({ method: "GET", path: "/v2/api/read_client_exist", query: { phone: "3035550001" } });
      // POST: JSON body
      const create = by("create_client");
      expect(create.method).toBe("POST");
      expect(create.headers["content-type"]).toMatch(/application\/json/);
      expect(create.body).toEqual({ firstName: "Ann", lastName: "Lee", email: "ann@example.com" });
      // DELETE
      expect(by("delete_client_by_id")).toMatchObject({ method: "DELETE", query: { client_id: "8051632" } });
    });

    it("wrong credentials are refused at the server (HTTP 401) and the error never shows them", async () => {
      const bad = await startTestApp({
        simulators: app.simulators,
        tenants: (sims) => [
          {
            id: "bad",
            apiKeys: [hashApiKey("k-bad")],
            defaultCountry: "US",
            timezone: "America/Denver",
            vendors: { clienttether: { ...clientTetherDemoConfig(sims.clienttether!), accessToken: "not-the-token" } } as never,
          },
          {
            id: "other",
            apiKeys: [hashApiKey("k-other")],
            defaultCountry: "US",
            timezone: "America/Denver",
            vendors: { clienttether: { ...clientTetherDemoConfig(sims.clienttether!), webKey: "CT_someoneelse" } } as never,
          },
        ],
      });
      try {
        const r = await bad.gql(`{ lead(id: "${LEAD}") { id } }`, {}, { apiKey: "k-bad" });
        expect(r.body.errors![0].extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendor: "clienttether", vendorCode: "HTTP_401" });
        expect(JSON.stringify(r.body)).not.toContain("not-the-token");
        // CT510 "CTSCODE does not match": a well-formed web key of another account
        const o = await bad.gql(`{ lead(id: "${LEAD}") { id } }`, {}, { apiKey: "k-other" });
        expect(o.body.errors![0].extensions).toMatchObject({ code: "UPSTREAM_ERROR", vendorCode: "CT510" });
        expect(JSON.stringify(o.body)).not.toContain("CT_someoneelse");
        expect(bad.rawLogs.join("\n")).not.toMatch(/not-the-token|CT_someoneelse/);
      } finally {
        await bad.close();
      }
    });

    it("the simulator answers a request without the headers with an HTTP error, and limit over 100 with the validation form", async () => {
      const base = clientTetherDemoConfig(sim).baseUrl;
      expect((await fetch(`${base}/read_client_list`)).status).toBe(401);
      const h = { "x-access-token": SIM_ACCESS_TOKEN, "x-web-key": SIM_WEB_KEY };
      expect(await (await fetch(`${base}/read_client_list?limit=101`, { headers: h })).json()).toEqual({
        resultCode: "limit",
        Message: "Validation Issue",
      });
      expect(await (await fetch(`${base}/no_such_call`, { headers: h })).json()).toEqual({
        resultCode: "CT404",
        Message: "Request Not Found",
      });
      // form and query-string POSTs are accepted like JSON (vendor-notes.md)
      const form = await fetch(`${base}/create_client?firstName=Q`, {
        method: "POST",
        headers: { ...h, "content-type": "application/x-www-form-urlencoded" },
        body: "lastName=S",
      });
      expect(await form.json()).toMatchObject({ ResultCode: "CT_200" });
      sim.clearCalls();
    });
  });

  describe("reads", () => {
    it("lead(id) maps the client; an unknown id is null (CT515)", async () => {
      const r = await app.gql(
        `{ lead(id: "${LEAD}") { id nativeId externalId firstName lastName email phone source tags ` +
          `address { city state postalCode country } customFields { key value } createdAt raw }
        missing: lead(id: "clienttether:lead:1") { id } }`,
      );
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.lead).toMatchObject({
        nativeId: "8051632",
        externalId: "16051989",
        firstName: "John",
        phone: "+13035550000",
        source: "Craftjack",
        tags: ["Hot Lead", "LV Show"],
        address: { city: "Denver", state: "CO", country: "US" },
      });
      expect(r.body.data.lead.customFields).toContainEqual({ key: "favorite_color", value: "blue" });
      expect(r.body.data.missing).toBeNull();
    });

    it("a malformed ClientTether id is BAD_USER_INPUT without an upstream call", async () => {
      const r = await app.gql(`{ lead(id: "clienttether:lead:abc") { id } }`);
      expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
      expect(sim.callCount()).toBe(0);
    });

    it("filters: email, phone, name use read_client_exist; externalId uses read_client_by_external_id", async () => {
      const q = `query($f: LeadFilter) { leads(filter: $f) { totalCount edges { node { id } } } }`;
      expect((await app.gql(q, { f: { email: "client7@example.com" } })).body.data.leads.edges).toEqual([
        { node: { id: "clienttether:lead:8051639" } },
      ]);
      expect((await app.gql(q, { f: { phone: "+1 303 555 0002" } })).body.data.leads.edges).toEqual([
        { node: { id: "clienttether:lead:8051634" } },
      ]);
      const byName = await app.gql(q, { f: { name: "John Doe" } });
      expect(byName.body.data.leads.totalCount).toBeGreaterThan(0);
      expect((await app.gql(q, { f: { externalId: "16051990" } })).body.data.leads.edges).toEqual([
        { node: { id: "clienttether:lead:8051633" } },
      ]);
      expect((await app.gql(q, { f: { email: "nobody@example.com" } })).body.data.leads).toEqual({ totalCount: 0, edges: [] });
      expect(sim.calls("read_client_exist").map((c) => c.query)).toEqual([
        { email: "client7@example.com" },
        { phone: "3035550002" },
        { firstName: "John", lastName: "Doe" },
        { email: "nobody@example.com" },
      ]);
      expect(sim.calls("read_client_by_external_id").map((c) => c.query)).toEqual([{ external_id: "16051990" }]);
    });

    it("a filter phone that is not a 10-digit NANP number is BAD_USER_INPUT naming filter.phone", async () => {
      const r = await app.gql(`{ leads(filter: { phone: "+44 20 7946 0958" }) { edges { node { id } } } }`);
      expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.phone" });
    });

    it("leadByExternalId returns null when there is none (CT515)", async () => {
      const r = await app.gql(`{ leadByExternalId(externalId: "98745") { id } }`);
      expect(r.body).toMatchObject({ data: { leadByExternalId: null } });
    });
  });

  describe("createLead", () => {
    it("creates a client (CREATED, client id returned) with normalised fields", async () => {
      const r = await app.gql(CREATE, {
        input: {
          firstName: "John",
          lastName: "Doe",
          phone: "(720) 555-0199",
          externalId: "ext-1",
          address: { state: "co", postalCode: "80202-1234" },
        },
      });
      const d = r.body.data.createLead.deliveries[0];
      expect(d).toMatchObject({ vendor: "CLIENTTETHER", status: "CREATED" });
      expect(d.nativeId).toMatch(/^\d+$/);
      expect(r.body.data.createLead.lead).toMatchObject({
        id: `clienttether:lead:${d.nativeId}`,
        phone: "+17205550199",
        externalId: "ext-1",
        address: { state: "CO", postalCode: "80202-1234" },
      });
      expect(sim.calls("create_client")[0]!.body).toMatchObject({
        phone: "7205550199",
        state: "CO",
        zip: "80202-1234",
        external_id: "ext-1",
      });
      expect(clientTetherSimState(sim).clients.get(d.nativeId)).toMatchObject({ firstName: "John", phone: "7205550199" });
    });

    it("dedupes by default: an existing phone comes back EXISTING and nothing is created", async () => {
      const r = await app.gql(CREATE, { input: { firstName: "Johnny", lastName: "Doe", phone: "303-555-0000" } });
      expect(r.body.data.createLead.deliveries[0]).toMatchObject({
        status: "EXISTING",
        nativeId: "8051632",
        details: { matchedBy: "phone" },
      });
      expect(r.body.data.createLead.lead.id).toBe(LEAD);
      expect(sim.calls("create_client")).toHaveLength(0);
      expect(sim.calls("read_client_exist")[0]!.query).toEqual({ phone: "3035550000" });
    });

    it("dedupes on email when the phone is new", async () => {
      const r = await app.gql(CREATE, { input: { firstName: "A", lastName: "B", phone: "7205550100", email: "client3@example.com" } });
      expect(r.body.data.createLead.deliveries[0]).toMatchObject({
        status: "EXISTING",
        nativeId: "8051635",
        details: { matchedBy: "email" },
      });
      expect(sim.calls("read_client_exist").map((c) => c.query)).toEqual([{ phone: "7205550100" }, { email: "client3@example.com" }]);
    });

    it("with dedupe: false create_client inserts a duplicate, as the doc says", async () => {
      const r = await app.gql(CREATE, { input: { firstName: "John", lastName: "Doe", phone: "3035550000" }, options: { dedupe: false } });
      expect(r.body.data.createLead.deliveries[0].status).toBe("CREATED");
      expect(sim.calls("read_client_exist")).toHaveLength(0);
      expect([...clientTetherSimState(sim).clients.values()].filter((c) => c.phone === "3035550000")).toHaveLength(2);
    });

    it("source names become lead_source_id; an unknown source is REJECTED on input.source", async () => {
      const r = await app.gql(CREATE, { input: { firstName: "S", lastName: "T", source: "homeadvisor" }, options: { dedupe: false } });
      expect(r.body.data.createLead.deliveries[0].status).toBe("CREATED");
      expect(sim.calls("create_client")[0]!.body).toMatchObject({ lead_source_id: "234" });
      const bad = await app.gql(CREATE, { input: { firstName: "S", lastName: "T", source: "Nowhere" } });
      expect(rejection(bad.body, "createLead").fields).toContain("input.source");
    });

    it("options.clienttether and input.extra pass client parameters through their rules", async () => {
      const r = await app.gql(CREATE, {
        input: {
          firstName: "P",
          lastName: "Q",
          extra: { gender: "M", anniversary_1: "2019-06-30" },
          customFields: [{ key: "pool_size", value: "<i>large</i>" }],
        },
        options: {
          dedupe: false,
          clienttether: {
            contactType: "PARTNER",
            newLeadNotification: "SOFTWARE",
            smsOk: false,
            maritalStatus: "MARRIED",
            dealSize: 12000,
            actionPlanId: "345678",
            custom: [{ key: "roof_type", value: "<b>slate</b>" }],
          },
        },
      });
      expect(r.body.data.createLead.deliveries[0].status).toBe("CREATED");
      expect(sim.calls("create_client")[0]!.body).toMatchObject({
        gender: "M",
        anniversary_1: "2019:06:30",
        pool_size: "large",
        contact_type: "3",
        new_lead_notification: "1",
        smsok: "0",
        material_status: "Married",
        deal_size: "12000",
        action_plan_id: "345678",
        roof_type: "slate",
      });
    });

    describe("field rules (REJECTED naming the field, nothing sent)", () => {
      const cases: [string, Record<string, unknown>, Record<string, unknown> | null, string][] = [
        ["missing firstName", { firstName: null }, null, "input.firstName"],
        ["missing lastName", { lastName: "  " }, null, "input.lastName"],
        ["phone not 10 digits", { phone: "555-0100" }, null, "input.phone"],
        ["second phone not NANP", { secondaryPhone: "+442079460958" }, null, "input.secondaryPhone"],
        ["state not 2-letter US/CA", { address: { state: "Texas" } }, null, "input.address.state"],
        ["zip not a documented form", { address: { postalCode: "1234" } }, null, "input.address.postalCode"],
        ["date not YYYY:MM:DD", { extra: { clients_date_last: "15/01/2020" } }, null, "input.extra.clients_date_last"],
        ["gender", { extra: { gender: "Male" } }, null, "input.extra.gender"],
        ["home_owner_status", { extra: { home_owner_status: "Mortgage" } }, null, "input.extra.home_owner_status"],
        ["marital status", { extra: { material_status: "Engaged" } }, null, "input.extra.material_status"],
        ["contact_type", { extra: { contact_type: "9" } }, null, "input.extra.contact_type"],
        ["new_lead_notification", { extra: { new_lead_notification: "5" } }, null, "input.extra.new_lead_notification"],
        ["typed options: date", {}, { creationDate: "15/01/2020" }, "options.clienttether.creationDate"],
        ["typed options: whole number", {}, { householdIncome: -5 }, "options.clienttether.householdIncome"],
        ["typed options: id", {}, { assignedUserId: "abc" }, "options.clienttether.assignedUserId"],
        [
          "typed options: custom parameter over 100 chars",
          {},
          { custom: [{ key: "bio", value: "q".repeat(101) }] },
          "options.clienttether.custom.0.value",
        ],
        ["smsok", { extra: { smsok: "maybe" } }, null, "input.extra.smsok"],
        ["whole numbers", { extra: { age: "forty" } }, null, "input.extra.age"],
        ["custom parameter over 100 chars", { customFields: [{ key: "bio", value: "z".repeat(101) }] }, null, "input.customFields.0.value"],
      ];
      for (const [name, input, ct, field] of cases) {
        it(name, async () => {
          const r = await app.gql(CREATE, {
            input: { firstName: "J", lastName: "D", ...input },
            options: ct ? { clienttether: ct } : null,
          });
          expect(rejection(r.body, "createLead").fields).toContain(field);
          expect(sim.callCount()).toBe(0);
        });
      }
    });

    it("validateLead checks without sending anything", async () => {
      const r = await app.gql(
        `mutation { validateLead(input: { firstName: "V", lastName: "L", phone: "3039291447" }, targets: [CLIENTTETHER]) ` +
          `{ ok deliveries { status } } }`,
      );
      expect(r.body.data.validateLead).toEqual({ ok: true, deliveries: [{ status: "VALIDATED" }] });
      expect(sim.callCount()).toBe(0);
    });

    it("a vendor validation answer {resultCode: <key>} is REJECTED with a field error naming the unified field", async () => {
      const r = await app.gql(CREATE, {
        input: { firstName: "J", lastName: "D", extra: { lead_source_id: "999" } },
        options: { dedupe: false },
      });
      expect(r.body.data.createLead.deliveries[0]).toMatchObject({
        status: "REJECTED",
        fieldErrors: [{ field: "input.extra.lead_source_id" }],
        error: { code: "BAD_USER_INPUT", vendorCode: "lead_source_id" },
      });
      sim.inject("create_client", { body: JSON.stringify({ resultCode: "email", Message: "Validation Issue" }), times: 1 });
      const e = await app.gql(CREATE, { input: { firstName: "J", lastName: "D", email: "j@example.com" }, options: { dedupe: false } });
      expect(e.body.data.createLead.deliveries[0]).toMatchObject({ status: "REJECTED", fieldErrors: [{ field: "input.email" }] });
    });

    const injected: [string, string][] = [
      ["CT400", "Bad Request"],
      ["CT404", "Request Not Found"],
      ["CT500", "Unknown Error"],
      ["CT510", "CTSCODE does not match"],
      ["CT525", "Insert Failed"],
    ];
    for (const [code, message] of injected) {
      it(`${code} ${message} → FAILED with UPSTREAM_ERROR and the vendor code`, async () => {
        sim.inject("create_client", { body: JSON.stringify({ ResultCode: code.replace("CT", "CT_"), Message: message }), times: 1 });
        const r = await app.gql(CREATE, { input: { firstName: "J", lastName: "D" }, options: { dedupe: false } });
        expect(r.body.data.createLead.ok).toBe(false);
        expect(r.body.data.createLead.deliveries[0]).toMatchObject({
          status: "FAILED",
          error: { code: "UPSTREAM_ERROR", vendorCode: code },
        });
      });
    }

    it("CT501 Missing Required Key:Value Pair(s) → REJECTED (a validation outcome), the key as a fieldError where named", async () => {
      const body = JSON.stringify({ ResultCode: "CT_501", Message: "Missing Required Key:Value Pair(s)" });
      sim.inject("create_client", { body, times: 1 });
      const bare = await app.gql(CREATE, { input: { firstName: "J", lastName: "D" }, options: { dedupe: false } });
      expect(bare.body.data.createLead.deliveries[0]).toMatchObject({
        status: "REJECTED",
        message: expect.stringContaining("Missing Required Key:Value Pair(s)"),
        fieldErrors: [],
        error: { code: "BAD_USER_INPUT", vendorCode: "CT501" },
      });
      const named = JSON.stringify({ ResultCode: "CT_501", Message: "Missing Required Key:Value Pair(s): lastName" });
      sim.inject("create_client", { body: named, times: 1 });
      const r = await app.gql(CREATE, { input: { firstName: "J", lastName: "D" }, options: { dedupe: false } });
      expect(r.body.data.createLead.deliveries[0]).toMatchObject({
        status: "REJECTED",
        fieldErrors: [{ field: "input.lastName" }],
        error: { code: "BAD_USER_INPUT", vendorCode: "CT501" },
      });
    });

    it("a body that is not JSON → FAILED UPSTREAM_ERROR", async () => {
      sim.inject("create_client", { body: "<html>oops</html>", contentType: "text/html", times: 1 });
      const r = await app.gql(CREATE, { input: { firstName: "J", lastName: "D" }, options: { dedupe: false } });
      expect(r.body.data.createLead.deliveries[0]).toMatchObject({
        status: "FAILED",
        error: { code: "UPSTREAM_ERROR", vendorCode: "BAD_BODY" },
      });
    });

    it("is never re-sent in the request (create_client inserts duplicates): RETRYING, for the outbox's dedupe-first retry", async () => {
      sim.inject("create_client", { status: 503, body: "busy", times: 1 });
      const r = await app.gql(CREATE, { input: { firstName: "J", lastName: "D" }, options: { dedupe: false } });
      const d = r.body.data.createLead.deliveries[0];
      expect(d).toMatchObject({ status: "RETRYING", error: { vendorCode: "HTTP_503" } });
      expect(sim.calls("create_client")).toHaveLength(1);
      await stopRetrying(app, d.id);
    });
  });

  describe("updateLead / deleteLead", () => {
    it("updates by id and returns the client ClientTether sends back", async () => {
      const r = await app.gql(
        `mutation { updateLead(id: "${LEAD}", input: { email: "new@example.com", phone: "+1 720 555 0111" }) ` +
          `{ ok lead { email phone } deliveries { status details } } }`,
      );
      expect(r.body.data.updateLead).toMatchObject({
        ok: true,
        lead: { email: "new@example.com", phone: "+17205550111" },
        deliveries: [{ status: "UPDATED", details: { pendingActionsRemoved: false } }],
      });
      expect(sim.calls("update_client_by_id")[0]!.body).toEqual({ client_id: "8051632", email: "new@example.com", phone: "7205550111" });
    });

    it("changing the action plan says pending actions were removed", async () => {
      const before = await app.gql(`{ lead(id: "${LEAD}") { pendingActions { totalCount edges { node { subject } } } } }`);
      expect(before.body.data.lead.pendingActions.edges).toHaveLength(2);
      const r = await app.gql(
        `mutation { updateLead(id: "${LEAD}", input: { extra: { action_plan_id: "0" } }) { deliveries { status message details } } }`,
      );
      expect(r.body.data.updateLead.deliveries[0]).toMatchObject({
        status: "UPDATED",
        details: { actionPlanChanged: true, pendingActionsRemoved: true },
      });
      expect(r.body.data.updateLead.deliveries[0].message).toMatch(/pending actions/);
      const after = await app.gql(`{ lead(id: "${LEAD}") { pendingActions { totalCount edges { node { subject } } } } }`);
      expect(after.body.data.lead.pendingActions).toEqual({ totalCount: 0, edges: [] });
    });

    it("an unknown client → FAILED NOT_FOUND (CT515)", async () => {
      const r = await app.gql(
        `mutation { updateLead(id: "clienttether:lead:1", input: { email: "x@example.com" }) ` +
          `{ ok deliveries { status error { code vendorCode } } } }`,
      );
      expect(r.body.data.updateLead).toMatchObject({
        ok: false,
        deliveries: [{ status: "FAILED", error: { code: "NOT_FOUND", vendorCode: "CT515" } }],
      });
      const d = await app.gql(`mutation { deleteLead(id: "clienttether:lead:1") { deliveries { status error { code vendorCode } } } }`);
      expect(d.body.data.deleteLead.deliveries[0]).toMatchObject({ status: "FAILED", error: { code: "NOT_FOUND", vendorCode: "CT515" } });
    });

    it("field rules apply to updates too", async () => {
      const r = await app.gql(`mutation { updateLead(id: "${LEAD}", input: { address: { postalCode: "ABC" } }) { ok } }`);
      expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.address.postalCode" });
      expect(sim.callCount()).toBe(0);
    });

    it("updates and deletes by external id, invalidating the cached lookup", async () => {
      await app.gql(`{ leadByExternalId(externalId: "16051989") { firstName } }`);
      const u = await app.gql(
        `mutation { updateLeadByExternalId(externalId: "16051989", input: { firstName: "Jon" }) ` +
          `{ ok lead { firstName } deliveries { status } } }`,
      );
      expect(u.body.data.updateLeadByExternalId).toMatchObject({ ok: true, lead: { firstName: "Jon" } });
      expect(sim.calls("update_client_by_external_id")[0]!.body).toEqual({ external_id: "16051989", firstName: "Jon" });
      expect((await app.gql(`{ leadByExternalId(externalId: "16051989") { firstName } }`)).body.data.leadByExternalId.firstName).toBe(
        "Jon",
      );
      const d = await app.gql(`mutation { deleteLeadByExternalId(externalId: "16051989") { ok deliveries { status } } }`);
      expect(d.body.data.deleteLeadByExternalId).toMatchObject({ ok: true, deliveries: [{ status: "DELETED" }] });
      expect(sim.calls("delete_client_by_external_id")[0]!.query).toEqual({ external_id: "16051989" });
      expect((await app.gql(`{ leadByExternalId(externalId: "16051989") { id } }`)).body.data.leadByExternalId).toBeNull();
      const missing = await app.gql(
        `mutation { deleteLeadByExternalId(externalId: "nope") { ok deliveries { error { code vendorCode } } } }`,
      );
      expect(missing.body.data.deleteLeadByExternalId).toMatchObject({
        ok: false,
        deliveries: [{ error: { code: "NOT_FOUND", vendorCode: "CT515" } }],
      });
    });
  });
});
