import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Runs each server under test in its own process so the load generator has its own core. */
const here = path.dirname(fileURLToPath(import.meta.url));

export interface Child {
  url: string;
  banner: string;
  pid: number;
  /** CPU time (user + system) the server process has used so far, in µs, from /proc. */
  cpuUs(): number;
  stop(): Promise<void>;
}

// Linux reports utime/stime in clock ticks; USER_HZ is 100 on every kernel config Node supports here.
const TICK_US = 1_000_000 / Number(process.env.BENCH_CLK_TCK ?? 100);

/** utime + stime of `pid` (fields 14 and 15 of /proc/<pid>/stat, counted after the `)` of the command name). */
export function cpuUsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

export async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<Child> {
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles every server under test
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const proc: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(here, script)], {
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  return {
    url,
    banner: out,
    pid: proc.pid!,
    cpuUs: () => cpuUsOf(proc.pid!),
    async stop() {
      proc.kill("SIGTERM");
      await once(proc, "exit");
    },
  };
}
