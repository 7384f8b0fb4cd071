import type { DeliveryPolicy } from "../../../src/model/delivery.js";
import type { TestApp } from "../../helpers/app.js";
import { waitFor } from "../../helpers/webhook-receiver.js";

/**
 * Every createEvent to Entrata that gets a job id queues a background write-status poll
 * (`propexo.writeStatus`, src/vendors/propexo/write-status-poll.ts), which reads the simulator's
 * write-status route on its own. Tests that count those reads, or reset the simulator between
 * tests, wait for the polls to end first, on a backoff short enough for that to be quick.
 */
export const POLL_OPERATION = "propexo.writeStatus";

/** A tenant `delivery` with a short backoff: a job's poll (PENDING, then final) ends in well under a second. */
export const QUICK_POLLS: DeliveryPolicy = {
  retry: true,
  maxAttempts: 6,
  maxAgeSeconds: 600,
  leaseSeconds: 5,
  backoff: { initialMs: 60, maxMs: 240 },
};

export interface PollDelivery {
  id: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  message: string | null;
  details: Record<string, unknown> | null;
  error: { code: string; vendorCode: string | null } | null;
  history: { outcome: string; error: { code: string } | null }[];
}

const POLLS = `query($filter: DeliveryFilter) {
  deliveries(filter: $filter, first: 100) {
    edges { node { id status attempts nextAttemptAt message details error { code vendorCode } history { outcome error { code } } } }
  }
}`;

type Gql = TestApp["gql"];

/** This tenant's write-status polls, newest first. */
export async function polls(gql: Gql): Promise<PollDelivery[]> {
  const res = await gql(POLLS, { filter: { operation: POLL_OPERATION } });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.deliveries.edges.map((e: { node: PollDelivery }) => e.node);
}

/** Until no write-status poll of this tenant is QUEUED or RETRYING. */
export async function pollsSettled(gql: Gql, timeoutMs = 8000): Promise<PollDelivery[]> {
  let all: PollDelivery[] = [];
  const open = (d: PollDelivery) => d.status === "QUEUED" || d.status === "RETRYING";
  await waitFor(async () => !(all = await polls(gql)).some(open), timeoutMs, "write-status polls settled");
  return all;
}
