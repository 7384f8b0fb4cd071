import { badInput } from "../../lib/errors.js";
import { toNanp10 } from "../../lib/phone.js";
import { DeliveryStatus } from "../../model/delivery.js";
import type { Event } from "../../model/event.js";
import { mapOptions, type ClientTetherContext as Ctx } from "./context.js";
import { loadersFor } from "./loaders.js";
import { CT_PAGE_SIZE } from "./client.js";
import { toNote, toPayment, toPendingAction, toProposal } from "./mapper/activity.js";
import { toCtDateTime } from "./mapper/datetime.js";
import { toEvent } from "./mapper/event.js";
import { stripHtml } from "./mapper/field-rules.js";
import type { ImmediateCallInput, SendEmailInput, SendTextInput } from "./model/inputs.js";
import type { Note, Payment, PendingAction, Proposal } from "./model/records.js";
import { done, firstRecord, required, type CTResult } from "./result.js";

/**
 * A client's activity: the lazy Lead fields (read when asked for, one read per client per
 * request) and the messages and calls only ClientTether sends.
 */

export interface EventsPage {
  events: Event[];
  hasNextPage: boolean;
  /** Known once a short read_all_events page has been seen. */
  totalCount: number | null;
}

/**
 * A lead's events from `offset`, at most `limit`, over read_all_events pages of 100. Each page is
 * one load of a per-request loader keyed by client and page, so every window of one lead inside a
 * page (`first: 2` and `first: 5` in one request) costs that page's one read, and a page of 100
 * leads' events is still one batch. After a full page more may exist (hasNextPage), as with leads.
 */
export async function leadEvents(ctx: Ctx, clientId: string, offset = 0, limit = CT_PAGE_SIZE): Promise<EventsPage> {
  const l = loadersFor(ctx);
  const pages = l.perClient("events", (key) => {
    const [id, page] = key.split("@");
    return l.api.readAllEvents({ client_id: id }, Number(page) * CT_PAGE_SIZE);
  });
  const first = Math.floor(offset / CT_PAGE_SIZE);
  const rows = [];
  let totalCount: number | null = null;
  for (let page = first; ; page++) {
    const got = await pages.load(`${clientId}@${page}`);
    rows.push(...got);
    if (got.length < CT_PAGE_SIZE) {
      totalCount = page * CT_PAGE_SIZE + got.length;
      break;
    }
    if ((page + 1) * CT_PAGE_SIZE >= offset + limit) break;
  }
  const from = offset - first * CT_PAGE_SIZE;
  const window = rows.slice(from, from + limit);
  const hasNextPage = rows.length > from + limit || (totalCount == null && rows.length === from + limit);
  const events = window.map((e) => toEvent({ ...e, client_id: e.client_id ?? clientId }, mapOptions(ctx)));
  return { events, hasNextPage, totalCount };
}

export async function leadNotes(ctx: Ctx, clientId: string): Promise<Note[]> {
  const l = loadersFor(ctx);
  return (await l.perClient("notes", (id) => l.api.readClientHistoryNotes(id)).load(clientId)).map((n) => toNote(n, mapOptions(ctx)));
}

export async function leadPendingActions(ctx: Ctx, clientId: string): Promise<PendingAction[]> {
  const l = loadersFor(ctx);
  const rows = await l.perClient("pending", (id) => l.api.readPendingActions({ client_id: id })).load(clientId);
  return rows.map((a) => toPendingAction(a, mapOptions(ctx)));
}

export async function leadProposals(ctx: Ctx, clientId: string): Promise<Proposal[]> {
  const l = loadersFor(ctx);
  const rows = await l.perClient("proposals", (id) => l.api.readProposals(id)).load(clientId);
  return rows.map((p) => toProposal({ ...p, client_id: p.client_id ?? clientId }));
}

/**
 * read_proposal_payments for the client (once per request), narrowed to one proposal.
 * `created_date` "yyyy-mm-dd": from the start.
 */
export async function proposalPayments(ctx: Ctx, clientId: string, proposalId: string, since = "1970-01-01"): Promise<Payment[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) throw badInput("since", "must be yyyy-mm-dd");
  const l = loadersFor(ctx);
  const rows = await l.perClient(`payments:${since}`, (id) => l.api.readProposalPayments(id, since)).load(clientId);
  return rows.filter((p) => !p.proposal_id || String(p.proposal_id) === proposalId).map(toPayment);
}

