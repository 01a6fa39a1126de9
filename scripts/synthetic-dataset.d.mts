import type { Dataset, Model, SynthesizeOptions } from '@danvan/core';

/** Generates models: core's `synthesizeModels`, from its sources or its build. */
type Synthesize = (options: SynthesizeOptions) => Model[];

export declare const SYNTHETIC_SEED: number;
export declare function syntheticDataset(synthesizeModels: Synthesize, options?: { seed?: number; count?: number }): Dataset;
export declare function syntheticDatasetText(synthesizeModels: Synthesize, options?: { seed?: number; count?: number }): string;
