import type { FieldProblem } from "../lib/errors.js";
import type { Capability } from "./capability.js";

/**
 * What a vendor's capability needs of its input, declared once by the adapter: its own
 * pre-flight checks read `requiredFields` from this declaration, `vendors { requirements }` serves
 * it, and the tests derive each rule's check from it, so what is enforced and what is documented
 * cannot drift apart.
 */
export interface FieldRule {
  /** Unified input path the rule applies to (`input.phone`, `options.<vendor id>.type`). */
  field: string;
  description: string;
  /**
   * Arguments that break the rule, merged over a valid request (`{ input: { phone: "+44 20 7946 0958" } }`).
   * Not served; the requirement tests send it and expect the rule's field in the REJECTED delivery.
   */
  violation?: Record<string, unknown>;
}

export interface CapabilityRequirements {
  /** Unified input paths the capability cannot do without (`input.email`). */
  requiredFields: readonly string[];
  rules: readonly FieldRule[];
}

export type RequirementsByCapability = Partial<Record<Capability, CapabilityRequirements>>;

export const NO_REQUIREMENTS: CapabilityRequirements = Object.freeze({ requiredFields: [], rules: [] });

const blank = (v: unknown) => v == null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

/** The value at a unified path (`input.address.state`) of the arguments. */
export function valueAt(args: Record<string, unknown>, path: string): unknown {
  let v: unknown = args;
  for (const part of path.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** Every required field of `req` that `args` leaves empty, with `message(field)` as its problem. */
export function missingRequired(
  req: CapabilityRequirements,
  args: Record<string, unknown>,
  message: (field: string) => string,
): FieldProblem[] {
  return req.requiredFields.filter((f) => blank(valueAt(args, f))).map((field) => ({ field, message: message(field) }));
}
