import { badInput } from "../../lib/errors.js";
import { leadProposals } from "./activity.js";
import { mapOptions, type ClientTetherContext as Ctx } from "./context.js";
import { loadersFor } from "./loaders.js";
import { toEvent } from "./mapper/event.js";
import { accounts, actionPlan, leadSources, salesCycles, users } from "./reference-data.js";

/** `node(id:)` for ClientTether's objects other than leads: ClientTether reads most of them only as whole lists. */
export async function resolveNode(ctx: Ctx, type: string, nativeId: string): Promise<unknown | null> {
  const find = <T extends { nativeId: string | null }>(xs: T[]) => xs.find((x) => x.nativeId === nativeId) ?? null;
  switch (type) {
    case "lead_source":
      return find(await leadSources(ctx));
    case "action_plan":
      return actionPlan(ctx, nativeId);
    case "sales_cycle":
      return find(await salesCycles(ctx));
    case "user":
      return find(await users(ctx));
    case "account":
      return find(await accounts(ctx));
    case "event": {
      const l = loadersFor(ctx);
      const e = (await l.limit(() => l.api.readEveryEvent())).find((x) => String(x.event_id) === nativeId);
      return e ? toEvent(e, mapOptions(ctx)) : null;
    }
    case "proposal": {
      const [clientId, proposalId] = nativeId.split(":");
      if (!clientId || !proposalId || !/^\d+$/.test(clientId)) {
        throw badInput("id", "a ClientTether proposal id is clienttether:proposal:<client_id>:<proposal_id>");
      }
      return (await leadProposals(ctx, clientId)).find((p) => p.nativeId === proposalId) ?? null;
    }
    default:
      throw badInput("id", `clienttether has no objects of type "${type}"`);
  }
}
