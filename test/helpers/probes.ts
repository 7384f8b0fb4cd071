import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { vendors } from "../../src/vendors/registry.js";
import type { VendorAdapter } from "../../src/vendors/types.js";
import type { TestApp } from "./app.js";

/** A lead in no vendor's demo seed, for probes to send. */
export interface ProbeLead {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL data as the server sent it
export type ProbeResult = Promise<{ status: number; headers: Headers; body: { data?: any; errors?: unknown[] } }>;

/**
 * How the "every vendor" tests exercise one vendor's main write on its simulator. Each vendor's
 * test folder exports one as `writeProbe` from `probe.ts`.
 */
export interface WriteProbe {
  /** The simulator route of the write (for `inject` and `callCount`). */
  route: string;
  /** Sends the write for `lead` on the demo tenant; the answer's data has one delivery. */
  send(app: TestApp, lead: ProbeLead): ProbeResult;
  /** Attempts a fault gets: 1 unless the write is retried on that fault. */
  attempts?(fault: string): number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every registered vendor that writes, with its probe. A writer without `probe.ts` is an error
 * here, never a vendor the "every vendor" tests silently skip.
 */
export async function writeProbes(): Promise<{ adapter: VendorAdapter; probe: WriteProbe }[]> {
  const writers = vendors.filter((a: VendorAdapter) => a.leadWriter || a.eventWriter);
  return Promise.all(
    writers.map(async (adapter: VendorAdapter) => {
      const file = path.join(here, "..", "vendors", adapter.id, "probe.ts");
      if (!existsSync(file))
        throw new Error(`${adapter.id} writes but has no test/vendors/${adapter.id}/probe.ts (see test/helpers/probes.ts)`);
      const { writeProbe } = (await import(file)) as { writeProbe: WriteProbe };
      return { adapter, probe: writeProbe };
    }),
  );
}

export const CREATE_LEAD = `mutation($input: LeadInput!, $targets: [Vendor!]) {
  createLead(input: $input, targets: $targets) {
    ok
    deliveries { vendor status message error { code message vendorCode } details fieldErrors { message } }
  }
}`;

/** The probe of a vendor whose write is createLead. */
export function createLeadProbe(vendor: string, route: string, attempts?: (fault: string) => number): WriteProbe {
  return { route, attempts, send: (app, lead) => app.gql(CREATE_LEAD, { input: lead, targets: [vendor] }) };
}
