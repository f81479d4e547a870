/**
 * Phase timings for the benchmark: with MFA_TRACE=1 in the environment, each mark prints
 * `mfa-trace <ms since process start> <label>` on stderr. Off (and free) otherwise.
 */
import { readdirSync, readFileSync } from "node:fs";

const on = typeof process !== "undefined" && process.env.MFA_TRACE === "1";

export function trace(label: string): void {
  if (on) process.stderr.write(`mfa-trace ${performance.now().toFixed(1)} ${label}\n`);
}

/** CPU time of one thread of this process in ms: schedstat's run time (ns), else stat's utime + stime (ticks). */
function threadCpuMs(tid: string): number {
  try {
    return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are fields 14 and 15.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  }
}

/**
 * With MFA_TRACE=1 on Linux, prints where the process's CPU time went so far, by thread (ms of user + system
 * time): `mfa-trace <ms> cpu main=<ms> ended=<ms> helpers=<ms>`. `main` is the main thread; `helpers` the
 * threads still running, which at the end of an audit are V8's compiler and garbage-collector threads and
 * libuv's; `ended` the threads that already exited (scan workers): the process total
 * (process.resourceUsage()) less the others. Per-thread times come from /proc/self/task/<tid>/schedstat.
 */
export function traceThreadCpu(): void {
  if (!on || process.platform !== "linux") return;
  try {
    const me = String(process.pid);
    let main = 0;
    let helpers = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      const ms = threadCpuMs(tid);
      if (tid === me) main = ms;
      else helpers += ms;
    }
    const u = process.resourceUsage();
    const total = (u.userCPUTime + u.systemCPUTime) / 1000;
    const ended = Math.max(0, Math.round(total - main - helpers));
    trace(`cpu main=${Math.round(main)} ended=${ended} helpers=${Math.round(helpers)}`);
  } catch {
    // no /proc: nothing to report
  }
}
