/** Command-line reading and a seeded random source shared by the benchmarks, so two runs measure the same data. */

/** `--name value` or `--name=value`. */
export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  if (i >= 0) return process.argv[i + 1]
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
}

/** `--sizes 10k,100_000`: sizes with `k` for thousands and `_` as a digit separator. */
export const sizesArgument = (fallback: string): number[] =>
  (argument('sizes') ?? fallback).split(',').map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))))

/** Deterministic (mulberry32), so two runs index the same archive. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