/** read_all_payments (live; not cached). */
export async function allPayments(ctx: Ctx): Promise<Payment[]> {
  const l = loadersFor(ctx);
  return (await l.limit(() => l.api.readAllPayments())).map(toPayment);
}

export async function addNote(ctx: Ctx, leadId: string, clientId: string, body: string): Promise<CTResult> {
  const note = required(body, "body");
  const paths = { paths: { client_id: "leadId", note_body: "body" } };
  await loadersFor(ctx).api.createClientHistoryNote({ client_id: clientId, note_body: note }, paths);
  return { delivery: done(DeliveryStatus.CREATED, { message: "Added to the client's history notes", details: { leadId } }) };
}

const sent = (sendAt: Date | null | undefined, what: string) =>
  sendAt ? done(DeliveryStatus.SCHEDULED, { message: `${what} scheduled` }) : done(DeliveryStatus.CREATED, { message: `${what} sent` });

const EMAIL_PATHS = {
  paths: {
    client_id: "input.leadId",
    email_subject: "input.subject",
    email_body: "input.body",
    email_cc: "input.cc",
    email_bcc: "input.bcc",
    email_date: "input.sendAt",
    email_time: "input.sendAt",
    exclude_contact: "input.excludeContact",
  },
};

export async function sendEmail(ctx: Ctx, clientId: string, input: SendEmailInput): Promise<CTResult> {
  const params: Record<string, string> = {
    client_id: clientId,
    email_subject: required(stripHtml(input.subject), "input.subject"),
    email_body: required(input.body, "input.body"),
  };
  // "Plain Text String with hard returns. No other formatting accepted HTML or otherwise."
  if (/<[a-z!/][^>]*>/i.test(input.body)) throw badInput("input.body", "ClientTether emails are plain text: remove the HTML");
  if (input.cc?.length) params.email_cc = input.cc.join(",");
  if (input.bcc?.length) params.email_bcc = input.bcc.join(",");
  if (input.excludeContact) {
    if (!input.cc?.length && !input.bcc?.length) {
      throw badInput("input.excludeContact", "with the lead excluded and no cc/bcc nobody would receive it");
    }
    params.exclude_contact = "1";
  }
  if (input.sendAt) {
    const { date, time } = toCtDateTime(input.sendAt, ctx.tenant.timezone);
    params.email_date = date;
    params.email_time = time;
  }
  await loadersFor(ctx).api.createManualEmail(params, EMAIL_PATHS);
  return { delivery: sent(input.sendAt, "Email") };
}

const TEXT_PATHS = { paths: { client_id: "input.leadId", text_body: "input.body", text_date: "input.sendAt", text_time: "input.sendAt" } };

export async function sendText(ctx: Ctx, clientId: string, input: SendTextInput): Promise<CTResult> {
  const params: Record<string, string> = { client_id: clientId, text_body: required(input.body, "input.body") };
  if (input.sendAt) {
    const { date, time } = toCtDateTime(input.sendAt, ctx.tenant.timezone);
    params.text_date = date;
    params.text_time = time;
  }
  await loadersFor(ctx).api.createManualText(params, TEXT_PATHS);
  return { delivery: sent(input.sendAt, "Text") };
}

const CALL_PATHS = {
  paths: { agent_phone: "input.agentPhone", client_full_name: "input.clientFullName", client_phone: "input.clientPhone", say: "input.say" },
};

export async function startImmediateCall(ctx: Ctx, input: ImmediateCallInput): Promise<CTResult> {
  const c = ctx.tenant.defaultCountry;
  // Immediate Call Parameters: agent_phone and client_phone "10 Digits only"
  const params = {
    agent_phone: toNanp10(input.agentPhone, "input.agentPhone", c),
    client_full_name: required(stripHtml(input.clientFullName), "input.clientFullName"),
    client_phone: toNanp10(input.clientPhone, "input.clientPhone", c),
    say: required(stripHtml(input.say), "input.say"),
  };
  const body = await loadersFor(ctx).api.createImmedCall(params, CALL_PATHS);
  const id = firstRecord<{ call_id?: string }>(body)?.call_id;
  const message = "ClientTether is calling the agent";
  return { delivery: done(DeliveryStatus.CREATED, { message, nativeId: id ? String(id) : null }) };
}
