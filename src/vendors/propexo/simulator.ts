import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { z } from "zod";
import { startSimulator, type SimReply, type SimRequest, type Simulator } from "../../simulators/harness.js";
import type { PropexoConfig } from "./config.js";
import { PROPEXO_CALL_STATUSES, type PropexoWriteStatusValue } from "./types.js";

/**
 * A stateful fake of Propexo's Entrata applicant-event write and write-status check, over real
 * HTTP, honouring propexo-entrata-create-applicant-event.txt and vendor-notes.md (Propexo):
 * - bearer token (401), token ↔ integration (403);
 * - body validated with Zod, answered as Propexo does: 400 {"error":{"code":"invalid_request",
 *   "message","details": <ZodError>}}; unknown fields are a 400 unless ?ignore_unknown_fields=true;
 *   call event types need the call_* group, outgoing email types need email_from; datetimes
 *   must be Mountain Time ("Entrata expects all times to be in Mountain Time");
 * - writes are asynchronous: 200 {meta:{job_id}, result}; GET /v1/admin/write-status/{job_id}
 *   answers PENDING on the first read, then SUCCESS, or FAILURE when Entrata would refuse the
 *   write (unknown applicant; email_to not the lead's primary email address, as the doc says);
 * - 150 requests/minute per token, then 429, with x-ratelimit-* headers on every answer.
 */

export const PROPEXO_SIM_TOKEN = "propexo_sim_tok_7c1e9b4d20";
export const PROPEXO_SIM_INTEGRATION_ID = "int_entrata_demo_01";
/** A second integration that exists but is not the demo token's (→ 403). */
export const PROPEXO_SIM_FOREIGN_INTEGRATION_ID = "int_entrata_other_99";

/** Propexo event type ids the simulator supports, by kind. */
export const PROPEXO_SIM_EVENT_TYPES = {
  call: "evt_type_entrata_call",
  emailOutgoing: "evt_type_entrata_email_out",
  emailIncoming: "evt_type_entrata_email_in",
  appointment: "evt_type_entrata_appointment",
  note: "evt_type_entrata_note",
} as const;
type EventKind = keyof typeof PROPEXO_SIM_EVENT_TYPES;
const KIND_BY_TYPE_ID = new Map<string, EventKind>(Object.entries(PROPEXO_SIM_EVENT_TYPES).map(([k, v]) => [v, k as EventKind]));

export interface PropexoSimApplicant {
  id: string;
  applicationId: string;
  firstName: string;
  lastName: string;
  /** The lead's primary email address: `email_to` must equal it. */
  email: string;
}

/** Seeded demo applicants. */
export const PROPEXO_SIM_APPLICANTS: readonly PropexoSimApplicant[] = [
  { id: "cm0applicant0001jane", applicationId: "cm0application01jane", firstName: "Jane", lastName: "Doe", email: "jane.doe@example.com" },
  { id: "cm0applicant0002sam", applicationId: "cm0application02sam", firstName: "Sam", lastName: "Lee", email: "sam.lee@example.com" },
];

export const PROPEXO_RATE_LIMIT = 150;
const WINDOW_MS = 60_000;

export interface PropexoSimJob {
  jobId: string;
  integrationId: string;
  body: Record<string, unknown>;
  outcome: PropexoWriteStatusValue;
  errors: string[];
  reads: number;
}

export interface PropexoSimulator extends Simulator {
  jobs(): PropexoSimJob[];
  /** Events Entrata "holds" per applicant once their job has settled as SUCCESS. */
  events(applicantId: string): Record<string, unknown>[];
  /** Requests this token has left in the current minute. */
  remaining(token?: string): number;
}

const MOUNTAIN = "America/Denver";

function isMountainTime(s: string): boolean {
  const d = DateTime.fromISO(s, { setZone: true });
  return d.isValid && d.offset === d.setZone(MOUNTAIN).offset;
}

