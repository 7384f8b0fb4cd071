import { registerEnumType } from "type-graphql";
import { vendors, type VendorName } from "../../vendors/registry.js";
import { EventType } from "../../model/event.js";
import { DeliveryStatus } from "../../model/delivery.js";
import { Capability } from "../../model/capability.js";

/** The GraphQL `Vendor` enum: one value per registered vendor, its `name`. */
export type Vendor = VendorName;
export const Vendor = Object.fromEntries(vendors.map((v) => [v.name, v.name])) as { readonly [K in VendorName]: K };
registerEnumType(Vendor, {
  name: "Vendor",
  description: "A vendor LeadGraph speaks to.",
  valuesConfig: Object.fromEntries(
    vendors.flatMap((v) => ("description" in v && v.description ? [[v.name, { description: v.description }]] : [])),
  ),
});

// The model's own objects are registered, so vendor folders can use them in their types unchanged.
registerEnumType(EventType, { name: "EventType" });
registerEnumType(DeliveryStatus, {
  name: "DeliveryStatus",
  description:
    "What one vendor did with a mutation. REJECTED: the vendor refused the data (see fieldErrors). " +
    "FAILED: it could not be done (see error).",
});
registerEnumType(Capability, { name: "Capability" });

export { EventType, DeliveryStatus, Capability };
