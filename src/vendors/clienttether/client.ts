import type { Method } from "got";
import type { VendorCallContext } from "../types.js";
import type { RetryPolicy } from "../../lib/http.js";
import { VendorError, badInput } from "../../lib/errors.js";
import { VENDOR_ID, type ClientTetherConfig } from "./config.js";
import { classify, httpError, outcomeError, type ClientTetherOutcome } from "./errors.js";
import type {
  ClientTetherAccount,
  ClientTetherActionPlan,
  ClientTetherClient,
  ClientTetherClientParams,
  ClientTetherClientRef,
  ClientTetherEnvelope,
  ClientTetherEvent,
  ClientTetherHistoryNote,
  ClientTetherLeadSource,
  ClientTetherPayment,
  ClientTetherPendingAction,
  ClientTetherProposal,
  ClientTetherSalesCycle,
  ClientTetherTag,
  ClientTetherUser,
} from "./types.js";

/** "limit: Limits the number of records to be returned. Default is 100, Max is 100". */
export const CT_PAGE_SIZE = 100;

/** Reads are safe to repeat; creates never are (create_client inserts duplicates). */
const READ_RETRY: RetryPolicy = { kind: "safe", limit: 1, baseDelayMs: 50 };
const NO_RETRY: RetryPolicy = { kind: "none" };

export interface ClientTetherAnswer {
  outcome: ClientTetherOutcome;
  body: ClientTetherEnvelope;
}

type Params = Record<string, string | number>;

/** Vendor-side field-name → unified path maps, per operation family (for validation answers). */
export type FieldPaths = { paths?: Record<string, string>; extraPrefix?: string };

/**
 * The ClientTether wire (clienttether-api-v2.txt). Every request carries `X-Access-Token` and
 * `X-Web-Key` (the doc's "X-Access_Token" is a typo, vendor-notes.md); GETs use either the query
 * string or the `/{request}/{id}` form; POST parameters go as a JSON body (vendor-notes.md: the
 * live server is seen taking query string and JSON); DELETE parameters go in the query string.
 * Business outcomes come back as result codes with HTTP 200: they are parsed here into
 * `ClientTetherOutcome`s; HTTP errors and non-JSON bodies become VendorErrors.
 */
export class ClientTetherApi {
  constructor(private readonly ctx: VendorCallContext<ClientTetherConfig>) {}

  /** One request. Throws VendorError for HTTP failures; returns the parsed outcome otherwise. */
  async send(
    operation: string,
    method: Method,
    opts: { pathId?: string; query?: Params; json?: Params | Record<string, unknown> } = {},
  ): Promise<ClientTetherAnswer> {
    const { baseUrl, accessToken, webKey } = this.ctx.config;
    const url = `${baseUrl}/${operation}${opts.pathId !== undefined ? `/${encodeURIComponent(opts.pathId)}` : ""}`;
    const res = await this.ctx.http.request(this.ctx.upstream, {
      vendor: VENDOR_ID,
      operation,
      method,
      url,
      searchParams: opts.query && Object.keys(opts.query).length ? opts.query : undefined,
      headers: { "X-Access-Token": accessToken, "X-Web-Key": webKey, accept: "application/json" },
      json: opts.json,
      retry: method === "GET" ? READ_RETRY : NO_RETRY,
    });
    if (res.status < 200 || res.status >= 300) {
      this.ctx.logger.warn({ vendor: VENDOR_ID, operation, status: res.status, body: res.text }, "clienttether http error");
      throw httpError(res.status, operation, res.headers);
    }
    if (!res.json || typeof res.json !== "object" || Array.isArray(res.json)) {
      this.ctx.logger.warn({ vendor: VENDOR_ID, operation, body: res.text }, "clienttether answered without JSON");
      const message = `ClientTether answered ${operation} with a body that is not JSON`;
      throw new VendorError("UPSTREAM_ERROR", VENDOR_ID, message, { vendorCode: "BAD_BODY" });
    }
    const body = res.json as ClientTetherEnvelope;
    const outcome = classify(body);
    if (outcome.kind !== "ok" && outcome.kind !== "not_found") {
      this.ctx.logger.info({ vendor: VENDOR_ID, operation, outcome }, "clienttether refused");
    }
    return { outcome, body };
  }

  /** Ok → the envelope; anything else → the typed error. */
  private async write(
    operation: string,
    method: Method,
    params: Params | Record<string, unknown>,
    fp: FieldPaths = {},
  ): Promise<ClientTetherEnvelope> {
    const ans = await this.send(operation, method, method === "DELETE" ? { query: params as Params } : { json: params });
    if (ans.outcome.kind !== "ok") throw outcomeError(ans.outcome, operation, fp.paths, fp.extraPrefix);
    return ans.body;
  }

