// Loaded with `node --import` into a measured Node child when GNU time is missing: writes the process's peak
// RSS (KiB, as GNU time's %M) and its user and system CPU seconds (as %U %S) to $MFA_BENCH_RSS_FILE when it exits. Only the main thread of the first process
// reports: the variable is removed at once so that processes the child spawns do not overwrite the figure.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const target = isMainThread ? process.env.MFA_BENCH_RSS_FILE : undefined;
if (target) {
  delete process.env.MFA_BENCH_RSS_FILE;
  process.on("exit", () => {
    try {
      const u = process.resourceUsage();
      writeFileSync(target, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
    } catch {
      // nothing to report to
    }
  });
}
