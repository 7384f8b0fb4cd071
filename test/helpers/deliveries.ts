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
