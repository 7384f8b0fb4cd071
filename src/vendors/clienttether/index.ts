import { defineVendor } from "../types.js";
import { ClientTetherConfigSchema, VENDOR, VENDOR_ID, type ClientTetherConfig } from "./config.js";
import { createEvent, findEvent } from "./events.js";
import { clienttetherGraphQL } from "./graphql/index.js";
import { checkClientId } from "./ids.js";
import { createLead, deleteLeadBy, getLead, listLeads, updateLeadBy, validateLead } from "./leads.js";
import type { ClientTetherLeadOptions } from "./model/inputs.js";
import { CREATE_REQUIREMENTS, UPDATE_REQUIREMENTS } from "./mapper/from-lead-input.js";
import { EVENT_REQUIREMENTS } from "./mapper/event.js";
import { resolveNode } from "./node.js";
import { clientTetherDemoConfig, startClientTetherSimulator } from "./simulator.js";

/** The unified Lead fields ClientTether both reads and writes. */
const LEAD_FIELDS = [
  "externalId", "firstName", "lastName", "email", "phone", "secondaryPhone",
  "company", "jobTitle", "address", "source", "tags", "customFields",
];

/** ClientTether (CRM): leads read and written, events, and its own reference data and activity. */
export const clienttether = defineVendor<typeof VENDOR_ID, typeof VENDOR, ClientTetherConfig, ClientTetherLeadOptions>({
  id: VENDOR_ID,
  name: VENDOR,
  displayName: "ClientTether",
  description: "ClientTether CRM (API v2): leads are its clients; read, write, events, notes and reference data.",
  configSchema: ClientTetherConfigSchema,
  fields: {
    read: [...LEAD_FIELDS, "createdAt", "raw"],
    write: [...LEAD_FIELDS, "extra"],
  },
  leadReader: { getLead, listLeads },
  leadWriter: {
    // read_lead_source_list: a client's lead source is one of the account's, by name
    sourceIsReference: true,
    createLead,
    validateLead,
    updateLead: (ctx, nativeId, input) => updateLeadBy(ctx, { clientId: checkClientId(nativeId) }, input),
    deleteLead: (ctx, nativeId) => deleteLeadBy(ctx, { clientId: checkClientId(nativeId) }),
  },
  eventWriter: { createEvent, findEvent },
  requirements: {
    LEAD_WRITE: CREATE_REQUIREMENTS,
    LEAD_VALIDATE: CREATE_REQUIREMENTS,
    LEAD_UPDATE: UPDATE_REQUIREMENTS,
    EVENT_WRITE: EVENT_REQUIREMENTS,
  },
  resolveNode,
  graphql: clienttetherGraphQL,
  simulator: {
    start: (opts) => startClientTetherSimulator(opts),
    demoConfig: clientTetherDemoConfig,
  },
});
