/** See rank-sum.mjs: the two-sided Wilcoxon rank-sum (Mann–Whitney U) test, normal approximation. */
export declare function rankSum(a: readonly number[], b: readonly number[]): { u: number; z: number; p: number };
