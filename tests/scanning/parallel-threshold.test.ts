/** When the scan uses worker threads: the user's --jobs always (from 4 MB), the default only where it pays off. */
import { afterEach, describe, expect, it, vi } from "vitest";

let cores = 2;
vi.mock("node:os", async (importOriginal) => ({ ...(await importOriginal<typeof import("node:os")>()), availableParallelism: () => cores }));

const { eagerWorkers, parallelMinBytes, PARALLEL_MIN_BYTES, TWO_CORE_AUTO_MIN_BYTES, defaultJobs } = await import("../../src/scanning/parallel.js");

afterEach(() => {
  cores = 2;
});

describe("parallel threshold", () => {
  it("on 2 cores, the default thread count starts a worker only for a large tree; --jobs from 4 MB", () => {
    cores = 2;
    expect(defaultJobs()).toBe(2);
    expect(parallelMinBytes(false)).toBe(TWO_CORE_AUTO_MIN_BYTES);
    expect(parallelMinBytes(true)).toBe(PARALLEL_MIN_BYTES);
    expect(eagerWorkers()).toBe(false);
    expect(TWO_CORE_AUTO_MIN_BYTES).toBeGreaterThan(PARALLEL_MIN_BYTES);
  });

  it("with 3 cores or more, the default starts workers ahead of discovery, from 4 MB", () => {
    for (cores of [3, 4, 16]) {
      expect(parallelMinBytes(false)).toBe(PARALLEL_MIN_BYTES);
      expect(eagerWorkers()).toBe(true);
    }
    expect(defaultJobs()).toBe(8);
  });
});
