import { createLeadProbe } from "../../helpers/probes.js";

export const writeProbe = createLeadProbe("CLIENTTETHER", "create_client");
