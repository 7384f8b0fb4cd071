import { expect } from "vitest";

interface DeliveryJson {
  vendor: string;
  status: string;
  message: string | null;
  fieldErrors: { field: string; message: string }[];
  error: { code: string } | null;
}

/**
 * A target's own refusal (issue 14): no top-level error, and that vendor's delivery (the only one
 * when `vendor` is not given) REJECTED with BAD_USER_INPUT and a message. `fields` lists its
 * fieldErrors' unified paths.
 */
export function rejection(
  body: { data?: unknown; errors?: unknown[] },
  mutation: string,
  vendor?: string,
): DeliveryJson & { fields: string[] } {
  expect(body.errors).toBeUndefined();
  const deliveries = (body.data as Record<string, { deliveries: DeliveryJson[] }>)[mutation]!.deliveries;
  const d = vendor ? deliveries.find((x) => x.vendor === vendor) : deliveries[0];
  expect(d).toMatchObject({ status: "REJECTED", error: { code: "BAD_USER_INPUT" } });
  if ("message" in d!) expect(d!.message).toBeTruthy();
  return { ...d!, fields: d!.fieldErrors.map((f) => f.field) };
}

/**
 * Cancels a RETRYING delivery (cancelDelivery), so a suite that checked one request's outcome
 * leaves no background retry to reach the shared simulators during the tests after it.
 */
export async function stopRetrying(
  app: { gql: (q: string, v?: Record<string, unknown>) => Promise<{ body: { data?: unknown; errors?: unknown[] } }> },
  id: string,
): Promise<void> {
  const r = await app.gql(`mutation($id: ID!) { cancelDelivery(id: $id) { status } }`, { id });
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data).toEqual({ cancelDelivery: { status: "CANCELLED" } });
}
