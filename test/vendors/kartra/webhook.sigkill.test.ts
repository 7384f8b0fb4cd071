import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { postKartraWebhook, sampleCalendarComplete } from "../../../src/vendors/kartra/simulator.js";
import { burst, startServer, type Server } from "../../helpers/process.js";

/**
 * The Kartra inbox promises that a 2xx means the delivery is committed (Kartra stops retrying
 * once it gets one). Only a real process killed with SIGKILL tests that promise: nothing after
 * the kill runs, so whatever was acknowledged but only buffered would be gone on restart.
 */
const SECRET = "lifecycle-kartra-secret-5d1e9a7c";
const API_KEY = "lg_test_kartra_lifecycle_3c8f";
const TOTAL = 1000;
const IN_FLIGHT = 50;
const KILL_AFTER = 400;
const SUBSCRIPTION_BASE = 700_000;

// Serialised once so a retry is byte-for-byte the delivery Kartra first sent. Ten completions
// per lead, so the per-lead upsert in the same transaction is contended too.
const bodies = Array.from({ length: TOTAL }, (_, i) =>
  JSON.stringify(
    sampleCalendarComplete({
      subscriptionId: SUBSCRIPTION_BASE + i,
      leadId: 80_000 + Math.floor(i / 10),
      email: `lifecycle-${Math.floor(i / 10)}@example.com`,
    }),
  ),
);

interface Answer {
  status: number;
  seq?: number;
  duplicate?: boolean;
}

async function deliver(server: Server, i: number): Promise<Answer> {
  const { status, body } = await postKartraWebhook(`${server.url}/webhooks/kartra/${SECRET}`, bodies[i]);
  const b = body as { id?: string; duplicate?: boolean };
  const m = /^kartra:webhook:(\d+)$/.exec(b.id ?? "");
  return { status, seq: m ? Number(m[1]) : undefined, duplicate: b.duplicate };
}

const acknowledged = (a: Answer) => a.status >= 200 && a.status < 300 && a.seq !== undefined;

const PAGE = `query Page($after: String) {
  calendarCompletions(first: 500, after: $after) {
    edges { node { id calendar { nativeId } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every stored completion as [delivery index, sequence], read through the public API. */
async function stored(server: Server): Promise<[number, number][]> {
  const rows: [number, number][] = [];
  let after: string | null = null;
  for (;;) {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ query: PAGE, variables: { after } }),
    });
    const json = (await res.json()) as {
      data?: {
        calendarCompletions: {
          edges: { node: { id: string; calendar: { nativeId: string } } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      errors?: unknown[];
    };
    expect(json.errors).toBeUndefined();
    const conn = json.data!.calendarCompletions;
    for (const { node } of conn.edges)
      rows.push([Number(node.calendar.nativeId) - SUBSCRIPTION_BASE, Number(/^kartra:completion:(\d+)$/.exec(node.id)![1])]);
    if (!conn.pageInfo.hasNextPage) return rows;
    after = conn.pageInfo.endCursor;
  }
}

function duplicatesIn(rows: [number, number][]): number[] {
  const seen = new Set<number>();
  return rows.filter(([i]) => seen.has(i) || !seen.add(i)).map(([i]) => i);
}

describe("Kartra inbox over a spawned server process", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "leadgraph-kartra-lifecycle-"));
  const env = { LEADGRAPH_DATA_DIR: dataDir, KARTRA_SECRET: SECRET, API_KEY };
  let server: Server | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const title =
    "SIGKILL during a burst of 1,000 webhooks: every acknowledged delivery is stored once, " +
    "and Kartra's retries add exactly the missing ones";
  it(title, { timeout: 180_000 }, async () => {
    server = await startServer("test/fixtures/kartra-server.ts", env);
    const first = server;
    const acked = new Map<number, number>();
    // A live server has no reason to refuse these: anything but 2xx before the kill is a bug,
    // not an effect of the kill (a killed process sends no status at all).
    const refused: [number, number][] = [];
    await burst(
      TOTAL,
      IN_FLIGHT,
      (i) => deliver(first, i),
      (i, a) => {
        if (!acknowledged(a)) return void refused.push([i, a.status]);
        expect(a.duplicate, `delivery ${i} is new`).toBe(false);
        acked.set(i, a.seq!);
        if (acked.size === KILL_AFTER) first.child.kill("SIGKILL");
      },
    );
    expect(await first.exited).toBeNull(); // ended by the signal, not by exiting
    expect(refused).toEqual([]);
    // The kill must land mid-burst, or the test proves nothing about it.
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acked.size).toBeLessThan(TOTAL);

    server = await startServer("test/fixtures/kartra-server.ts", env);
    const second = server;
    const afterKill = await stored(second);
    expect(duplicatesIn(afterKill)).toEqual([]);
    expect(afterKill.filter(([i]) => !(i >= 0 && i < TOTAL))).toEqual([]);
    const seqAfterKill = new Map(afterKill);
    const lost = [...acked].filter(([i, seq]) => seqAfterKill.get(i) !== seq).map(([i]) => i);
    expect(lost).toEqual([]);
    // Committed without an acknowledgement the client saw: at most the one request each
    // connection had in flight at the kill. More would mean rows from nowhere.
    expect(afterKill.length - acked.size).toBeLessThanOrEqual(IN_FLIGHT);

    // Kartra retries whatever got no 2xx — including deliveries that did commit before the
    // kill — and, through its own timeouts, sometimes one that did get a 2xx.
    const retried = [
      ...Array.from({ length: TOTAL }, (_, i) => i).filter((i) => !acked.has(i)),
      ...[...acked.keys()].filter((_, n) => n % 20 === 0),
    ];
    const answers = new Map<number, Answer>();
    await burst(
      retried.length,
      IN_FLIGHT,
      (n) => deliver(second, retried[n]!),
      (n, a) => void answers.set(retried[n]!, a),
    );
    const wrong = retried.flatMap((i) => {
      const a = answers.get(i);
      const before = seqAfterKill.get(i);
      const ok = a && acknowledged(a) && (before === undefined ? a.duplicate === false : a.duplicate === true && a.seq === before);
      return ok ? [] : [{ i, before, answer: a }];
    });
    expect(wrong).toEqual([]);

    const final = await stored(second);
    expect(final).toHaveLength(TOTAL);
    expect(duplicatesIn(final)).toEqual([]);
    const seqFinal = new Map(final);
    expect([...acked].filter(([i, seq]) => seqFinal.get(i) !== seq).map(([i]) => i)).toEqual([]);
  });
});
