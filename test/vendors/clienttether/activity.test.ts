import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import type { Simulator } from "../../../src/simulators/harness.js";
import { clientTetherSimState } from "../../../src/vendors/clienttether/simulator.js";
import { rejection } from "../../helpers/deliveries.js";

const LEAD = "clienttether:lead:8051632";
const nodes = (c: unknown) => (c as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node);
const P = `ok replayed delivery { status message nativeId fieldErrors { field } error { code vendorCode } }`;

describe("ClientTether events, activity and reference data through GraphQL", () => {
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

  describe("lazy Lead fields", () => {
    it("events, notes, pendingActions and proposals { payments } are read only when asked for", async () => {
      await app.gql(`{ lead(id: "${LEAD}") { id } }`);
      expect(sim.callCount()).toBe(1);
      sim.clearCalls();
      const r = await app.gql(`{ lead(id: "${LEAD}") {
        events { totalCount edges { node { id type title description startsAt endsAt leadId } } }
        notes { edges { node { body type createdAt } } }
        pendingActions { edges { node { subject actionPlanName dueAt } } }
        proposals { edges { node {
          id number finalPrice lineItems { description price } payments { edges { node { amount type status payday } } }
        } } }
      } }`);
      expect(r.body.errors).toBeUndefined();
      const l = r.body.data.lead;
      expect(l.events.totalCount).toBe(2);
      const lead = {
        events: nodes(l.events),
        notes: nodes(l.notes),
        pendingActions: nodes(l.pendingActions),
        proposals: nodes(l.proposals).map((p: Record<string, unknown>) => ({ ...p, payments: nodes(p.payments) })),
      };
      expect(lead.events).toEqual([
        expect.objectContaining({ id: "clienttether:event:600001", type: "CALL", description: "Intro call", leadId: LEAD, endsAt: null }),
        expect.objectContaining({
          id: "clienttether:event:600002",
          type: "APPOINTMENT",
          startsAt: "2020-01-20T19:00:00.000Z",
          endsAt: "2020-01-20T20:00:00.000Z",
        }),
      ]);
      expect(lead.notes).toEqual([expect.objectContaining({ body: "Lead came from the spring show" })]);
      expect(lead.pendingActions.map((a) => a.subject)).toEqual(["MyFirstEmail", "MySecondEmail"]);
      expect(lead.proposals).toEqual([
        expect.objectContaining({
          id: "clienttether:proposal:8051632:9000000000001",
          number: "P-1001",
          finalPrice: "4200.00",
          lineItems: [{ description: "Prep and scrape", price: "900.00" }, { description: "Paint", price: "3600.00" }],
          payments: [
            expect.objectContaining({ amount: "1000.00", status: "Deposit" }),
            expect.objectContaining({ amount: "3200.00", status: "Final" }),
          ],
        }),
      ]);
      expect(sim.calls().map((c) => c.route).sort()).toEqual([
        "read_all_events",
        "read_client_history_notes",
        "read_pending_actions",
        "read_proposal_payments",
        "read_proposals",
      ]);
      expect(sim.calls("read_proposal_payments")[0]!.query).toEqual({ client_id: "8051632", created_date: "1970-01-01" });
    });

    it("a new lead with a lead source gets the source's action plan started (pending actions)", async () => {
      const c = await app.gql(`mutation {
        createLead(
          input: { firstName: "Plan", lastName: "Test", source: "Craftjack" }
          targets: [CLIENTTETHER]
          options: { dedupe: false }
        ) {
          lead { id }
        }
      }`);
      const id = c.body.data.createLead.lead.id;
      const pending = "pendingActions { edges { node { subject actionPlanName } } }";
      const r = await app.gql(`{ lead(id: "${id}") { customFields { key value } ${pending} } }`);
      expect(r.body.data.lead.customFields).toContainEqual({ key: "action_plan_id", value: "123456" });
      expect(nodes(r.body.data.lead.pendingActions)).toEqual([
        { subject: "MyFirstEmail", actionPlanName: "New Lead Welcome" },
        { subject: "MySecondEmail", actionPlanName: "New Lead Welcome" },
      ]);
    });

    it("returns empty lists for leads of other vendors without calling ClientTether", async () => {
      // the demo's Kartra lead (seeded at start): the ClientTether fields answer without a ClientTether call
      const r = await app.gql(`{
        lead(id: "kartra:lead:9001") {
          id events { totalCount edges { cursor } } notes { totalCount edges { cursor } }
          pendingActions { totalCount edges { cursor } } proposals { totalCount edges { cursor } }
        }
      }`);
      expect(r.body.errors).toBeUndefined();
      const none = { totalCount: 0, edges: [] };
      expect(r.body.data.lead).toEqual({ id: "kartra:lead:9001", events: none, notes: none, pendingActions: none, proposals: none });
      expect(sim.callCount()).toBe(0);
    });

    it("one read per lead per request for a list of leads", async () => {
      const events = "events { edges { node { id } } } again: events(first: 1) { totalCount }";
      const r = await app.gql(`{ leads(first: 5) { edges { node { id ${events} } } } }`);
      expect(r.body.errors).toBeUndefined();
      expect(sim.calls("read_client_list")).toHaveLength(1);
      expect(sim.calls("read_all_events")).toHaveLength(5);
    });
  });

  describe("Lead.events as a connection over read_all_events pages of 100", () => {
    const Q = `query($first: Int, $after: String) { lead(id: "${LEAD}") {
      events(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
    } }`;
    const seed = (n: number) => {
      const st = clientTetherSimState(sim);
      for (let i = 0; i < n; i++) {
        const id = String(700000 + i);
        const at = { event_date: "2030:01:01", event_time: "10:00:00" };
        st.events.set(id, { event_id: id, client_id: "8051632", event_type: "Call", ...at, event_note: `n${i}` });
      }
    };

    it("first: 2 and first: 5 of one lead's events in one request cost one read_all_events", async () => {
      const r = await app.gql(`{ lead(id: "${LEAD}") {
        a: events(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
        b: events(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } }
      } }`);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.lead.a).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(r.body.data.lead.a.edges).toHaveLength(2);
      expect(r.body.data.lead.b.edges).toHaveLength(2);
      expect(sim.calls("read_all_events").map((c) => c.query)).toEqual([{ client_id: "8051632", limit: "100", offset: "0" }]);
    });

    it("first: 1 of two events has a next page, and its cursor continues", async () => {
      const one = await app.gql(Q, { first: 1 });
      expect(one.body.data.lead.events).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const rest = await app.gql(Q, { first: 5, after: one.body.data.lead.events.pageInfo.endCursor });
      expect(rest.body.data.lead.events.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(["clienttether:event:600002"]);
      expect(rest.body.data.lead.events.pageInfo.hasNextPage).toBe(false);
    });

    it("past 100 events: pages are read while full; a full last page leaves the total unknown", async () => {
      seed(148); // 150 with the two seeded events
      const hundred = await app.gql(Q, { first: 100 });
      expect(hundred.body.data.lead.events.edges).toHaveLength(100);
      expect(hundred.body.data.lead.events).toMatchObject({ totalCount: null, pageInfo: { hasNextPage: true } });
      sim.clearCalls();
      const all = await app.gql(Q, { first: 120 });
      const ids = all.body.data.lead.events.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(120);
      expect(all.body.data.lead.events).toMatchObject({ totalCount: 150, pageInfo: { hasNextPage: true } });
      expect(sim.calls("read_all_events").map((c) => c.query.offset)).toEqual(["0", "100"]);
      sim.clearCalls();
      const tail = await app.gql(Q, { first: 100, after: all.body.data.lead.events.pageInfo.endCursor });
      expect(tail.body.data.lead.events.edges).toHaveLength(30);
      expect(tail.body.data.lead.events).toMatchObject({ totalCount: 150, pageInfo: { hasNextPage: false } });
      expect(sim.calls("read_all_events").map((c) => c.query.offset)).toEqual(["100"]);
    });

    it("first outside 0..maxFirst is BAD_USER_INPUT naming first", async () => {
      const r = await app.gql(Q, { first: -1 });
      expect(r.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    });
  });

  describe("createEvent / updateEvent / deleteEvent", () => {
    const CREATE = `mutation($input: EventInput!) {
      createEvent(input: $input, target: CLIENTTETHER) {
        ok
        event { id type startsAt endsAt leadId }
        deliveries { status nativeId fieldErrors { field } error { code vendorCode } }
      }
    }`;

    it("creates a Call with the doc's date and time forms", async () => {
      const r = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "CALL",
        startsAt: "2030-03-04T15:30:00Z",
        description: "Follow up",
      } });
      expect(r.body.data.createEvent).toMatchObject({
        ok: true,
        event: { type: "CALL", leadId: LEAD, startsAt: "2030-03-04T15:30:00.000Z" },
      });
      // demo tenant zone America/New_York
      expect(sim.calls("create_client_event")[0]!.body).toEqual({
        client_id: "8051632",
        event_type: "Call",
        event_date: "2030:03:04",
        event_time: "10:30:00",
        event_note: "Follow up",
      });
    });

    it("a Contact Reminder needs no user", async () => {
      const r = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "CONTACT_REMINDER",
        startsAt: "2030-03-04T15:30:00Z",
        title: "Ring back",
      } });
      expect(r.body.data.createEvent.deliveries[0].status).toBe("CREATED");
    });

    it("an Appointment needs user_id and an end (appointment-only rules)", async () => {
      const noUser = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-04T15:30:00Z",
        endsAt: "2030-03-04T16:30:00Z",
        description: "Visit",
      } });
      expect(rejection(noUser.body, "createEvent").fields).toContain("input.userId");
      const noEnd = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-04T15:30:00Z",
        description: "Visit",
        extra: { user_id: "123" },
      } });
      expect(rejection(noEnd.body, "createEvent").fields).toContain("input.endsAt");
      const endOnCall = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "CALL",
        startsAt: "2030-03-04T15:30:00Z",
        endsAt: "2030-03-04T16:30:00Z",
        description: "x",
      } });
      expect(rejection(endOnCall.body, "createEvent").fields).toContain("input.endsAt");
      expect(sim.callCount()).toBe(0);
      const ok = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-04T15:30:00Z",
        durationMinutes: 45,
        description: "Visit",
        extra: { user_id: "123" },
      } });
      expect(ok.body.data.createEvent).toMatchObject({ ok: true, event: { type: "APPOINTMENT", endsAt: "2030-03-04T16:15:00.000Z" } });
      expect(sim.calls("create_client_event")[0]!.body).toMatchObject({
        user_id: "123",
        event_end_date: "2030:03:04",
        event_end_time: "11:15:00",
      });
      // the typed field does the same as extra.user_id
      const typed = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-05T15:30:00Z",
        durationMinutes: 30,
        description: "Visit",
        userId: "124",
      } });
      expect(typed.body.data.createEvent.ok).toBe(true);
      expect(sim.calls("create_client_event")[1]!.body).toMatchObject({ user_id: "124" });
      const badTyped = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-05T15:30:00Z",
        durationMinutes: 30,
        description: "Visit",
        userId: "12a",
      } });
      expect(rejection(badTyped.body, "createEvent").fields).toContain("input.userId");
    });

    it("vendor refusals: an unknown user is REJECTED naming the field; an unknown lead is NOT_FOUND", async () => {
      const r = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-04T15:30:00Z",
        durationMinutes: 30,
        description: "V",
        extra: { user_id: "999" },
      } });
      expect(r.body.data.createEvent.deliveries[0]).toMatchObject({
        status: "REJECTED",
        fieldErrors: [{ field: "input.extra.user_id" }],
        error: { vendorCode: "user_id" },
      });
      const typed = await app.gql(CREATE, { input: {
        leadId: LEAD,
        type: "APPOINTMENT",
        startsAt: "2030-03-04T15:30:00Z",
        durationMinutes: 30,
        description: "V",
        userId: "999",
      } });
      expect(typed.body.data.createEvent.deliveries[0]).toMatchObject({ status: "REJECTED", fieldErrors: [{ field: "input.userId" }] });
      const nf = await app.gql(CREATE, { input: {
        leadId: "clienttether:lead:1",
        type: "CALL",
        startsAt: "2030-03-04T15:30:00Z",
        description: "V",
      } });
      expect(nf.body.data.createEvent.deliveries[0]).toMatchObject({ status: "FAILED", error: { code: "NOT_FOUND", vendorCode: "CT515" } });
    });

    it("the lead id must be a ClientTether lead", async () => {
      const r = await app.gql(CREATE, { input: {
        leadId: "kartra:lead:1",
        type: "CALL",
        startsAt: "2030-03-04T15:30:00Z",
        description: "V",
      } });
      expect(rejection(r.body, "createEvent").fields).toContain("input.leadId");
    });

    it("updates and deletes an event (update_client_event, delete_client_event)", async () => {
      const u = await app.gql(`mutation {
        updateEvent(id: "clienttether:event:600001", input: { description: "Moved", startsAt: "2030-01-01T14:00:00Z" }) {
          ${P} event { description startsAt }
        }
      }`);
      expect(u.body.data.updateEvent).toMatchObject({
        ok: true,
        delivery: { status: "UPDATED" },
        event: { description: "Moved", startsAt: "2030-01-01T14:00:00.000Z" },
      });
      expect(sim.calls("update_client_event")[0]!.body).toEqual({
        event_id: "600001",
        event_note: "Moved",
        event_date: "2030:01:01",
        event_time: "09:00:00",
      });
      const d = await app.gql(`mutation { deleteEvent(id: "clienttether:event:600001") { ${P} } }`);
      expect(d.body.data.deleteEvent).toMatchObject({ ok: true, delivery: { status: "DELETED", nativeId: "600001" } });
      expect(sim.calls("delete_client_event")[0]!.query).toEqual({ event_id: "600001" });
      const again = await app.gql(`mutation { deleteEvent(id: "clienttether:event:600001") { ${P} } }`);
      expect(again.body.data.deleteEvent).toMatchObject({
        ok: false,
        delivery: { status: "FAILED", error: { code: "NOT_FOUND", vendorCode: "CT515" } },
      });
      const node = await app.gql(`{ node(id: "clienttether:event:600002") { id ... on Event { type } } }`);
      expect(node.body.data.node).toEqual({ id: "clienttether:event:600002", type: "APPOINTMENT" });
    });
  });

  describe("addNote, sendEmail, sendText, startImmediateCall", () => {
    it("addNote writes a history note", async () => {
      const r = await app.gql(`mutation { addNote(leadId: "${LEAD}", body: "Called, left voicemail") { ${P} } }`);
      expect(r.body.data.addNote).toMatchObject({ ok: true, delivery: { status: "CREATED" } });
      expect(sim.calls("create_client_history_note")[0]!.body).toEqual({ client_id: "8051632", note_body: "Called, left voicemail" });
      const notes = await app.gql(`{ lead(id: "${LEAD}") { notes { edges { node { body } } } } }`);
      expect(nodes(notes.body.data.lead.notes).map((n) => n.body)).toContain("Called, left voicemail");
    });

    it("sendEmail sends plain text now or schedules it; HTML is refused before sending", async () => {
      const now = await app.gql(`mutation {
        sendEmail(input: {
          leadId: "${LEAD}", subject: "Your quote", body: "Hi John,\\nAttached.", cc: ["a@example.com", "b@example.com"]
        }) { ${P} }
      }`);
      expect(now.body.data.sendEmail).toMatchObject({ ok: true, delivery: { status: "CREATED" } });
      expect(sim.calls("create_manual_email")[0]!.body).toEqual({
        client_id: "8051632",
        email_subject: "Your quote",
        email_body: "Hi John,\nAttached.",
        email_cc: "a@example.com,b@example.com",
      });
      const later = await app.gql(`mutation {
        sendEmail(input: { leadId: "${LEAD}", subject: "S", body: "B", sendAt: "2030-05-06T13:00:00Z" }) { ${P} }
      }`);
      expect(later.body.data.sendEmail.delivery.status).toBe("SCHEDULED");
      expect(sim.calls("create_manual_email")[1]!.body).toMatchObject({ email_date: "2030:05:06", email_time: "09:00:00" });
      const html = await app.gql(`mutation { sendEmail(input: { leadId: "${LEAD}", subject: "S", body: "<p>Hi</p>" }) { ok } }`);
      expect(html.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.body" });
      const nobody = await app.gql(`mutation {
        sendEmail(input: { leadId: "${LEAD}", subject: "S", body: "B", excludeContact: true }) { ok }
      }`);
      expect(nobody.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.excludeContact" });
      expect(sim.calls("create_manual_email")).toHaveLength(2);
    });

    it("sendText, with an idempotency key replaying instead of texting twice", async () => {
      const q = `mutation { sendText(input: { leadId: "${LEAD}", body: "On my way" }, idempotencyKey: "txt-1") { ${P} } }`;
      const first = await app.gql(q);
      const second = await app.gql(q);
      expect(first.body.data.sendText).toMatchObject({ ok: true, replayed: false, delivery: { status: "CREATED" } });
      expect(second.body.data.sendText).toMatchObject({ ok: true, replayed: true });
      expect(sim.calls("create_manual_text")).toHaveLength(1);
      expect(sim.calls("create_manual_text")[0]!.body).toEqual({ client_id: "8051632", text_body: "On my way" });
    });

    it("sendText to an unknown lead is NOT_FOUND", async () => {
      const r = await app.gql(`mutation { sendText(input: { leadId: "clienttether:lead:1", body: "x" }) { ${P} } }`);
      expect(r.body.data.sendText).toMatchObject({
        ok: false,
        delivery: { status: "FAILED", error: { code: "NOT_FOUND", vendorCode: "CT515" } },
      });
    });

    it("startImmediateCall sends 10-digit phones from any format", async () => {
      const r = await app.gql(`mutation {
        startImmediateCall(input: {
          agentPhone: "+1 (303) 929-1447", clientFullName: "John Doe", clientPhone: "720.555.0100", say: "He wants a quote"
        }) { ${P} }
      }`);
      expect(r.body.data.startImmediateCall).toMatchObject({ ok: true, delivery: { status: "CREATED" } });
      expect(sim.calls("create_immed_call")[0]!.body).toEqual({
        agent_phone: "3039291447",
        client_full_name: "John Doe",
        client_phone: "7205550100",
        say: "He wants a quote",
      });
      const bad = await app.gql(`mutation {
        startImmediateCall(input: { agentPhone: "12345", clientFullName: "J", clientPhone: "7205550100", say: "x" }) { ok }
      }`);
      expect(bad.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.agentPhone" });
    });
  });

  describe("reference data", () => {
    it("typed lists: lead sources, action plans (two-level data), sales cycles, users, tags, accounts", async () => {
      const r = await app.gql(`{
        clientTetherLeadSources { id name webKey }
        clientTetherActionPlans { id name type linkId linkName steps { order subject } }
        new: clientTetherActionPlans(name: "New") { name }
        clientTetherActionPlan(id: "clienttether:action_plan:234567") { name type linkName }
        clientTetherSalesCycles { name active order }
        clientTetherUsers { id firstName username showCalendar raw }
        clientTetherTags { value }
        clientTetherAccounts { id name type raw }
      }`);
      expect(r.body.errors).toBeUndefined();
      const d = r.body.data;
      expect(d.clientTetherLeadSources).toContainEqual({ id: "clienttether:lead_source:123", name: "Craftjack", webKey: "CT-123" });
      expect(d.clientTetherActionPlans[0]).toMatchObject({
        name: "New Lead Welcome",
        type: "Connection",
        linkId: "123",
        linkName: "Craftjack",
        steps: [{ order: 1, subject: "MyFirstEmail" }, { order: 2, subject: "MySecondEmail" }],
      });
      expect(d.new).toEqual([{ name: "New Lead Welcome" }]);
      expect(sim.calls("read_action_plan_list").map((c) => c.query)).toContainEqual({ action_plan_name: "New" });
      expect(d.clientTetherActionPlan).toEqual({ name: "Nurture Quote", type: "Conversion", linkName: "Pending" });
      expect(d.clientTetherSalesCycles).toContainEqual({ name: "Dead", active: false, order: 1 });
      expect(d.clientTetherUsers[0]).toMatchObject({
        id: "clienttether:user:123",
        firstName: "Kent",
        username: "KentH123",
        showCalendar: false,
      });
      expect(JSON.stringify(d.clientTetherUsers)).not.toContain("password");
      expect(d.clientTetherTags.map((t: { value: string }) => t.value)).toEqual(["123", "Hot Lead", "LV Show"]);
      expect(d.clientTetherAccounts[0]).toMatchObject({ name: "Demo Enterprise", type: "Multi-level" });
      expect(JSON.stringify(d.clientTetherAccounts)).not.toContain("CT_");
    });

    it("appointments by user and all payments", async () => {
      const st = clientTetherSimState(sim);
      const d = new Date(Date.now() + 2 * 86400_000);
      const day = `${d.getFullYear()}:${String(d.getMonth() + 1).padStart(2, "0")}:${String(d.getDate()).padStart(2, "0")}`;
      st.events.set("610000", {
        event_id: "610000",
        client_id: "8051632",
        event_type: "Appointment",
        event_date: day,
        event_time: "10:00:00",
        event_end_date: day,
        event_end_time: "11:00:00",
        event_note: "Soon",
        user_id: "124",
      });
      const r = await app.gql(`{
        clientTetherAppointments(userId: "clienttether:user:124") { totalCount edges { node { id description } } }
        clientTetherPayments { totalCount pageInfo { hasNextPage } edges { node { amount proposalNumber } } }
        one: clientTetherPayments(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { proposalNumber } } }
      }`);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.clientTetherAppointments).toEqual({
        totalCount: 1,
        edges: [{ node: { id: "clienttether:event:610000", description: "Soon" } }],
      });
      expect(r.body.data.clientTetherPayments).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
      expect(r.body.data.clientTetherPayments.edges).toHaveLength(2);
      expect(r.body.data.one).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const page = "pageInfo { hasNextPage } edges { node { proposalNumber } }";
      const q = `query($a: String) { clientTetherPayments(first: 5, after: $a) { ${page} } }`;
      const rest = await app.gql(q, {
        a: r.body.data.one.pageInfo.endCursor,
      });
      expect(rest.body.data.clientTetherPayments.edges).toHaveLength(1);
      expect(rest.body.data.clientTetherPayments.pageInfo.hasNextPage).toBe(false);
      expect(sim.calls("read_appts_by_user_id")[0]!.query).toEqual({ user_id: "124" });
    });

    it("node(id) resolves reference objects", async () => {
      const r = await app.gql(`{
        a: node(id: "clienttether:lead_source:234") { id ... on ClientTetherLeadSource { name } }
        b: node(id: "clienttether:sales_cycle:345") { ... on ClientTetherSalesCycle { name } }
        c: node(id: "clienttether:user:124") { ... on ClientTetherUser { username } }
        d: node(id: "clienttether:account:123457") { ... on ClientTetherAccount { name } }
        e: node(id: "clienttether:action_plan:345678") { ... on ClientTetherActionPlan { type } }
        f: node(id: "clienttether:proposal:8051632:9000000000001") { ... on ClientTetherProposal { number } }
        g: node(id: "clienttether:user:1") { id }
      }`);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual({
        a: { id: "clienttether:lead_source:234", name: "HomeAdvisor" },
        b: { name: "Dead" },
        c: { username: "dana" },
        d: { name: "Demo Denver" },
        e: { type: "Retention" },
        f: { number: "P-1001" },
        g: null,
      });
    });

    it("lead sources: create, duplicate (CONFLICT CT520), update, delete, in use (CT512)", async () => {
      const c = await app.gql(`mutation { createLeadSource(name: "Trade Show") { ${P} leadSource { id name webKey } } }`);
      expect(c.body.data.createLeadSource).toMatchObject({ ok: true, delivery: { status: "CREATED" }, leadSource: { name: "Trade Show" } });
      const id = c.body.data.createLeadSource.leadSource.id;
      const dup = await app.gql(`mutation { createLeadSource(name: "trade show") { ${P} } }`);
      expect(dup.body.data.createLeadSource).toMatchObject({
        ok: false,
        delivery: { status: "FAILED", error: { code: "CONFLICT", vendorCode: "CT520" } },
      });
      const u = await app.gql(`mutation { updateLeadSource(id: "${id}", name: "Expo") { ${P} leadSource { name } } }`);
      expect(u.body.data.updateLeadSource).toMatchObject({ ok: true, leadSource: { name: "Expo" } });
      const d = await app.gql(`mutation { deleteLeadSource(id: "${id}") { ${P} } }`);
      expect(d.body.data.deleteLeadSource).toMatchObject({ ok: true, delivery: { status: "DELETED" } });
      const used = await app.gql(`mutation { deleteLeadSource(id: "123") { ${P} } }`);
      expect(used.body.data.deleteLeadSource).toMatchObject({
        ok: false,
        delivery: { error: { code: "UPSTREAM_ERROR", vendorCode: "CT512" } },
      });
      const missing = await app.gql(`mutation { updateLeadSource(id: "1", name: "x") { ${P} } }`);
      expect(missing.body.data.updateLeadSource.delivery.error).toEqual({ code: "NOT_FOUND", vendorCode: "CT515" });
    });

    it("action plans: create (required name and type), update", async () => {
      const bad = await app.gql(`mutation { createActionPlan(input: { name: "Only name" }) { ok } }`);
      expect(bad.body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.type" });
      const c = await app.gql(`mutation {
        createActionPlan(input: { name: "Win back", type: RETENTION, nextPlanId: "345678" }) { ${P} actionPlan { id name type nextPlanId } }
      }`);
      expect(c.body.data.createActionPlan).toMatchObject({
        ok: true,
        actionPlan: { name: "Win back", type: "Retention", nextPlanId: "345678" },
      });
      const id = c.body.data.createActionPlan.actionPlan.id;
      const u = await app.gql(`mutation {
        updateActionPlan(id: "${id}", input: { name: "Win back v2" }) { ${P} actionPlan { name nextPlanName } }
      }`);
      expect(u.body.data.updateActionPlan).toMatchObject({
        ok: true,
        actionPlan: { name: "Win back v2", nextPlanName: "Annual Retention" },
      });
      expect(sim.calls("update_action_plan_by_id")[0]!.body).toEqual({ action_plan_id: id.split(":")[2], action_plan_name: "Win back v2" });
    });

    it("sales cycles: create, update, delete, in use (CT512)", async () => {
      const c = await app.gql(`mutation {
        createSalesCycle(input: { name: "Won", active: true, order: 3, contactType: CLIENT }) {
          ${P} salesCycle { id name active order contactType }
        }
      }`);
      expect(c.body.data.createSalesCycle).toMatchObject({ ok: true, salesCycle: { name: "Won", active: true, order: 3, contactType: 1 } });
      const id = c.body.data.createSalesCycle.salesCycle.id;
      expect(sim.calls("create_sales_cycle")[0]!.body).toEqual({
        sales_cycle_name: "Won",
        sales_cycle_active_status: "1",
        sales_cycle_order: "3",
        sales_cycle_contact_type: "1",
      });
      const u = await app.gql(`mutation { updateSalesCycle(id: "${id}", input: { active: false }) { ${P} salesCycle { active } } }`);
      expect(u.body.data.updateSalesCycle.salesCycle).toEqual({ active: false });
      const d = await app.gql(`mutation { deleteSalesCycle(id: "${id}") { ${P} } }`);
      expect(d.body.data.deleteSalesCycle.ok).toBe(true);
      const used = await app.gql(`mutation { deleteSalesCycle(id: "123") { ${P} } }`);
      expect(used.body.data.deleteSalesCycle.delivery.error).toEqual({ code: "UPSTREAM_ERROR", vendorCode: "CT512" });
      const missing = await app.gql(`mutation { createSalesCycle(input: { name: "X", active: true }) { ok } }`);
      expect(missing.body.errors![0].extensions).toMatchObject({ field: "input.order" });
    });

    it("users: create needs every field, duplicates are CONFLICT, type/password only on create, update, delete", async () => {
      const input = `{
        type: STANDARD, firstName: "Sam", lastName: "Ng", phone: "(303) 555-0177", email: "sam@example.com", username: "samng",
        showCalendar: true, password: "pw-123456"
      }`;
      const c = await app.gql(`mutation { createClientTetherUser(input: ${input}) { ${P} user { id username phone showCalendar raw } } }`);
      expect(c.body.data.createClientTetherUser).toMatchObject({
        ok: true,
        user: { username: "samng", phone: "3035550177", showCalendar: true },
      });
      expect(JSON.stringify(c.body)).not.toContain("pw-123456");
      const id = c.body.data.createClientTetherUser.user.id;
      const dup = await app.gql(`mutation { createClientTetherUser(input: ${input}) { ${P} } }`);
      expect(dup.body.data.createClientTetherUser.delivery.error).toEqual({ code: "CONFLICT", vendorCode: "CT520" });
      const missing = await app.gql(`mutation { createClientTetherUser(input: { type: ADMIN, firstName: "A" }) { ok } }`);
      expect(missing.body.errors![0].extensions.code).toBe("BAD_USER_INPUT");
      const typeOnUpdate = await app.gql(`mutation { updateClientTetherUser(id: "${id}", input: { type: ADMIN }) { ok } }`);
      expect(typeOnUpdate.body.errors![0].extensions).toMatchObject({ field: "input.type" });
      const u = await app.gql(`mutation { updateClientTetherUser(id: "${id}", input: { lastName: "Ngo" }) { ${P} user { lastName } } }`);
      expect(u.body.data.updateClientTetherUser.user).toEqual({ lastName: "Ngo" });
      const d = await app.gql(`mutation { deleteClientTetherUser(id: "${id}") { ${P} } }`);
      expect(d.body.data.deleteClientTetherUser.ok).toBe(true);
      const used = await app.gql(`mutation { deleteClientTetherUser(id: "123") { ${P} } }`);
      expect(used.body.data.deleteClientTetherUser.delivery.error).toEqual({ code: "UPSTREAM_ERROR", vendorCode: "CT512" });
    });

    it("tags: create (replayed, not re-sent, with its idempotency key), duplicate is CONFLICT, commas refused", async () => {
      const c = await app.gql(`mutation { createTag(value: "VIP", idempotencyKey: "tag-vip") { ${P} tag { value } } }`);
      expect(c.body.data.createTag).toMatchObject({ ok: true, replayed: false, tag: { value: "VIP" } });
      const again = await app.gql(`mutation { createTag(value: "VIP", idempotencyKey: "tag-vip") { ${P} tag { value } } }`);
      expect(again.body.data.createTag).toMatchObject({ ok: true, replayed: true, tag: { value: "VIP" } });
      expect(sim.calls("create_tag")).toHaveLength(1);
      const dup = await app.gql(`mutation { createTag(value: "Hot Lead") { ${P} } }`);
      expect(dup.body.data.createTag.delivery.error).toEqual({ code: "CONFLICT", vendorCode: "CT520" });
      const comma = await app.gql(`mutation { createTag(value: "a,b") { ok } }`);
      expect(comma.body.errors![0].extensions).toMatchObject({ field: "value" });
    });

    it("accounts: update (10-digit return numbers), delete", async () => {
      const u = await app.gql(`mutation {
        updateClientTetherAccount(id: "clienttether:account:123457", input: { companyName: "Denver HQ", returnPhone: "+1 303 555 0199" }) {
          ${P} account { companyName }
        }
      }`);
      expect(u.body.data.updateClientTetherAccount).toMatchObject({ ok: true, account: { companyName: "Denver HQ" } });
      expect(sim.calls("update_account_by_id")[0]!.body).toEqual({
        account_id: "123457",
        account_company_name: "Denver HQ",
        account_return_phone: "3035550199",
      });
      const bad = await app.gql(`mutation { updateClientTetherAccount(id: "123457", input: { returnText: "555" }) { ok } }`);
      expect(bad.body.errors![0].extensions).toMatchObject({ field: "input.returnText" });
      const d = await app.gql(`mutation { deleteClientTetherAccount(id: "123457") { ${P} } }`);
      expect(d.body.data.deleteClientTetherAccount).toMatchObject({ ok: true, delivery: { status: "DELETED" } });
      const gone = await app.gql(`mutation { deleteClientTetherAccount(id: "123457") { ${P} } }`);
      expect(gone.body.data.deleteClientTetherAccount.delivery.error).toEqual({ code: "NOT_FOUND", vendorCode: "CT515" });
    });
  });
});
