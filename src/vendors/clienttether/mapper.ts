/**
 * Pure, total mappings between ClientTether's wire records and the unified model (and
 * ClientTether's own records), and the doc's field rules checked before anything is sent.
 */
export * from "./mapper/values.js";
export * from "./mapper/datetime.js";
export * from "./mapper/field-rules.js";
export * from "./mapper/from-lead-input.js";
export * from "./mapper/to-lead.js";
export * from "./mapper/event.js";
export * from "./mapper/reference.js";
export * from "./mapper/activity.js";
