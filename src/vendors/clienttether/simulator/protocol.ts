import type { SimReply, SimRequest } from "../../../simulators/harness.js";

/** How the fake speaks: the doc's answer envelopes, and what one of its operations is. */

/** A request's parameters, from the query string, the path and the body alike. */
export type Params = Record<string, string>;

/** One ClientTether request (`/v2/api/<name>`); `byPath` also serves `/v2/api/<name>/<id>`. */
export interface Operation {
  name: string;
  method: "GET" | "POST" | "DELETE";
  byPath?: true;
  handle(p: Params): SimReply | Promise<SimReply>;
}

export const ok = (data?: unknown[], extra: Record<string, unknown> = {}): SimReply => ({
  body: { ResultCode: "CT_200", Message: "Success", ...(data ? { TotalRecord: data.length, data } : {}), ...extra },
});
/** Update/Delete answers as the doc writes them: `{"resultCode":"CT200","Message":"Success"}`. */
export const okLower = (data?: unknown[]): SimReply => ({ body: { resultCode: "CT200", Message: "Success", ...(data ? { data } : {}) } });
export const code = (c: string, message: string, extra: Record<string, unknown> = {}): SimReply => ({
  body: { resultCode: c, Message: message, ...extra },
});
export const notFound = (extra: Record<string, unknown> = {}) => code("CT515", "No Record Found", extra);
export const missing = () => code("CT501", "Missing Required Key:Value Pair(s)");
export const invalid = (key: string) => code(key, "Validation Issue");
export const duplicate = () => code("CT520", "Duplicate Entry");
export const inUse = () => code("CT512", "Can not delete as requested. Parameter is still in use.");

/** Thrown from deep inside a handler to answer at once. */
export class Reject extends Error {
  constructor(readonly reply: SimReply) {
    super("rejected");
  }
}

/** The live server takes parameters from the query string or the body, on any verb (vendor-notes.md). */
export function paramsOf(req: SimRequest): Params {
  const out: Params = {};
  for (const [k, v] of req.query) out[k] = v;
  if (req.body && !Array.isArray(req.body)) {
    for (const [k, v] of Object.entries(req.body)) out[k] = v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  }
  if (req.params.id) out.__path_id = req.params.id;
  return out;
}
