// Core's `query` (the built package) asked with a hostile string in every field of the query, in Node: it must
// answer or throw (a malformed `at` is a RangeError by design), and never hang. The elements guard their
// attributes; a portal's Node backend may pass its readers' query parameters straight through. `query` is
// synchronous, so it runs in a worker that a watchdog can stop, and the last question asked is reported.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../reliability/hostile-strings.js';

// `from+to`: both ends of the period at once (`from: '1e308', to: '1e308'` once made a loop endless).
const FIELDS = ['metric', 'by', 'series', 'field', 'place', 'from', 'to', 'from+to', 'at', 'level', 'status', 'host', 'sort', 'order', 'limit'] as const;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
(async () => {
  const { query, validate } = await import(workerData.core);
  const sets = workerData.datasets.map((file) => validate(JSON.parse(readFileSync(file, 'utf8'))).data);
  let asked = 0, answered = 0, thrown = 0;
  const unexpected = [];
  for (const value of workerData.values) {
    for (const field of workerData.fields) {
      for (const by of ['year', 'district', 'field']) {
        for (const data of sets) {
          const q = field === 'from+to' ? { by, from: value, to: value } : { by, [field]: field === 'limit' ? Number(value) : value };
          parentPort.postMessage({ asking: JSON.stringify(q).slice(0, 120) });
          asked++;
          try {
            query(data, q);
            answered++;
          } catch (e) {
            thrown++;
            if (!(e instanceof RangeError)) unexpected.push(field + '=' + JSON.stringify(value.slice(0, 40)) + ': ' + String(e));
          }
        }
      }
    }
  }
  parentPort.postMessage({ done: { asked, answered, thrown, unexpected: unexpected.slice(0, 20) } });
})();
`;

describe('query(dataset, q) from the built @danvan/core, with hostile query values', () => {
  it('answers or throws a RangeError, and never hangs, for every hostile string in every query field', async () => {
    const root = new URL('../../', import.meta.url);
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        core: new URL('packages/core/dist/index.js', root).href,
        datasets: [new URL('packages/core/data/ha-tinh.json', root).pathname, new URL('test/fixtures/models-small.json', root).pathname],
        values: HOSTILE_STRINGS.map((h) => h.text),
        fields: FIELDS,
      },
    });
    let asking = '';
    const started = performance.now();
    const result = await new Promise<{ asked: number; answered: number; thrown: number; unexpected: string[] }>((done, fail) => {
      const watchdog = setTimeout(() => {
        void worker.terminate();
        fail(new Error(`query did not return within 40 s; last asked: ${asking}`));
      }, 40_000);
      worker.on('message', (m: { asking?: string; done?: { asked: number; answered: number; thrown: number; unexpected: string[] } }) => {
        if (m.asking) asking = m.asking;
        if (m.done) {
          clearTimeout(watchdog);
          void worker.terminate();
          done(m.done);
        }
      });
      worker.on('error', (e) => {
        clearTimeout(watchdog);
        fail(e);
      });
    });
    console.log(
      `hostile query values: ${HOSTILE_STRINGS.length} strings × ${FIELDS.length} query fields × 3 groupings × 2 datasets = ${result.asked} queries; ` +
        `${result.answered} answered, ${result.thrown} RangeErrors; ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(result.unexpected).toEqual([]);
    expect(result.asked).toBe(HOSTILE_STRINGS.length * FIELDS.length * 3 * 2);
  }, 60_000);
});
