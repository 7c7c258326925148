/**
 * A tiny seeded pseudo-random generator (a 32-bit splitmix-style mixer). Analysis must give the same
 * answer for the same input, so resampling never uses Math.random; the test corpus uses it too.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4294967296;
  }

  /** Integer in [0, k). */
  int(k: number): number {
    return Math.floor(this.next() * k);
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Student t with df degrees of freedom: heavy-tailed noise for the corpus. */
  studentT(df: number): number {
    let chi = 0;
    for (let i = 0; i < df; i++) chi += this.normal() ** 2;
    return this.normal() / Math.sqrt(chi / df);
  }
}
