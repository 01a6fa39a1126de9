import { randomLcg } from 'd3-random';
import { gazetteer } from '../gazetteer/gazetteer.js';
import type { Model, Outcome } from '../types.js';
import { FIELDS } from '../vocab/fields.js';
import type { Host } from '../vocab/hosts.js';
import type { Level } from '../vocab/levels.js';
import type { Status } from '../vocab/statuses.js';
import { apportion } from './apportion.js';
import { createPlacePicker } from './create-place-picker.js';
import { HOST_WEIGHTS } from './host-weights.js';
import { FIELD_METRICS, MODEL_TEMPLATES, type ModelTemplate } from './model-templates.js';
import { PUBLISHED_FIELD_COUNTS, PUBLISHED_MODEL_COUNT } from './published-field-counts.js';
import { synthesizeOutcome } from './synthesize-outcome.js';
import { synthesizeStart } from './synthesize-start.js';
import { weightedIndex } from './weighted-index.js';

/** Options for `synthesizeModels`. */
export interface SynthesizeOptions {
  /** The seed of d3-random's `randomLcg`: the same seed and options give the same records on every machine. */
  readonly seed: number;
  /**
   * How many models (default 19,382: the size whose per-field counts fit the province's published figures).
   * Other sizes keep the fields' proportions.
   */
  readonly count?: number;
  /** First and last year models start in (default 2013 and 2023, the years the published figures cover). */
  readonly from?: number;
  readonly to?: number;
  /** The share of models that report outcomes (default 0.3). */
  readonly outcomeShare?: number;
  /** What ids start with (default `s`); the rest is the record's index in base 36. */
  readonly idPrefix?: string;
}

const PROVINCE = '42';
// Recognition by a district ends with the district level on 2025-07-01.
const LAST_DISTRICT_DAY = '2025-06-30';
const MAX_ORIGINS = 16;
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,56}$/u;

/**
 * Makes illustrative, record-level "Skilled Mass Mobilization" models for Hà Tĩnh from a fixed seed, for maps,
 * demos and benchmarks that need records where only aggregates are published. Models spread over the province's
 * district-level units in proportion to their communes and over the years with a rising trend; from 2020 each
 * sits in a commune in force when it started, before 2020 at its district (the communes of 2013-2019 are not in
 * our sources, and none are invented). Fields, hosts, recognition levels and statuses follow plausible weights;
 * about 30% report one or two outcomes. At the default size the per-field counts fit the published statistics
 * (economic "nearly 8,000", culture-society "more than 5,800", defence-security "more than 3,300", Party
 * building 2,200, in all "more than 19,300"). Names are built from templates; every record is synthetic.
 * Only arithmetic on the seeded generator is used, so output is identical across runs, engines and machines.
 *
 * @example
 * const models = synthesizeModels({ seed: 42 });
 * models.length; // 19382
 * models[0];
 * // { id: 's0', name: { vi: 'Tổ tiết kiệm giúp nhau thoát nghèo ở thị xã Kỳ Anh',
 * //   en: 'Savings group helping members out of poverty in Kỳ Anh town' }, field: 'economic', place: '449',
 * //   host: 'womens-union', level: 'commune', started: '2013-05-28', status: 'commended' }
 * synthesizeModels({ seed: 1, count: 1_000_000 }); // for benchmarks
 */
