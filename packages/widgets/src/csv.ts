// `import '@danvan/widgets/csv.js'` lets every danvan element on the page read a models spreadsheet (CSV) from
// its `src`: delimiter and header sniffing, Vietnamese and English column names, numbers with qualifiers, place
// names matched through the gazetteer. The CDN bundle includes it.
import { csvDataset } from '@danvan/core';
import { registerCsvParser } from './internal/csv-parser.js';

registerCsvParser(csvDataset);
