import type { VendorResponse } from "../../lib/http.js";
import type { VendorCallContext } from "../types.js";
import type { Comunik8Config } from "./config.js";
import type { Comunik8AddLeadBody, Comunik8CancelLeadBody } from "./types.js";

/**
 * The Comunik8 wire: two POSTs with a JSON body and the API key in the query string.
 * Returns the raw response; errors.ts decides what it means. Neither call is retried: lead/add
 * is not idempotent (a retry after a lost answer would hit "Another call is already scheduled"
 * or create a second dial), and lead/cancel's second answer would read "not found".
 */
function url(config: Comunik8Config, path: string): string {
  return `${config.baseUrl.replace(/\/+$/, "")}${path}`;
}

// comunik8-leads-api.txt: "Adding Leads" — POST https://{example.com}/lead/add?key={API_KEY}, Content-type: application/json
export function addLead(ctx: VendorCallContext<Comunik8Config>, body: Comunik8AddLeadBody): Promise<VendorResponse> {
  return ctx.http.request(ctx.upstream, {
    vendor: "comunik8",
    operation: body.test ? "lead_add_test" : "lead_add",
    method: "POST",
    url: url(ctx.config, "/lead/add"),
    searchParams: { key: ctx.config.key },
    headers: { "cache-control": "no-cache" },
    json: body,
    retry: { kind: "none" },
  });
}

// comunik8-leads-api.txt: "Removing Leads" — POST https://{example.com}/lead/cancel?key={API_KEY}, body {type, mobile}
export function cancelLead(ctx: VendorCallContext<Comunik8Config>, body: Comunik8CancelLeadBody): Promise<VendorResponse> {
  return ctx.http.request(ctx.upstream, {
    vendor: "comunik8",
    operation: "lead_cancel",
    method: "POST",
    url: url(ctx.config, "/lead/cancel"),
    searchParams: { key: ctx.config.key },
    headers: { "cache-control": "no-cache" },
    json: body,
    retry: { kind: "none" },
  });
}
