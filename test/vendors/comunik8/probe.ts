import { createLeadProbe } from "../../helpers/probes.js";

export const writeProbe = createLeadProbe("COMUNIK8", "lead_add");
