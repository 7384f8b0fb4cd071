import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./process.js";

/**
 * LeadGraph started the way operators start it: `src/main.ts` in its own process (through swc,
 * like `npm run dev`; `node dist/main.js` runs the same code), with NODE_ENV as given — unset or
 * `production`, never `test`, which would hide Apollo's signal handling. Demo mode: the banner
 * gives the URL, the demo key, the Kartra webhook URL and each simulator's URL.
 */
export interface LeadGraphProcess {
  url: string;
  apiKey: string;
  kartraWebhookUrl: string;
  simulators: Record<string, string>;
  child: ChildProcess;
  /** Exit code (null: ended by a signal). */
  exited: Promise<number | null>;
  stdout: string[];
  stderr: string[];
  alive(): boolean;
  stop(): Promise<number | null>;
}

export function startLeadGraph(env: Record<string, string>, nodeEnv: "production" | undefined): Promise<LeadGraphProcess> {
  const base = { ...process.env };
  delete base.NODE_ENV;
  delete base.VITEST; // nothing in the child should think it runs under a test runner
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/main.ts"], {
    cwd: ROOT,
    env: { ...base, PORT: "0", LOG_LEVEL: "warn", ...(nodeEnv ? { NODE_ENV: nodeEnv, LEADGRAPH_DEMO: "1" } : {}), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.stderr!.on("data", (d) => stderr.push(String(d)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      stdout.push(String(d));
      out += String(d);
      const url = /GraphQL:\s+(\S+)\/graphql/.exec(out)?.[1];
      const key = /API key: (\S+)/.exec(out)?.[1];
      const kartra = /Kartra webhook: (\S+)/.exec(out)?.[1];
      if (!url || !key || !kartra || !/simulator \w+: \S+\n\n/.test(out)) return;
      const simulators = Object.fromEntries([...out.matchAll(/simulator (\w+): (\S+)/g)].map((m) => [m[1]!, m[2]!]));
      resolve({
        url,
        apiKey: key,
        kartraWebhookUrl: kartra,
        simulators,
        child,
        exited,
        stdout,
        stderr,
        alive: () => child.exitCode === null && child.signalCode === null,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          const t = setTimeout(() => child.kill("SIGKILL"), 20_000);
          const code = await exited;
          clearTimeout(t);
          return code;
        },
      });
    });
    void exited.then((code) => reject(new Error(`leadgraph exited (${code}) before its banner: ${stderr.join("").slice(0, 3000)}`)));
  });
}