export function synthesizeModels(options: SynthesizeOptions): Model[] {
  const { seed, count = PUBLISHED_MODEL_COUNT, from = 2013, to = 2023, outcomeShare = 0.3, idPrefix = 's' } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`The seed must be a finite number, not ${seed}`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`The count must be a whole number ≥ 0, not ${count}`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to || from < 1000 || to > 9999) {
    throw new RangeError(`Years must be whole, four-digit and in order, not ${from}..${to}`);
  }
  if (!(outcomeShare >= 0 && outcomeShare <= 1)) throw new RangeError(`The outcome share must lie in [0, 1], not ${outcomeShare}`);
  if (!ID.test(`${idPrefix}0`)) throw new RangeError(`The id prefix "${idPrefix}" would not make valid ids`);

  const random = randomLcg(seed);
  const fieldOf = shuffled(apportion(count, FIELDS.map((f) => PUBLISHED_FIELD_COUNTS[f])), random);
  // A rising trend: the last year has three times the models of the first (for the default eleven years).
  const perYear = apportion(count, Array.from({ length: to - from + 1 }, (_, i) => 5 + i));
  const pickPlace = createPlacePicker(gazetteer, PROVINCE);
  const byField = FIELDS.map((field) => {
    const templates = MODEL_TEMPLATES[field];
    const hosts = Object.entries(HOST_WEIGHTS[field]) as [Host, number][];
    return {
      field,
      templates,
      pickTemplate: weightedIndex(templates.map((t) => t.weight ?? 1)),
      hosts: hosts.map(([h]) => h),
      pickHost: weightedIndex(hosts.map(([, w]) => w)),
    };
  });
  const origins = new Map<ModelTemplate, string[]>();
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const models: Model[] = [];
  let i = 0;
  for (let y = 0; y < perYear.length; y++) {
    const year = from + y;
    const age = to - year;
    for (let n = perYear[y]!; n > 0; n--, i++) {
      const f = byField[fieldOf[i]!]!;
      const template = f.templates[f.pickTemplate(random())]!;
      const start = synthesizeStart(year, random);
      const place = pickPlace(start.period, random);
      const host = template.hosts && random() < 0.7 ? pickFrom(template.hosts) : f.hosts[f.pickHost(random())]!;
      const status = statusFor(age, random());
      const level = levelFor(status, random(), start.last <= LAST_DISTRICT_DAY);
      const id = idPrefix + i.toString(36);

      const model: { -readonly [K in keyof Model]: Model[K] } = {
        id,
        name: { vi: `${template.vi} ở ${place.vi}`, en: `${template.en} in ${place.en}` },
        field: f.field,
        place: place.code,
        host,
      };
      if (level) model.level = level;
      model.started = start.text;
      model.status = status;
      const earlier = origins.get(template);
      if (earlier && random() < 0.1) model.replicatedFrom = pickFrom(earlier);
      if (random() < outcomeShare) model.outcomes = outcomesFor(template.metrics ?? FIELD_METRICS[f.field], random);
      models.push(model);

      if (status === 'replicated') {
        if (!earlier) origins.set(template, [id]);
        else if (earlier.length < MAX_ORIGINS) earlier.push(id);
      }
    }
  }
  return models;
}

/** The field of each record: exact counts per field, in a seeded random order (Fisher-Yates). */
function shuffled(counts: readonly number[], random: () => number): Uint8Array {
  const out = new Uint8Array(counts.reduce((a, n) => a + n, 0));
  let k = 0;
  counts.forEach((n, field) => out.fill(field, k, (k += n)));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}

/** Newer models are more often only registered; older ones more often replicated, or discontinued. */
function statusFor(age: number, u: number): Status {
  const registered = age === 0 ? 0.3 : age === 1 ? 0.1 : 0.03;
  const discontinued = Math.min(0.02 + 0.01 * age, 0.12);
  const replicated = Math.min(0.05 + 0.025 * age, 0.3);
  if (u < registered) return 'registered';
  if ((u -= registered) < discontinued) return 'discontinued';
  if ((u -= discontinued) < replicated) return 'replicated';
  return u - replicated < 0.2 ? 'commended' : 'active';
}

/** Registered models are not yet recognised; most others are at commune level, some district, a few province. */
function levelFor(status: Status, u: number, districtsExist: boolean): Level | undefined {
  if (status === 'registered') return undefined;
  const honoured = status === 'commended' || status === 'replicated';
  if (honoured && u < 0.04) return 'province';
  if (districtsExist && u < (honoured ? 0.36 : 0.15)) return 'district';
  return 'commune';
}

/** One outcome, or two different ones, of a template's metrics. */
function outcomesFor(metrics: ModelTemplate['metrics'] & object, random: () => number): Outcome[] {
  const a = Math.floor(random() * metrics.length);
  const first = synthesizeOutcome(metrics[a]!, random);
  if (metrics.length < 2 || random() >= 0.4) return [first];
  const b = (a + 1 + Math.floor(random() * (metrics.length - 1))) % metrics.length;
  return [first, synthesizeOutcome(metrics[b]!, random)];
}