const mountainDateTime = z
  .string()
  .datetime({ offset: true, message: "Invalid datetime: expected ISO 8601 with an offset, e.g. 2024-01-15T09:30:00-07:00" })
  .refine(isMountainTime, { message: "Must be in Mountain Time (UTC-7:00 or UTC-6:00 depending on daylight savings)" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, "Invalid time: expected HH:mm:ss, e.g. 09:30:00");

const fields = {
  integration_id: z.string().min(1),
  applicant_id: z.string().min(1),
  application_id: z.string().min(1).optional(),
  event_type_id: z.string().min(1),
  event_datetime: mountainDateTime,
  event_result_id: z.string().optional(),
  event_sub_type_id: z.string().optional(),
  employee_id: z.string().optional(),
  unit_id: z.string().optional(),
  reasons_for_event: z.string().optional(),
  notes: z.string().max(256).optional(),
  appointment_datetime: mountainDateTime.optional(),
  time_from: time.optional(),
  time_to: time.optional(),
  title: z.string().optional(),
  call_phone_number_from: z.string().min(1).optional(),
  call_phone_number_to: z.string().min(1).optional(),
  call_status: z.enum(PROPEXO_CALL_STATUSES).optional(),
  call_duration: z.number().int().min(0).max(86_400).optional(),
  call_audio_link: z.string().url().optional(),
  email_body: z.string().optional(),
  email_subject: z.string().optional(),
  email_from: z.string().email().optional(),
  email_to: z.string().email().optional(),
  email_cc: z.string().email().optional(),
  email_bcc: z.string().email().optional(),
  email_send: z.boolean().optional(),
};

type Body = z.infer<z.ZodObject<typeof fields>>;

function refineByKind(body: Body, ctx: z.RefinementCtx) {
  const kind = KIND_BY_TYPE_ID.get(body.event_type_id);
  if (!kind) {
    // doc: "Not all event types are currently supported."
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["event_type_id"], message: `Event type ${body.event_type_id} is not supported` });
    return;
  }
  if (kind === "call") {
    for (const k of ["call_phone_number_from", "call_phone_number_to", "call_status", "call_duration", "call_audio_link"] as const) {
      if (body[k] === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [k], message: "Required for call event types" });
    }
  }
  if (kind === "emailOutgoing" && body.email_from === undefined) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["email_from"], message: "Required for email outgoing event types" });
  }
}

const strictSchema = z.object(fields).strict().superRefine(refineByKind);
const lenientSchema = z.object(fields).strip().superRefine(refineByKind);

function newJobId(): string {
  // Propexo job ids look like cuids: "cm4ublxhn…"
  return `cm${randomBytes(12).toString("hex").slice(0, 23)}`;
}

function errorReply(status: number, code: string, message: string, details?: unknown, headers?: Record<string, string>): SimReply {
  return { status, headers, body: { error: details === undefined ? { code, message } : { code, message, details } } };
}

