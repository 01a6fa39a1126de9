// `import '@danvan/widgets/downloads.js'` gives every danvan element on the page its download menu: the data as
// CSV (with source and date, safe to open in a spreadsheet), the drawing as SVG and a picture as PNG. The CDN
// bundle includes it.
import { registerDownloader } from './internal/downloads-feature.js';
import { saveDownload } from './internal/save-download.js';

registerDownloader(saveDownload);
