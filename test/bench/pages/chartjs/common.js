// Chart.js with animations off (the final marks are what is timed) and a plugin that says when the first full
// render is done. Only the controllers, elements and scales a case uses are registered, as Chart.js's docs advise.
import { visible } from '../shared.js';

export const drawn = { id: 'bench-visible', afterRender: visible };
export const base = { animation: false, responsive: true, maintainAspectRatio: false };