  /** A read: not found → null; other failures throw. */
  private async read(operation: string, opts: { pathId?: string; query?: Params }): Promise<ClientTetherEnvelope | null> {
    const ans = await this.send(operation, "GET", opts);
    if (ans.outcome.kind === "not_found") return null;
    if (ans.outcome.kind !== "ok") throw outcomeError(ans.outcome, operation, undefined, "args");
    return ans.body;
  }

  private async readList<T>(operation: string, query: Params = {}): Promise<T[]> {
    const body = await this.read(operation, { query });
    return body ? dataArray<T>(body) : [];
  }

  // ───────────────────────────── Create (POST) ─────────────────────────────

  // clienttether-api-v2.txt: POST create_client — "Requires firstName, lastName"; answers
  // {"ResultCode":"CT_200","Message":"Success","TotalRecord":1,"data":[{"client_id":"8475832","external_id":"1234"}]}.
  // "create_client will insert the record as provided regardless of duplicate nature."
  async createClient(params: ClientTetherClientParams, fp?: FieldPaths): Promise<ClientTetherClientRef> {
    const body = await this.write("create_client", "POST", params, fp);
    const ref = dataArray<ClientTetherClientRef>(body)[0];
    if (!ref?.client_id) {
      const message = "ClientTether create_client answered Success without a client_id";
      throw new VendorError("UPSTREAM_ERROR", VENDOR_ID, message, { vendorCode: "CT200" });
    }
    return { client_id: String(ref.client_id), external_id: ref.external_id ?? null };
  }

