/** See time-verdict.mjs: the benchmark headline's "faster than every peer?" cell, by the rank-sum test. */
export declare const ALPHA: number;
export declare function pValue(p: number): string;
export declare function timeVerdict(danvan: readonly number[], peers: readonly { name: string; times: readonly number[] }[]): string;
