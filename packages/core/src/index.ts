export { LANGS, toLang, type Lang } from './vocab/langs.js';
export { FIELDS, type Field } from './vocab/fields.js';
export { QUALIFIERS, type Qualifier } from './vocab/qualifiers.js';
export { UNITS, UNIT_INFO, type Unit, type Dimension as UnitDimension } from './vocab/units.js';
export { METRICS, METRIC_UNITS, type KnownMetric } from './vocab/metrics.js';
export { STATUSES, type Status } from './vocab/statuses.js';
export { HOSTS, type Host } from './vocab/hosts.js';
export { LEVELS, type Level } from './vocab/levels.js';
export { PLACE_TYPES, PLACE_TIER, type PlaceType, type Tier } from './vocab/place-types.js';

export { reportedValue, reportedQualifier, type ReportedNumber } from './number/reported-number.js';
export { toInterval, exactInterval, HEDGE_TOLERANCE, type Interval } from './number/interval.js';
export { sumIntervals } from './number/sum-intervals.js';
export { reconcile, type Reconciliation } from './number/reconcile.js';

export { parsePartialDate, partialDateRange, type PartialDate, type PartialDateParts } from './date/partial-date.js';

export { labelsFor } from './i18n/labels-for.js';
export type { Labels } from './i18n/labels.js';
export { formatNumber, type FormatNumberOptions } from './format/format-number.js';
export { formatReported } from './format/format-reported.js';
export { formatPartialDate, formatPeriod } from './format/format-partial-date.js';

export { cleanText } from './text/clean-text.js';
export { detectLegacyEncoding } from './text/detect-legacy-encoding.js';
export { foldName } from './text/fold-name.js';
export { compareVietnamese } from './text/compare-vietnamese.js';
export { safeUrl } from './url/safe-url.js';
export { stripUrlControls } from './url/strip-url-controls.js';

export { validate, type ValidateOptions, type ValidationResult } from './validate/validate.js';
export { createIssue, setMessages, type IssueLocation } from './validate/create-issue.js';
export { ISSUE_CODES, type IssueCode, type IssueParams, type Severity, type ValidationIssue } from './validate/validation-issue.js';
export type { MessageMap, MessageFn } from './validate/message-map.js';

export type {
  Dataset,
  DatasetHeader,
  LocalizedText,
  Model,
  Outcome,
  Period,
  PlaceRecord,
  Source,
  Statistic,
} from './types.js';
export type { Place, Succession } from './gazetteer/place.js';
export { DIMENSIONS, SORTS, type Dimension, type Sort, type Query, type QueryResult, type ResultRow, type Label } from './query/query-types.js';
export { gazetteer, Gazetteer, type FindPlaceOptions } from './gazetteer/gazetteer.js';
export { placeIndex, PlaceIndex, type GazetteerSource } from './gazetteer/place-index.js';
export type { CrosswalkTarget } from './gazetteer/follow-successions.js';
export { query, type QueryOptions } from './query/query.js';

export { pickText } from './format/pick-text.js';
export { formatSource } from './format/format-source.js';
export { summarize } from './format/summarize.js';
export { queryTitle } from './format/query-title.js';
export { scaleInterval } from './number/scale-interval.js';
export { createIntervalSum, type IntervalSum } from './number/sum-intervals.js';

export { loadDataset, parseDataset, checkLoaded, type LoadOptions, type LoadResult } from './load/load-dataset.js';
export { fetchDataset, type DatasetParsers } from './load/fetch-dataset.js';
export { csvDataset } from './load/csv-dataset.js';
export { fetchText, type FetchLimits, type FetchedText } from './load/fetch-text.js';
export { LoadError, LOAD_ERROR_CODES, type LoadErrorCode } from './load/load-error.js';
export { sniffFormat } from './load/sniff-format.js';
export { exportCsv, type ExportCsvOptions, type CsvCell } from './csv/export-csv.js';
export { synthesizeModels, type SynthesizeOptions } from './synthesize/synthesize-models.js';
export { importModelsCsv, type ImportModelsCsvOptions, type ImportModelsCsvResult, type CsvTotals } from './csv/import-models-csv.js';
export type { PlaceFinder } from './csv/place-resolver.js';
export { sniffDelimiter, CSV_DELIMITERS, type CsvDelimiter } from './csv/sniff-delimiter.js';
export { parseReportedNumber, type ParsedReportedNumber } from './number/parse-reported-number.js';
export { parseNumberText, type DecimalMark, type NumberText } from './number/parse-number-text.js';
export { parseDateText } from './date/parse-date-text.js';
export { TILE_LAYOUTS, tileLayoutFor } from './tiles/tile-layouts.js';
export { DISTRICT_TILES_2013, DISTRICT_TILES_2025_H1 } from './tiles/district-tiles.js';
export { COMMUNE_TILES_2025 } from './tiles/commune-tiles.js';
export type { Tile, TileLayout, TileTier, TileRow } from './tiles/tile-layout.js';
