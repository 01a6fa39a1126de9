import type fc from 'fast-check';

/**
 * The seed every property test of the `properties-*.test.ts` files runs with: fixed, so that each run checks the
 * same cases (tests are deterministic). On failure fast-check prints the seed and the path of the shrunk
 * counterexample; `FC_SEED=<seed> FC_PATH=<path>` replays exactly that case, `FC_SEED=<n>` alone explores other
 * cases, and `FC_RUNS=<n>` raises the number of runs (a nightly job might use 100000).
 */
export const SEED = Number(process.env.FC_SEED ?? 20_260_101);

/**
 * The parameters of one `fc.assert`: the shared seed, at least `numRuns` runs (more with `FC_RUNS`), and the
 * replay path when `FC_PATH` is set. `test/core/properties.count.test.ts` reads `runs(N)` from the sources to count
 * properties and runs, so call it with a literal.
 *
 * @example
 * fc.assert(fc.property(fc.string(), (s) => { … }), runs(1000));
 */
export function runs<T>(numRuns: number): fc.Parameters<T> {
  const path = process.env.FC_PATH;
  return {
    seed: SEED,
    numRuns: Math.max(numRuns, Number(process.env.FC_RUNS ?? 0) || 0),
    ...(path ? { path, endOnFailure: true } : {}),
  };
}
