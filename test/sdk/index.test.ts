import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientSchema, print, validate, type DocumentNode, type IntrospectionQuery, getIntrospectionQuery } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import * as sdk from "../../src/sdk/graphql.js";
import {
  CreateLeadDocument,
  LeadDocument,
  LeadsDocument,
  VendorsDocument,
  type CreateLeadMutationVariables,
} from "../../src/sdk/graphql.js";
import { vendors } from "../../src/vendors/registry.js";
import { capabilitiesOf, requirementsOf, type VendorAdapter } from "../../src/vendors/types.js";
import { startTestApp, type TestApp } from "../helpers/app.js";

/**
 * The typed SDK (src/sdk, generated from operations/*.graphql by `npm run codegen`) sent to the
 * real server: a schema change that breaks an example operation fails here as well as in the
 * codegen drift check. Results are typed by the documents themselves (TypedDocumentNode).
 *
 * What the demo tenant can do depends on which vendors are registered, so expectations are
 * derived from the registry: every branch asserts a definite outcome.
 */
interface GqlResult<R> {
  data?: R | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

const DELIVERY_STATUSES = [
  "CREATED",
  "UPDATED",
  "EXISTING",
  "VALIDATED",
  "SCHEDULED",
  "CANCELLED",
  "DELETED",
  "REJECTED",
  "FAILED",
  "QUEUED",
  "RETRYING",
];
const LEAD_FIELDS = [
  "id",
  "vendor",
  "nativeId",
  "externalId",
  "firstName",
  "lastName",
  "email",
  "phone",
  "secondaryPhone",
  "company",
  "jobTitle",
  "source",
  "score",
  "tags",
  "address",
  "customFields",
  "createdAt",
  "updatedAt",
].sort();

const writers = vendors.filter((a) => a.leadWriter && a.simulator);
const readers = vendors.filter((a) => a.leadReader && a.simulator);
/** A vendor's name as the SDK types it: the SDK is generated, so a vendor registered since the last codegen is not in it yet. */
const sdkVendor = (a: { name: string }) => a.name as sdk.Vendor;
// Guard: an empty registry would make the loops below vacuous.
if (writers.length === 0 || readers.length === 0)
  throw new Error("the SDK test expects registered vendors with simulators that write and read leads");

describe("typed SDK (operations/*.graphql) against the real server", () => {
  let app: TestApp;
  async function send<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables: V,
    status = 200,
  ): Promise<GqlResult<R>> {
    const res = await app.gql(print(doc), variables);
    expect(res.status).toBe(status);
    return res.body as GqlResult<R>;
  }

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("every generated document is valid against the schema the server runs (introspected over HTTP)", async () => {
    const intro = await app.gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(intro.body.data!);
    const docs = Object.entries(sdk).filter(([name, v]) => name.endsWith("Document") && (v as DocumentNode).kind === "Document");
    expect(docs.map(([n]) => n)).toEqual(
      expect.arrayContaining(["VendorsDocument", "CreateLeadDocument", "LeadDocument", "LeadsDocument"]),
    );
    for (const [name, doc] of docs) expect(validate(schema, doc as DocumentNode).map((e) => `${name}: ${e.message}`)).toEqual([]);
  });

  it("Vendors lists every registered vendor, configured for the demo tenant, with its capabilities and fields", async () => {
    const res = await send(VendorsDocument, {});
    expect(res.errors).toBeUndefined();
    const listed = res.data!.vendors;
    expect(listed).toEqual(
      vendors.map((a: VendorAdapter) => ({
        id: a.name,
        name: a.displayName,
        configured: !!a.simulator,
        capabilities: capabilitiesOf(a),
        readableFields: a.fields.read,
        writableFields: a.fields.write,
        requirements: requirementsOf(a).map((r) => ({
          capability: r.capability,
          requiredFields: [...r.requiredFields],
          rules: r.rules.map(({ field, description }) => ({ field, description })),
        })),
      })),
    );
    for (const v of listed)
      expect(Object.keys(v).sort()).toEqual([
        "capabilities", "configured", "id", "name", "readableFields", "requirements", "writableFields",
      ]);
  });

  describe("CreateLead", () => {
    const variables: CreateLeadMutationVariables = {
      input: {
        firstName: "Ada",
        lastName: "Lovelace",
        email: "ada@example.com",
        phone: "(201) 555-0123",
        company: "Analytical Engines",
        externalId: "sdk-test-1",
      },
      // Every registered lead writer; with none, target one explicitly to see the delivery shape.
      targets: writers.map(sdkVendor),
      idempotencyKey: "sdk-test-create-lead-1",
    };
    let first: GqlResult<sdk.CreateLeadMutation>;

    beforeAll(async () => {
      first = await send(CreateLeadDocument, variables);
    });

    it("returns one delivery per target in the selected shape", () => {
      expect(first.errors).toBeUndefined();
      const payload = first.data!.createLead;
      expect(Object.keys(payload).sort()).toEqual(["deliveries", "lead", "ok", "replayed"]);
      expect(payload.replayed).toBe(false);
      expect(payload.deliveries.map((d) => d.vendor)).toEqual(variables.targets);
      for (const d of payload.deliveries) {
        expect(Object.keys(d).sort()).toEqual(["details", "error", "fieldErrors", "id", "lead", "message", "nativeId", "status", "vendor"]);
        expect(d.id).toMatch(/^leadgraph:delivery:\d+$/);
        expect(DELIVERY_STATUSES).toContain(d.status);
        expect(Array.isArray(d.fieldErrors)).toBe(true);
        if (d.status === "FAILED") expect(d.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }
      if (payload.lead) expect(Object.keys(payload.lead).sort()).toEqual(LEAD_FIELDS);
    });

    it("the simulators accept the lead: every delivery succeeds with a native id", () => {
      const payload = first.data!.createLead;
      expect(payload.ok).toBe(true);
      for (const d of payload.deliveries) {
        expect(["CREATED", "EXISTING", "UPDATED"]).toContain(d.status);
        expect(d.error).toBeNull();
      }
    });

    it("a replay with the same idempotency key returns the stored payload, replayed: true", async () => {
      const again = await send(CreateLeadDocument, variables);
      expect(again.errors).toBeUndefined();
      expect(again.data!.createLead).toEqual({ ...first.data!.createLead, replayed: true });
    });

    it("a malformed email is refused before any vendor: HTTP 400 (variable coercion) with BAD_USER_INPUT naming it", async () => {
      const res = await send(
        CreateLeadDocument,
        { ...variables, idempotencyKey: null, input: { ...variables.input, email: "not-an-email" } },
        400,
      );
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/email/);
    });
  });

  describe("Lead", () => {
    it("a malformed id is BAD_USER_INPUT naming the argument", async () => {
      const res = await send(LeadDocument, { id: "not-a-global-id" });
      expect(res.data?.lead ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    });

    it("reads a lead from each reader vendor's first listed lead, in the LeadFields shape", async () => {
      let read = 0;
      for (const r of readers) {
        const list = await send(LeadsDocument, { first: 1, filter: { vendor: sdkVendor(r) } });
        const node = list.data?.leads.edges[0]?.node;
        if (!node) continue;
        const res = await send(LeadDocument, { id: node.id, fresh: true });
        expect(res.errors).toBeUndefined();
        expect(res.data!.lead).toEqual(node);
        read += 1;
      }
      // The simulators are seeded with demo leads: at least one reader must have listed one.
      expect(read).toBeGreaterThan(0);
    });
  });

  describe("Leads", () => {
    it("lists leads from each reader as a Relay connection in the LeadFields shape", async () => {
      for (const r of readers) {
        const res = await send(LeadsDocument, { first: 2, filter: { vendor: sdkVendor(r) } });
        expect(res.errors).toBeUndefined();
        const conn = res.data!.leads;
        expect(Object.keys(conn.pageInfo).sort()).toEqual(["endCursor", "hasNextPage", "hasPreviousPage", "startCursor"]);
        expect(conn.edges.length).toBeLessThanOrEqual(2);
        for (const e of conn.edges) {
          expect(typeof e.cursor).toBe("string");
          expect(Object.keys(e.node).sort()).toEqual(LEAD_FIELDS);
          expect(e.node.vendor).toBe(r.name);
        }
      }
    });

    it("a bad cursor is BAD_USER_INPUT naming `after`", async () => {
      const res = await send(LeadsDocument, { first: 1, after: "%%%not-a-cursor" });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    });
  });

  describe("every read-only document runs on the demo tenant (vendor simulators and their demo data)", () => {
    const CT_LEAD = "clienttether:lead:8051632";
    // document, variables, and the fact about its answer that shows it really ran
    // documents of every shape in one table, each `pick` reading its own document's answer
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Case = [string, TypedDocumentNode<any, any>, Record<string, unknown>, (data: any) => unknown, unknown];
    const cases: Case[] = [
      ["ClientTetherLead", sdk.ClientTetherLeadDocument, { id: CT_LEAD }, (d) => d.lead.id, CT_LEAD],
      [
        "ClientTetherLeadByExternalId",
        sdk.ClientTetherLeadByExternalIdDocument,
        { externalId: "16051989" },
        (d) => d.leadByExternalId.id,
        CT_LEAD,
      ],
      ["ClientTetherLeads", sdk.ClientTetherLeadsDocument, { first: 3 }, (d) => d.leads.edges.length, 3],
      ["ClientTetherLeadActivity", sdk.ClientTetherLeadActivityDocument, { id: CT_LEAD }, (d) => d.lead.id, CT_LEAD],
      [
        "ClientTetherReferenceData",
        sdk.ClientTetherReferenceDataDocument,
        {},
        (d) => d.clientTetherLeadSources.map((x: { name: string }) => x.name).sort(),
        ["Craftjack", "HomeAdvisor"],
      ],
      [
        "ClientTetherActionPlan",
        sdk.ClientTetherActionPlanDocument,
        { id: "clienttether:action_plan:234567" },
        (d) => d.clientTetherActionPlan.name,
        "Nurture Quote",
      ],
      // the seeded appointment is in 2020: none in the next 7 days ("appointments for 7 days from today's date")
      ["ClientTetherAppointments", sdk.ClientTetherAppointmentsDocument, { userId: "123" }, (d) => d.clientTetherAppointments.edges, []],
      [
        "ClientTetherPayments",
        sdk.ClientTetherPaymentsDocument,
        {},
        (d) =>
          d.clientTetherPayments.edges.map(({ node: x }: { node: { proposalNumber: string; status: string } }) => [
            x.proposalNumber,
            x.status,
          ]),
        [
          ["P-1001", "Deposit"],
          ["P-1001", "Final"],
        ],
      ],
      [
        "EntrataWriteStatus (a job Propexo does not know)",
        sdk.EntrataWriteStatusDocument,
        { jobId: "cm0000000000000000000000" },
        (d) => d.writeStatus,
        null,
      ],
      ["Leads", sdk.LeadsDocument, { first: 2 }, (d) => d.leads.edges.length, 2],
      ["CalendarCompletions", sdk.CalendarCompletionsDocument, { first: 5 }, (d) => d.calendarCompletions.edges.length, 2],
      ["KartraLead", sdk.KartraLeadDocument, { id: "kartra:lead:9001" }, (d) => d.lead.email, "ava.demo@example.com"],
      [
        "KartraLeadsByEmail",
        sdk.KartraLeadsByEmailDocument,
        { email: "ben.demo@example.com" },
        (d) => d.leads.edges.map((e: { node: { id: string } }) => e.node.id),
        ["kartra:lead:9002"],
      ],
      ["KartraCalendar", sdk.KartraCalendarDocument, { id: "kartra:calendar:90001" }, (d) => d.node.sessions.length, 2],
    ];
    for (const [name, doc, variables, pick, expected] of cases) {
      it(name, async () => {
        const res = await send(doc, variables);
        expect(res.errors).toBeUndefined();
        expect(pick(res.data)).toEqual(expected);
      });
    }
  });
});
