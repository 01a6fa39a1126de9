import { figure, quote as v, type MessageFn, type MessageMap } from './message-map.js';
import type { CsvIssueCode, IssueCode } from './validation-issue.js';

/** English messages for every issue code but the CSV importer's (see `csv/messages-csv-en.ts`). */
export const messagesEn: MessageMap & { readonly issues: Readonly<Record<Exclude<IssueCode, CsvIssueCode>, MessageFn>> } = {
  cell: (row, column) => (column === undefined ? `Row ${row}` : `Row ${row}, column ${column}`),
  issues: {
    not_a_dataset: () => 'This is not a danvan dataset (expected a JSON object with “version”, “title” and “sources”).',
    unsupported_version: (p) => `Format version ${v(p.value)} is not supported; danvan reads version 1.`,
    invalid_json: (p) => `The JSON is malformed: ${p.detail}.`,
    missing_value: (p) => `The required value ${v(p.key)} is missing.`,
    invalid_type: (p) =>
      `${p.value === undefined ? 'Wrong kind of value' : `${v(p.value)} is the wrong kind of value`}: expected ${String(p.expected).replace(/ \| /g, ' or ')}.`,
    invalid_value: (p) => `${v(p.value)} is not allowed${p.expected ? `; expected one of: ${p.expected}` : ''}.`,
    invalid_format: (p) => `${v(p.value)} is badly formatted${p.expected ? ` (expected ${p.expected})` : ''}.`,
    too_long: (p) => `The text is too long (${p.length} characters; at most ${p.max}).`,
    too_deep: (p) => `The data is nested too deeply (more than ${p.max} levels); this part was skipped.`,
    unsafe_key: (p) => `The key ${v(p.key)} is refused for safety.`,
    non_finite_number: (p) => `The number ${v(p.value)} is not finite and was skipped.`,
    unsafe_url: (p) => `The link ${v(p.value)} is not allowed (only https:, http: and mailto:); it was removed.`,
    control_characters_removed: () => 'Invisible control characters (text direction, zero-width) were removed from the text.',
    legacy_encoding: (p) =>
      `The text ${v(p.value)} looks like it was typed in the old ${p.encoding} encoding; convert it to Unicode (for example with Unikey's converter) and import it again.`,
    duplicate_id: (p) => `The id ${v(p.value)} appears more than once; the repeated record was skipped.`,
    unknown_place: (p) => `The place ${v(p.value)} is not in the gazetteer of administrative units.`,
    unknown_source: (p) => `The source ${v(p.value)} is not in the list of sources.`,
    future_date: (p) => `The date ${v(p.value)} is in the future.`,
    impossible_unit: (p) => `The unit ${v(p.unit)} cannot measure ${v(p.metric)} (expected a unit of ${p.expected}).`,
    inconsistent_total: (p) =>
      `The total ${figure('en', p.total, p.totalQualifier)} does not agree with the sum of its parts (${figure('en', p.sum, p.sumQualifier)}).`,
    no_data: (p) =>
      `No figures answer this question${p.detail ? ` (${p.detail})` : ''}.`,
    undated_records: (p) =>
      `${p.count} models give no start date and were left out of the time filter.`,
    mapped_across_reform: (p) =>
      `${p.count} models in pre-reform units were counted in the units that replaced them on ${p.date}.`,
    split_unit: (p) =>
      `The unit ${v(p.value)} was split between several new units; its models were counted in ${v(p.to)}.`,
  },
};
