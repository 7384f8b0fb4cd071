import { toGlobalId } from "../../../model/ids.js";
import { VENDOR_ID } from "../config.js";
import type { Note, Payment, PendingAction, Proposal } from "../model/records.js";
import type { ClientTetherHistoryNote, ClientTetherPayment, ClientTetherPendingAction, ClientTetherProposal } from "../types.js";
import { parseCtDateTime } from "./datetime.js";
import { frozen, str, type MapOptions } from "./values.js";

/** What happened with a client beyond its events: history notes, pending actions, proposals and payments. */

export function toNote(n: ClientTetherHistoryNote, mo: MapOptions): Note {
  return frozen<Note>({
    nativeId: str(n.note_id),
    type: str(n.note_type),
    body: str(n.note_body),
    createdAt: parseCtDateTime(n.note_date, n.note_time, mo.timezone),
    raw: n,
  });
}

export function toPendingAction(a: ClientTetherPendingAction, mo: MapOptions): PendingAction {
  return frozen<PendingAction>({
    nativeId: str(a.action_id),
    actionPlanId: str(a.action_plan_id),
    actionPlanName: str(a.action_plan_name),
    type: str(a.action_type),
    subject: str(a.action_subject),
    dueAt: parseCtDateTime(a.action_date, a.action_time, mo.timezone),
    raw: a,
  });
}

export function toProposal(p: ClientTetherProposal): Proposal {
  const items = Array.isArray(p.line_item_detail) ? p.line_item_detail : [];
  return frozen<Proposal>({
    // read_proposals needs the client: the global id carries it (`clienttether:proposal:<client_id>:<proposal_id>`)
    id: toGlobalId(VENDOR_ID, "proposal", p.client_id ? `${p.client_id}:${p.proposal_id}` : String(p.proposal_id)),
    nativeId: String(p.proposal_id),
    leadId: p.client_id ? toGlobalId(VENDOR_ID, "lead", String(p.client_id)) : null,
    type: str(p.proposal_type),
    number: str(p.proposal_num),
    estimator: str(p.estimator),
    productionManager: str(p.production_manager),
    notes: str(p.proposal_notes),
    workNotes: str(p.work_notes),
    finalPrice: str(p.final_price),
    discount: str(p.discount),
    jobStartDate: str(p.job_start_date),
    jobEndDate: str(p.job_end_date),
    lineItems: items.map((i) => frozen({ description: str(i.Description), price: str(i["Line Price"]), notes: str(i.Notes) })),
    raw: p,
  });
}

export function toPayment(p: ClientTetherPayment): Payment {
  return frozen<Payment>({
    proposalId: str(p.proposal_id),
    proposalNumber: str(p.proposal_number),
    payday: str(p.payday),
    amount: str(p.amount),
    type: str(p.type),
    status: str(p.status),
    createdDate: str(p.created_date),
    raw: p,
  });
}
