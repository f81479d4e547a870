// Loaded with `node --import` into a measured Node child when GNU time is missing: writes the process's peak
// RSS (KiB, as GNU time's %M) to $MFA_BENCH_RSS_FILE when it exits. Only the main thread of the first process
// reports: the variable is removed at once so that processes the child spawns do not overwrite the figure.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const target = isMainThread ? process.env.MFA_BENCH_RSS_FILE : undefined;
if (target) {
  delete process.env.MFA_BENCH_RSS_FILE;
  process.on("exit", () => {
    try {
      writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // nothing to report to
    }
  });
}
