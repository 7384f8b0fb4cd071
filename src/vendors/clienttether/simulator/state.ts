import type {
  ClientTetherAccount,
  ClientTetherActionPlan,
  ClientTetherClient,
  ClientTetherEvent,
  ClientTetherHistoryNote,
  ClientTetherLeadSource,
  ClientTetherPayment,
  ClientTetherPendingAction,
  ClientTetherProposal,
  ClientTetherSalesCycle,
  ClientTetherUser,
} from "../types.js";

export const SIM_ACCESS_TOKEN = "sim-access-token-3f1c";
export const SIM_WEB_KEY = "CT_sim0000000000000000000000000001";

export interface ClientTetherSimState {
  clients: Map<string, ClientTetherClient>;
  leadSources: Map<string, ClientTetherLeadSource>;
  actionPlans: Map<string, ClientTetherActionPlan>;
  salesCycles: Map<string, ClientTetherSalesCycle>;
  users: Map<string, ClientTetherUser & { user_password?: string }>;
  tags: { tag_id: string; tag_value: string }[];
  accounts: Map<string, ClientTetherAccount>;
  events: Map<string, ClientTetherEvent>;
  notes: ClientTetherHistoryNote[];
  pending: ClientTetherPendingAction[];
  proposals: ClientTetherProposal[];
  payments: ClientTetherPayment[];
  /** Test hook: reads of these client ids answer HTTP 500 (a failing upstream read for one key). */
  failingIds: Set<string>;
  /**
   * Test hook: while `hold` is set, read_client_by_id answers wait until the test calls
   * `release()`; `inFlight` / `maxInFlight` count reads being held (to observe client concurrency).
   */
  hold: { inFlight: number; maxInFlight: number; waiters: (() => void)[]; release(n?: number): void } | null;
  seq: number;
}

export function emptyState(): ClientTetherSimState {
  return {
    clients: new Map(),
    leadSources: new Map(),
    actionPlans: new Map(),
    salesCycles: new Map(),
    users: new Map(),
    tags: [],
    accounts: new Map(),
    events: new Map(),
    notes: [],
    pending: [],
    proposals: [],
    payments: [],
    failingIds: new Set(),
    hold: null,
    seq: 0,
  };
}

/** Ids count up from a per-kind base, so each kind's ids look like ClientTether's. */
export const nextId = (st: ClientTetherSimState, base: number): string => String(base + ++st.seq);

/** Starts holding read_client_by_id answers (see `ClientTetherSimState.hold`). */
export function holdReads(state: ClientTetherSimState): NonNullable<ClientTetherSimState["hold"]> {
  const hold: NonNullable<ClientTetherSimState["hold"]> = {
    inFlight: 0,
    maxInFlight: 0,
    waiters: [],
    release(n = Infinity) {
      for (let i = 0; i < n && hold.waiters.length; i++) hold.waiters.shift()!();
    },
  };
  state.hold = hold;
  return hold;
}
