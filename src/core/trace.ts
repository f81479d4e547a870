/**
 * Phase timings for the benchmark: with MFA_TRACE=1 in the environment, each mark prints
 * `mfa-trace <ms since process start> <label>` on stderr. Off (and free) otherwise.
 */
const on = typeof process !== "undefined" && process.env.MFA_TRACE === "1";

export function trace(label: string): void {
  if (on) process.stderr.write(`mfa-trace ${performance.now().toFixed(1)} ${label}\n`);
}