export async function startPropexoSimulator(opts: { seed?: boolean; port?: number } = {}): Promise<PropexoSimulator> {
  const tokens = new Map<string, Set<string>>();
  const applicants = new Map<string, PropexoSimApplicant>();
  const jobs = new Map<string, PropexoSimJob>();
  const events = new Map<string, Record<string, unknown>[]>();
  const windows = new Map<string, { start: number; count: number }>();

  const reset = ({ seed }: { seed: boolean }) => {
    tokens.clear();
    applicants.clear();
    jobs.clear();
    events.clear();
    windows.clear();
    tokens.set(PROPEXO_SIM_TOKEN, new Set([PROPEXO_SIM_INTEGRATION_ID]));
    tokens.set("propexo_sim_tok_other", new Set([PROPEXO_SIM_FOREIGN_INTEGRATION_ID]));
    if (seed) for (const a of PROPEXO_SIM_APPLICANTS) applicants.set(a.id, a);
  };

  /** Fixed one-minute window per token. */
  const rateHeaders = (token: string): { headers: Record<string, string>; limited: boolean } => {
    const now = Date.now();
    let w = windows.get(token);
    if (!w || now - w.start >= WINDOW_MS) windows.set(token, (w = { start: now, count: 0 }));
    const limited = w.count >= PROPEXO_RATE_LIMIT;
    if (!limited) w.count += 1;
    const reset = Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
    const headers: Record<string, string> = {
      "x-ratelimit-limit": String(PROPEXO_RATE_LIMIT),
      "x-ratelimit-remaining": String(Math.max(0, PROPEXO_RATE_LIMIT - w.count)),
      "x-ratelimit-reset": String(reset),
    };
    if (limited) headers["retry-after"] = String(reset);
    return { headers, limited };
  };

  /** Bearer check then rate limit; returns the reply to send instead, or the token. */
  const gate = (req: SimRequest): { reply: SimReply } | { token: string; headers: Record<string, string> } => {
    const m = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""));
    const token = m?.[1]?.trim();
    if (!token || !tokens.has(token)) return { reply: errorReply(401, "unauthorized", "Missing or invalid bearer token") };
    const { headers, limited } = rateHeaders(token);
    if (limited)
      return {
        reply: errorReply(
          429,
          "rate_limit_exceeded",
          `Rate limit of ${PROPEXO_RATE_LIMIT} requests per minute exceeded`,
          undefined,
          headers,
        ),
      };
    return { token, headers };
  };

  /** What Entrata makes of an accepted write (decided now, reported after the first status read). */
  const settle = (body: Body): { outcome: PropexoWriteStatusValue; errors: string[] } => {
    const applicant = applicants.get(body.applicant_id);
    if (!applicant) return { outcome: "FAILURE", errors: [`Applicant ${body.applicant_id} was not found in Entrata`] };
    if (body.application_id && body.application_id !== applicant.applicationId) {
      return { outcome: "FAILURE", errors: [`Application ${body.application_id} does not belong to applicant ${body.applicant_id}`] };
    }
    // doc: email_to "If specified, this must be the same email address as the lead's primary email address"
    if (body.email_to && body.email_to.toLowerCase() !== applicant.email.toLowerCase()) {
      return { outcome: "FAILURE", errors: ["email_to must be the same email address as the lead's primary email address"] };
    }
    return { outcome: "SUCCESS", errors: [] };
  };

  const sim = await startSimulator(
    {
      name: "propexo",
      reset,
      routes: [
        {
          // propexo-entrata-create-applicant-event.txt: Create Applicant Event: Entrata (trailing slash required)
          name: "create_applicant_event_entrata",
          method: "POST",
          path: "/v1/events/applicants/entrata/",
          handle(req) {
            const g = gate(req);
            if ("reply" in g) return g.reply;
            if (!req.body || Array.isArray(req.body)) {
              return { ...errorReply(400, "invalid_request", "Request body must be a JSON object"), headers: g.headers };
            }
            const schema = req.query.get("ignore_unknown_fields") === "true" ? lenientSchema : strictSchema;
            const parsed = schema.safeParse(req.body);
            if (!parsed.success) {
              const first = parsed.error.issues[0];
              const message = `Invalid request: ${first?.path.join(".") || "body"}: ${first?.message ?? "invalid"}`;
              return { ...errorReply(400, "invalid_request", message, JSON.parse(JSON.stringify(parsed.error))), headers: g.headers };
            }
            const body = parsed.data;
            if (!tokens.get(g.token)?.has(body.integration_id)) {
              return { ...errorReply(403, "forbidden", "This token cannot access the integration"), headers: g.headers };
            }
            const jobId = newJobId();
            jobs.set(jobId, { jobId, integrationId: body.integration_id, body, reads: 0, ...settle(body) });
            return { status: 200, headers: g.headers, body: { meta: { job_id: jobId }, result: body } };
          },
        },
        {
          // vendor-notes.md (Propexo): GET /v1/admin/write-status/{job_id}
          name: "write_status",
          method: "GET",
          path: "/v1/admin/write-status/:jobId",
          handle(req) {
            const g = gate(req);
            if ("reply" in g) return g.reply;
            const job = jobs.get(req.params.jobId ?? "");
            if (!job || !tokens.get(g.token)?.has(job.integrationId)) {
              return { ...errorReply(404, "not_found", "Write job not found"), headers: g.headers };
            }
            job.reads += 1;
            if (job.reads === 1) return { headers: g.headers, body: { write_status: "PENDING", errors: [], created_record_id: null } };
            if (job.reads === 2 && job.outcome === "SUCCESS") {
              const list = events.get(String(job.body.applicant_id)) ?? [];
              list.push(job.body);
              events.set(String(job.body.applicant_id), list);
            }
            // vendor-notes: "The created record's id cannot be returned (Entrata limitation)".
            return { headers: g.headers, body: { write_status: job.outcome, errors: job.errors, created_record_id: null } };
          },
        },
      ],
    },
    opts,
  );

  return Object.assign(sim, {
    jobs: () => [...jobs.values()],
    events: (applicantId: string) => [...(events.get(applicantId) ?? [])],
    remaining: (token = PROPEXO_SIM_TOKEN) => {
      const w = windows.get(token);
      return !w || Date.now() - w.start >= WINDOW_MS ? PROPEXO_RATE_LIMIT : Math.max(0, PROPEXO_RATE_LIMIT - w.count);
    },
  });
}

export function propexoDemoConfig(sim: Simulator): PropexoConfig {
  return { baseUrl: sim.url, token: PROPEXO_SIM_TOKEN, integrationId: PROPEXO_SIM_INTEGRATION_ID };
}
