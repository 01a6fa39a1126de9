// The CDN bundle: every element registered on load, CSV reading and downloads.
import './csv.js';
import './downloads.js';
import './bar-chart/bar-chart.define.js';
import './line-chart/line-chart.define.js';
import './stat/stat.define.js';
import './waffle/waffle.define.js';
import './table/table.define.js';
import './map/map.define.js';
import { resizeEmbeds } from './embed-host.js';

// Host pages: size their <iframe data-danvan-embed> from the embed pages' height messages (embed-host.ts).
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resizeEmbeds());
else resizeEmbeds();

export * from './index.js';
export { resizeEmbeds };
