// Seeded pseudo-random numbers for the benchmark generator: the same seed always builds the same tree.
// mulberry32: 32-bit state, fast, good enough for shaping test data (not for anything secret).

/** A small random source with the helpers the generator needs. */
export class Rng {
  /** @param {number} seed */
  constructor(seed) {
    this.state = seed >>> 0;
  }

  /** Uniform 32-bit unsigned integer. */
  u32() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next() {
    return this.u32() / 4294967296;
  }

  /** Integer in [lo, hi] (both inclusive). */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p) {
    return this.next() < p;
  }

  /**
   * One element of a non-empty array.
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * One element chosen by weight: `[[weight, value], ...]`.
   * @template T
   * @param {readonly [number, T][]} weighted
   * @returns {T}
   */
  weighted(weighted) {
    let total = 0;
    for (const [w] of weighted) total += w;
    let x = this.next() * total;
    for (const [w, v] of weighted) {
      x -= w;
      if (x < 0) return v;
    }
    return weighted[weighted.length - 1][1];
  }

  /** A size drawn from a log-uniform distribution in [lo, hi]: many small files, a few big ones. */
  logSize(lo, hi) {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }

  /** A derived, independent generator (for one file), so that files don't depend on each other's length. */
  fork(salt) {
    return new Rng((this.u32() ^ Math.imul(salt >>> 0, 0x9e3779b1)) >>> 0);
  }

  /** `n` pseudo-random bytes (binary payloads, base64 images). */
  bytes(n) {
    const words = new Uint32Array(Math.ceil(n / 4));
    for (let i = 0; i < words.length; i++) words[i] = this.u32();
    return Buffer.from(words.buffer, 0, n);
  }
}