  // clienttether-api-v2.txt: POST create_manual_email — "Requires: client_id, email_subject, email_body"
  async createManualEmail(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_manual_email", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_manual_text — "Requires: client_id, text_body"
  async createManualText(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_manual_text", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_client_history_note — "Requires: client_id, note_body"
  async createClientHistoryNote(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_client_history_note", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_client_event — "Requires: client_id, event_type, event_date,
  // event_time, event_note and user_id (for Appointment type)"
  async createClientEvent(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_client_event", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_tag — "Requires: tag_value"
  async createTag(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_tag", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_lead_source — "Requires: lead_source_name"; generates a web_key
  async createLeadSource(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_lead_source", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_user — "Requires: all parameters except: user_id"
  async createUser(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_user", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_action_plan — "Requires: action_plan_name, action_plan_type"
  async createActionPlan(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_action_plan", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_sales_cycle — "Requires: sales_cycle_name, sales_cycle_active_status, sales_cycle_order"
  async createSalesCycle(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_sales_cycle", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST create_immed_call — "Requires: agent_phone, client_full_name, client_phone, say"
  async createImmedCall(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("create_immed_call", "POST", params, fp);
  }

  // ───────────────────────────── Read (GET) ─────────────────────────────

  // clienttether-api-v2.txt: GET read_client_exist?phone=3039291447 — "Requires: firstName or lastName or phone or email";
  // not found: {"resultCode":"CT515","Message":"No Record Found","client_id":false,"external_id":"98745"}
  async readClientExist(query: {
    firstName?: string;
    lastName?: string;
    phone?: string;
    email?: string;
  }): Promise<ClientTetherClientRef[]> {
    const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Params;
    if (!Object.keys(q).length) throw badInput("filter", "read_client_exist needs firstName, lastName, phone or email");
    return (await this.readList<ClientTetherClientRef>("read_client_exist", q)).filter((r) => r && r.client_id);
  }

  // clienttether-api-v2.txt: GET read_client_by_id/{client_id} (doc example …/read_client_by_id/1234)
  async readClientById(clientId: string): Promise<ClientTetherClient | null> {
    const body = await this.read("read_client_by_id", { pathId: clientId });
    return (body && dataArray<ClientTetherClient>(body)[0]) || null;
  }

  // clienttether-api-v2.txt: GET read_client_by_external_id?external_id=… — "Requires: external_id"
  async readClientByExternalId(externalId: string): Promise<ClientTetherClient | null> {
    const body = await this.read("read_client_by_external_id", { query: { external_id: externalId } });
    return (body && dataArray<ClientTetherClient>(body)[0]) || null;
  }

  // clienttether-api-v2.txt: GET read_client_list?limit=50&offset=10 — "Max on limit is 100."
  // TotalRecord counts the records of this answer (the doc's examples), not the list: it is not read.
  async readClientList(limit: number, offset: number): Promise<{ clients: ClientTetherClient[] }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > CT_PAGE_SIZE) {
      throw badInput("limit", `must be 1..${CT_PAGE_SIZE} (ClientTether's maximum page size)`);
    }
    if (!Number.isInteger(offset) || offset < 0) throw badInput("offset", "must be 0 or more");
    const body = await this.read("read_client_list", { query: { limit, offset } });
    return { clients: body ? dataArray<ClientTetherClient>(body) : [] };
  }

  // clienttether-api-v2.txt: GET read_client_history_notes?client_id=… — "Requires: client_id"
  async readClientHistoryNotes(clientId: string): Promise<ClientTetherHistoryNote[]> {
    return this.readList("read_client_history_notes", { client_id: clientId });
  }

  // clienttether-api-v2.txt: GET read_action_plan_by_id?action_plan_id=… — "Requires: action_plan_id"
  async readActionPlanById(id: string): Promise<ClientTetherActionPlan | null> {
    return (await this.readList<ClientTetherActionPlan>("read_action_plan_by_id", { action_plan_id: id }))[0] ?? null;
  }

  // clienttether-api-v2.txt: GET read_action_plan_list — "Accepts: action_plan_name treat as like 'string%'";
  // "Action Plan Reads will have a two level JSON Array" (dataArray flattens it).
  async readActionPlanList(name?: string | null): Promise<ClientTetherActionPlan[]> {
    return this.readList("read_action_plan_list", name ? { action_plan_name: name } : {});
  }

  // clienttether-api-v2.txt: GET read_lead_source_list
  async readLeadSourceList(): Promise<ClientTetherLeadSource[]> {
    return this.readList("read_lead_source_list");
  }

  // clienttether-api-v2.txt: GET read_sales_cycle_list
  async readSalesCycleList(): Promise<ClientTetherSalesCycle[]> {
    return this.readList("read_sales_cycle_list");
  }

  // clienttether-api-v2.txt: GET read_user_list — "Reads the whole User list for the account."
  async readUserList(): Promise<ClientTetherUser[]> {
    return this.readList("read_user_list");
  }

  // clienttether-api-v2.txt: GET read_appts_by_user_id?user_id=… — "appointments for 7 days from today's date"
  async readApptsByUserId(userId: string): Promise<ClientTetherEvent[]> {
    return this.readList("read_appts_by_user_id", { user_id: userId });
  }

  // clienttether-api-v2.txt: GET read_tags_list — "The tags assigned to a specific account."
  async readTagsList(): Promise<ClientTetherTag[]> {
    return this.readList("read_tags_list");
  }

  // clienttether-api-v2.txt: GET read_account_list — "must be a Multi-Level Account or an Enterprise Account"
  async readAccountList(): Promise<ClientTetherAccount[]> {
    return this.readList("read_account_list");
  }

  // clienttether-api-v2.txt: GET read_pending_actions?client_id=… — "Requires: client_id or external_id"
  async readPendingActions(by: { client_id: string } | { external_id: string }): Promise<ClientTetherPendingAction[]> {
    return this.readList("read_pending_actions", by);
  }

  // clienttether-api-v2.txt: GET read_proposals?client_id=… — "Requires: client_id" (New 2020/01/15)
  async readProposals(clientId: string): Promise<ClientTetherProposal[]> {
    return this.readList("read_proposals", { client_id: clientId });
  }

  // clienttether-api-v2.txt: GET read_proposal_payments?client_id=…&created_date=yyyy-mm-dd — "Requires: client_id and created_date"
  async readProposalPayments(clientId: string, createdDate: string): Promise<ClientTetherPayment[]> {
    return this.readList("read_proposal_payments", { client_id: clientId, created_date: createdDate });
  }

  // clienttether-api-v2.txt: GET read_all_payments — "Reads all payments Created by a specific Account."
  async readAllPayments(): Promise<ClientTetherPayment[]> {
    return this.readList("read_all_payments");
  }

  // Not in the doc; real integrations call it (vendor-notes.md): GET read_all_events?client_id=…&limit=…&offset=…
  // "Pagination: limit (default and max 100) + offset": one page of at most CT_PAGE_SIZE.
  async readAllEvents(query: { client_id?: string; user_id?: string } = {}, offset = 0): Promise<ClientTetherEvent[]> {
    const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v)) as Params;
    return this.readList("read_all_events", { ...q, limit: CT_PAGE_SIZE, offset });
  }

  /** Every page of read_all_events, read until one comes back short. */
  async readEveryEvent(query: { client_id?: string; user_id?: string } = {}): Promise<ClientTetherEvent[]> {
    const all: ClientTetherEvent[] = [];
    for (let offset = 0; ; offset += CT_PAGE_SIZE) {
      const page = await this.readAllEvents(query, offset);
      all.push(...page);
      if (page.length < CT_PAGE_SIZE) return all;
    }
  }

  // ───────────────────────────── Update (POST) ─────────────────────────────

  // clienttether-api-v2.txt: POST update_client_by_id — "Requires client_id"; "If Action Plan is updated,
  // pending actions will be removed. Returns the single client values in all fields."
  async updateClientById(clientId: string, params: ClientTetherClientParams, fp?: FieldPaths): Promise<ClientTetherClient | null> {
    const body = await this.write("update_client_by_id", "POST", { ...params, client_id: clientId }, fp);
    return dataArray<ClientTetherClient>(body)[0] ?? null;
  }

  // clienttether-api-v2.txt: POST update_client_by_external_id — "Requires external_id"; "Only the field
  // parameters provided will be updated."
  async updateClientByExternalId(
    externalId: string,
    params: ClientTetherClientParams,
    fp?: FieldPaths,
  ): Promise<ClientTetherClient | null> {
    const body = await this.write("update_client_by_external_id", "POST", { ...params, external_id: externalId }, fp);
    return dataArray<ClientTetherClient>(body)[0] ?? null;
  }

  // clienttether-api-v2.txt: POST update_action_plan_by_id — "Requires: action_plan_id"
  async updateActionPlanById(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_action_plan_by_id", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST update_lead_source_by_id — "Requires: lead_source_id, lead_source_name"
  async updateLeadSourceById(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_lead_source_by_id", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST update_sales_cycle_by_id — "Requires: sales_cycle_id"
  async updateSalesCycleById(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_sales_cycle_by_id", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST update_user_by_id — "Requires: user_id"
  async updateUserById(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_user_by_id", "POST", params, fp);
  }

  // clienttether-api-v2.txt: POST update_account_by_id — "Requires: account_id"
  async updateAccountById(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_account_by_id", "POST", params, fp);
  }

  // Not in the doc; real integrations call it (vendor-notes.md): POST update_client_event (event_id + event parameters)
  async updateClientEvent(params: Params, fp?: FieldPaths): Promise<ClientTetherEnvelope> {
    return this.write("update_client_event", "POST", params, fp);
  }

  // ───────────────────────────── Delete (DELETE) ─────────────────────────────

  // clienttether-api-v2.txt: DELETE delete_client_by_id — "Requires client_id"
  async deleteClientById(clientId: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_client_by_id", "DELETE", { client_id: clientId });
  }

  // clienttether-api-v2.txt: DELETE delete_client_by_external_id — "Requires external_id"
  async deleteClientByExternalId(externalId: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_client_by_external_id", "DELETE", { external_id: externalId });
  }

  // clienttether-api-v2.txt: DELETE delete_lead_source_by_id — "Requires: lead_source_id"
  async deleteLeadSourceById(id: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_lead_source_by_id", "DELETE", { lead_source_id: id });
  }

  // clienttether-api-v2.txt: DELETE delete_sales_cycle_by_id — "Requires: sales_cycle_id"
  async deleteSalesCycleById(id: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_sales_cycle_by_id", "DELETE", { sales_cycle_id: id });
  }

  // clienttether-api-v2.txt: DELETE delete_user_by_id — "Requires: user_id"
  async deleteUserById(id: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_user_by_id", "DELETE", { user_id: id });
  }

  // clienttether-api-v2.txt: DELETE delete_account_by_id — "Requires: account_id"
  async deleteAccountById(id: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_account_by_id", "DELETE", { account_id: id });
  }

  // clienttether-api-v2.txt: DELETE delete_client_event — "Requires: event_id"
  async deleteClientEvent(eventId: string): Promise<ClientTetherEnvelope> {
    return this.write("delete_client_event", "DELETE", { event_id: eventId });
  }
}

/**
 * `data` of an answer as a flat array. Reads wrap records in `data: [...]`; action plan and
 * account reads are "a two level JSON Array" (vendor-notes.md: groups of plans), flattened here.
 */
export function dataArray<T>(body: ClientTetherEnvelope): T[] {
  const d = body.data;
  if (d == null) return [];
  const arr = Array.isArray(d) ? d : [d];
  return arr.flatMap((x) => (Array.isArray(x) ? x : [x])).filter((x) => x && typeof x === "object") as T[];
}
