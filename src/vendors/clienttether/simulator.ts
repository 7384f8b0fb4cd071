import { startSimulator, type SimReply, type SimRequest, type SimRoute, type Simulator } from "../../simulators/harness.js";
import type { ClientTetherConfig } from "./config.js";
import { code, paramsOf, Reject, type Operation } from "./simulator/protocol.js";
import { createRoutes } from "./simulator/routes-create.js";
import { deleteRoutes } from "./simulator/routes-delete.js";
import { readRoutes } from "./simulator/routes-read.js";
import { updateRoutes } from "./simulator/routes-update.js";
import { seedDemo } from "./simulator/seed.js";
import { emptyState, SIM_ACCESS_TOKEN, SIM_WEB_KEY, type ClientTetherSimState } from "./simulator/state.js";

/**
 * A stateful ClientTether over real HTTP, honouring clienttether-api-v2.txt:
 * - `X-Access-Token` + `X-Web-Key` on every call; missing or unknown ones "fail at the server
 *   level and not even reach our API" (HTTP 401, no JSON); a well-formed web key that is not
 *   this account's answers CT510 ("CTSCODE does not match").
 * - parameters from the query string, a form body or a JSON body alike (vendor-notes.md);
 *   both GET forms (`read_client_by_id?client_id=1234` and `read_client_by_id/1234`).
 * - result codes as the doc's table; the validation form `{resultCode: "<key>", Message: "Validation Issue"}`
 *   on the first value that does not conform; create_client inserts duplicates; limit/offset
 *   with limit at most 100; an unknown request answers CT404.
 * - seeded demo data (250 clients, so pagination shows) unless started with `seed: false`.
 * CT400/CT500/CT525 have no natural trigger here: tests inject them with `sim.inject(route, {body})`.
 */
export { SIM_ACCESS_TOKEN, SIM_WEB_KEY, holdReads, type ClientTetherSimState } from "./simulator/state.js";
export { DEMO_FIRST_CLIENT_ID, demoClient } from "./simulator/seed.js";

const BASE = "/v2/api";

const states = new WeakMap<Simulator, ClientTetherSimState>();

/** The simulator's state, for tests that need to look inside or arrange a failure for one id. */
export function clientTetherSimState(sim: Simulator): ClientTetherSimState {
  const s = states.get(sim);
  if (!s) throw new Error("not a ClientTether simulator");
  return s;
}

function authorised(req: SimRequest): SimReply | null {
  const token = req.headers["x-access-token"];
  const key = req.headers["x-web-key"];
  // "Without these values being presented in the header of each call, it will fail at the server level and not even reach our API."
  if (token !== SIM_ACCESS_TOKEN || typeof key !== "string" || !key.startsWith("CT_")) {
    return { status: 401, body: "<html><body><h1>401 Unauthorized</h1></body></html>" };
  }
  // a well-formed web key that is not this enterprise's account
  if (key !== SIM_WEB_KEY) return code("CT510", "CTSCODE does not match");
  return null;
}

/** What every operation shares: the credentials check, the unparseable body, and early answers. */
const handled =
  (handle: Operation["handle"]) =>
  async (req: SimRequest): Promise<SimReply> => {
    const denied = authorised(req);
    if (denied) return denied;
    if (req.method === "POST" && req.rawBody && req.body === undefined && !/^\s*$/.test(req.rawBody)) return code("CT400", "Bad Request");
    try {
      return await handle(paramsOf(req));
    } catch (e) {
      if (e instanceof Reject) return e.reply;
      throw e;
    }
  };

/** The route table: every operation at `/v2/api/<name>` (and `/<name>/<id>` where the doc reads by path), then CT404. */
function routesOf(st: ClientTetherSimState): SimRoute[] {
  const operations = [...createRoutes(st), ...readRoutes(st), ...updateRoutes(st), ...deleteRoutes(st)];
  return [
    ...operations.flatMap((op) => {
      const route = { name: op.name, method: op.method, handle: handled(op.handle) };
      const paths = op.byPath ? [`${BASE}/${op.name}`, `${BASE}/${op.name}/:id`] : [`${BASE}/${op.name}`];
      return paths.map((path) => ({ ...route, path }));
    }),
    // "If the request is not recognized by the system" → CT404 Request Not Found
    {
      name: "unknown_request",
      method: ["GET", "POST", "DELETE", "PUT", "PATCH"],
      path: `${BASE}/:op`,
      handle: handled(() => code("CT404", "Request Not Found")),
    },
  ];
}

export async function startClientTetherSimulator(opts: { seed?: boolean; port?: number } = {}): Promise<Simulator> {
  // one state for the simulator's life: a reset empties it in place, so a test's reference stays current
  const st = emptyState();
  const sim = await startSimulator(
    {
      name: "clienttether",
      routes: routesOf(st),
      reset: ({ seed }) => {
        Object.assign(st, emptyState());
        if (seed) seedDemo(st);
      },
    },
    opts,
  );
  states.set(sim, st);
  return sim;
}

export function clientTetherDemoConfig(sim: Simulator): ClientTetherConfig {
  return {
    baseUrl: `${sim.url}${BASE}`,
    accessToken: SIM_ACCESS_TOKEN,
    webKey: SIM_WEB_KEY,
    concurrency: 8,
    ttlSeconds: { lead: 60, reference: 600 },
  };
}
