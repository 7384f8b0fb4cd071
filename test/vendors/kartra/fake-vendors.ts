import { startSimulator, type Simulator } from "../../../src/simulators/harness.js";
import { createRegistry, vendors } from "../../../src/vendors/registry.js";
import type { Registry, VendorAdapter } from "../../../src/vendors/types.js";
import { delivery, DeliveryStatus } from "../../../src/model/delivery.js";
import { z } from "zod";
import type { LeadInput } from "../../../src/model/lead.js";
import type { EventInput } from "../../../src/model/event.js";

/**
 * Stand-ins for the ClientTether and Comunik8 adapters, for the outbox mechanics (leases,
 * replicas, retries, a target that rejects): they only need the registry's LeadWriter/EventWriter
 * contract, and tests put them in their app's registry (`registryWith`). Forwarding through the
 * real ClientTether adapter is forwarding-clienttether.test.ts. The fake ClientTether is a
 * stateful simulator over HTTP that dedupes clients by email/phone, so tests can count exactly
 * how many clients and events were created.
 */
export interface FakeCt {
  sim: Simulator;
  clients: { id: number; email: string | null; phone: string | null }[];
  events: { id: number; client_id: number; start: string; title: string }[];
}

export async function startFakeClientTether(): Promise<FakeCt> {
  const state: FakeCt = { sim: undefined as never, clients: [], events: [] };
  state.sim = await startSimulator({
    name: "fake-clienttether",
    reset: () => {
      state.clients.length = 0;
      state.events.length = 0;
    },
    routes: [
      {
        name: "create_client",
        method: "POST",
        path: "/create_client",
        handle(req) {
          const b = req.body as { email?: string; phone?: string };
          const found = state.clients.find((c) => (b.email && c.email === b.email) || (b.phone && c.phone === b.phone));
          if (found) return { body: { existing: true, client_id: found.id } };
          const c = { id: 8000 + state.clients.length, email: b.email ?? null, phone: b.phone ?? null };
          state.clients.push(c);
          return { body: { existing: false, client_id: c.id } };
        },
      },
      {
        name: "create_event",
        method: "POST",
        path: "/create_event",
        handle(req) {
          const b = req.body as { client_id: number; start: string; title: string };
          const e = { id: 500 + state.events.length, client_id: b.client_id, start: b.start, title: b.title };
          state.events.push(e);
          return { body: { event_id: e.id } };
        },
      },
    ],
  });
  return state;
}

/** What the fake ClientTether answers (one shape for both routes). */
interface FakeReply {
  client_id?: number;
  existing?: boolean;
  event_id?: number;
}

async function post(url: string, body: unknown): Promise<{ status: number; json: FakeReply }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  let json: FakeReply = {};
  try {
    json = (await res.json()) as FakeReply;
  } catch {
    /* fault bodies */
  }
  return { status: res.status, json };
}

/**
 * An HTTP failure as the real adapters report one (src/vendors/README.md): vendor code `HTTP_<status>`,
 * which is what the outbox's retry rule reads (a 5xx is retried, another 4xx is final).
 */
const failed = (vendor: string, status: number, route: string) =>
  delivery(vendor, DeliveryStatus.FAILED, {
    error: {
      code: "UPSTREAM_ERROR",
      message: `ClientTether answered HTTP ${status} on ${route}`,
      vendorCode: `HTTP_${status}`,
      retryAfterSeconds: null,
      circuitOpen: null,
    },
  });

export const fakeClientTetherAdapter: VendorAdapter<{ baseUrl: string }> = {
  id: "clienttether",
  name: "CLIENTTETHER",
  displayName: "ClientTether (test fake)",
  configSchema: z.object({ baseUrl: z.string() }),
  fields: { read: [], write: [] },
  leadWriter: {
    async createLead(ctx, input) {
      const r = await post(`${ctx.config.baseUrl}/create_client`, { email: input.email, phone: input.phone, first_name: input.firstName });
      if (r.status !== 200) return failed("CLIENTTETHER", r.status, "create_client");
      const id = String(r.json.client_id);
      return delivery("CLIENTTETHER", r.json.existing ? DeliveryStatus.EXISTING : DeliveryStatus.CREATED, { nativeId: id });
    },
  },
  eventWriter: {
    async createEvent(ctx, input) {
      const r = await post(`${ctx.config.baseUrl}/create_event`, {
        client_id: Number(input.leadId!.split(":")[2]),
        start: input.startsAt.toISOString(),
        title: input.title,
        duration: input.durationMinutes,
      });
      if (r.status !== 200) return failed("CLIENTTETHER", r.status, "create_event");
      return delivery("CLIENTTETHER", DeliveryStatus.CREATED, { nativeId: String(r.json.event_id) });
    },
  },
};

/** A Comunik8 stand-in that refuses every lead (a vendor-side validation failure). */
export const rejectingComunik8Adapter: VendorAdapter<Record<string, never>> = {
  id: "comunik8",
  name: "COMUNIK8",
  displayName: "Comunik8 (test fake)",
  configSchema: z.object({}),
  fields: { read: [], write: [] },
  leadWriter: {
    async createLead() {
      const fieldErrors = [{ field: "input.phone", message: "mobile is not a UK number" }];
      return delivery("COMUNIK8", DeliveryStatus.REJECTED, { fieldErrors });
    },
  },
};

/** The app's vendors with these fakes in place of the real adapters of the same id. */
export function registryWith(fakes: VendorAdapter[]): Registry {
  return createRegistry(vendors.map((v) => fakes.find((f) => f.id === v.id) ?? v));
}

/** What a recording target was sent. */
export interface Recorded {
  leads: { input: LeadInput; vendorOptions: unknown }[];
  events: EventInput[];
}

/**
 * A target under a made-up id that accepts everything and records it: with `events`, its adapter
 * has an event writer too; with `leadIds: false` it confirms each lead without giving its id.
 * Forwarding knows targets only through the registry, so these need no place in the app's vendor
 * list beyond the test's own registry.
 */
export function recordingVendor(
  id: string,
  o: { events: boolean; leadIds?: boolean },
): { adapter: VendorAdapter<Record<string, never>>; got: Recorded } {
  const got: Recorded = { leads: [], events: [] };
  const name = id.toUpperCase();
  const adapter: VendorAdapter<Record<string, never>> = {
    id,
    name,
    displayName: `${id} (test fake)`,
    configSchema: z.object({}),
    fields: { read: [], write: [] },
    leadWriter: {
      async createLead(_ctx, input, options) {
        got.leads.push({ input, vendorOptions: options.vendorOptions });
        return delivery(name, DeliveryStatus.CREATED, o.leadIds === false ? {} : { nativeId: String(got.leads.length) });
      },
    },
    ...(o.events
      ? {
          eventWriter: {
            async createEvent(_ctx, input) {
              got.events.push(input);
              return delivery(name, DeliveryStatus.CREATED, { nativeId: `e${got.events.length}` });
            },
          },
        }
      : {}),
  };
  return { adapter, got };
}
