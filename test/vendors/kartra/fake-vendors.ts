import { startSimulator, type Simulator } from "../../../src/simulators/harness.js";
import { adapters } from "../../../src/vendors/registry.js";
import type { VendorAdapter, VendorId } from "../../../src/vendors/types.js";
import { delivery } from "../../../src/graphql/types/delivery.type.js";
import { DeliveryStatus, Vendor } from "../../../src/graphql/types/enums.js";
import { z } from "zod";

/**
 * Stand-ins for the ClientTether and Comunik8 adapters, for the outbox mechanics (leases,
 * replicas, retries, a target that rejects): they only need the registry's LeadWriter/EventWriter
 * contract. Forwarding through the real ClientTether adapter is forwarding-clienttether.test.ts. The fake
 * ClientTether is a stateful simulator over HTTP that dedupes clients by email/phone, so tests
 * can count exactly how many clients and events were created.
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

async function post(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    /* fault bodies */
  }
  return { status: res.status, json };
}

const failed = (vendor: Vendor, status: number) => delivery(vendor, DeliveryStatus.FAILED, { error: { code: "UPSTREAM_ERROR", message: `HTTP ${status}`, vendorCode: String(status), retryAfterSeconds: null, circuitOpen: null } });

export const fakeClientTetherAdapter: VendorAdapter<{ baseUrl: string }> = {
  id: "clienttether",
  displayName: "ClientTether (test fake)",
  configSchema: z.object({ baseUrl: z.string() }),
  fields: { read: [], write: [] },
  leadWriter: {
    async createLead(ctx, input) {
      const r = await post(`${ctx.config.baseUrl}/create_client`, { email: input.email, phone: input.phone, first_name: input.firstName });
      if (r.status !== 200) return failed(Vendor.CLIENTTETHER, r.status);
      const id = String(r.json.client_id);
      return delivery(Vendor.CLIENTTETHER, r.json.existing ? DeliveryStatus.EXISTING : DeliveryStatus.CREATED, { nativeId: id });
    },
  },
  eventWriter: {
    async createEvent(ctx, input) {
      const r = await post(`${ctx.config.baseUrl}/create_event`, { client_id: Number(input.leadId!.split(":")[2]), start: input.startsAt.toISOString(), title: input.title, duration: input.durationMinutes });
      if (r.status !== 200) return failed(Vendor.CLIENTTETHER, r.status);
      return delivery(Vendor.CLIENTTETHER, DeliveryStatus.CREATED, { nativeId: String(r.json.event_id) });
    },
  },
};

/** A Comunik8 stand-in that refuses every lead (a vendor-side validation failure). */
export const rejectingComunik8Adapter: VendorAdapter<Record<string, never>> = {
  id: "comunik8",
  displayName: "Comunik8 (test fake)",
  configSchema: z.object({}),
  fields: { read: [], write: [] },
  leadWriter: {
    async createLead() {
      return delivery(Vendor.COMUNIK8, DeliveryStatus.REJECTED, { fieldErrors: [{ field: "input.phone", message: "mobile is not a UK number" }] });
    },
  },
};

/** Puts fakes into the registry (replacing real adapters of the same id) until `restore()`. */
export function installAdapters(fakes: VendorAdapter[]): () => void {
  const saved = fakes.map((f) => {
    const i = adapters.findIndex((a) => a.id === f.id);
    const prev = i >= 0 ? adapters[i] : undefined;
    if (i >= 0) adapters[i] = f;
    else adapters.push(f);
    return { id: f.id as VendorId, prev };
  });
  return () => {
    for (const { id, prev } of saved) {
      const i = adapters.findIndex((a) => a.id === id);
      if (prev) adapters[i] = prev;
      else adapters.splice(i, 1);
    }
  };
}
