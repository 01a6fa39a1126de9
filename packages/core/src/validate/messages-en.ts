import { formatReported } from '../format/format-reported.js';
import type { Qualifier } from '../vocab/qualifiers.js';
import type { Unit } from '../vocab/units.js';
import type { MessageMap } from './message-map.js';

const v = (x: unknown) => `“${String(x ?? '')}”`;
const figure = (value: unknown, qualifier: unknown, unit?: unknown) =>
  formatReported({ value: Number(value), qualifier: qualifier as Qualifier }, 'en', unit as Unit | undefined);

/** English messages for every issue code. */
export const messagesEn: MessageMap = {
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
    ambiguous_place: (p) => `The place name ${v(p.value)} matches several units (${p.candidates}); add the district or use a code.`,
    unknown_source: (p) => `The source ${v(p.value)} is not in the list of sources.`,
    future_date: (p) => `The date ${v(p.value)} is in the future.`,
    impossible_unit: (p) => `The unit ${v(p.unit)} cannot measure ${v(p.metric)} (expected a unit of ${p.expected}).`,
    inconsistent_total: (p) =>
      `The total ${figure(p.total, p.totalQualifier)} does not agree with the sum of its parts (${figure(p.sum, p.sumQualifier)}).`,
    invalid_number: (p) => `${v(p.value)} is not a number.`,
    invalid_date: (p) => `${v(p.value)} is not a valid date (use 2021, 03/2021 or 15/03/2021).`,
    unknown_column: (p) => `The column ${v(p.value)} was not recognised and was skipped.`,
    missing_column: (p) => `The required column ${v(p.value)} is missing.`,
    no_header: () => 'No header row was found (expected at least the “Model name” and “Field” columns).',
    empty_file: () => 'The file holds no data.',
    total_row_mismatch: (p) =>
      `The totals row says ${figure(p.total, p.totalQualifier, p.unit)} but the rows add up to ${figure(p.sum, p.sumQualifier, p.unit)}.`,
    negative_number: (p) => `${v(p.value)} is negative, which ${v(p.metric)} cannot be; the value was skipped.`,
    duplicate_column: (p) => `The column ${v(p.value)} repeats an earlier column and was skipped.`,
    no_data: (p) =>
      `No figures answer this question${p.detail ? ` (${p.detail})` : ''}.`,
    undated_records: (p) =>
      `${p.count} models give no start date and were left out of the time filter.`,
    mapped_across_reform: (p) =>
      `${p.count} models in pre-reform units were counted in the units that replaced them on ${p.date}.`,
    split_unit: (p) =>
      `The unit ${v(p.value)} was split between several new units; its models were counted in ${v(p.to)}.`,
    not_csv: (p) =>
      p.kind === 'utf-16'
        ? 'The file is saved as UTF-16 (Excel’s “Unicode Text”), which cannot be read; save the sheet as “CSV UTF-8” and import it again.'
        : p.kind === 'markup'
          ? 'The file is a web page or an XML file (it begins with “<”), not a CSV sheet.'
          : p.kind === 'json'
            ? 'The file is JSON, not a CSV sheet; load it as a JSON dataset instead.'
            : 'The file is not text but binary data (an Excel .xlsx/.xls workbook, an image, a PDF…); save the sheet as “CSV UTF-8” and import that file.',
    not_utf8: (p) =>
      `The file is not saved as UTF-8: ${p.count} characters could not be read, as in ${v(p.value)}. It probably uses an old encoding (Windows-1258, TCVN3, VNI); save it as “CSV UTF-8” and import it again.`,
    unterminated_quote: (p) =>
      `A quotation mark opens this cell and is never closed${p.lines ? `, so the rest of the file (${p.lines} lines) was read into this one cell` : ''}; close or remove the quotation mark.`,
    unnamed_column: (p) => `The cell ${v(p.value)} is in a column without a header, so it was not read; name the column or move the value to the right one.`,
    no_rows: () => 'The sheet has a header row but no rows of models below it.',
  },
};
