// A React 19 page with danvan: the bar chart through its React wrapper (`@danvan/widgets/react`), fed the dataset
// as a property and answering `onDvSelect`; the headline figure as a plain <dv-stat> tag, typed by
// `@danvan/widgets/jsx` (React 19 sets `data` on a defined custom element as a property).
import dataset from '@danvan/core/data/ha-tinh.json';
import { DvBarChart, type DvSelectDetail } from '@danvan/widgets/react';
import type {} from '@danvan/widgets/jsx';
import { useState } from 'react';

/** The example page. */
export function App() {
  const [selected, setSelected] = useState<DvSelectDetail | undefined>(undefined);
  return (
    <main style={{ maxWidth: '48rem', margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Mô hình “Dân vận khéo” ở Hà Tĩnh</h1>
      <dv-stat data={dataset} heading="Mô hình “Dân vận khéo” từ năm 2013"></dv-stat>
      <DvBarChart data={dataset} by="field" lang="vi" onDvSelect={(event) => setSelected(event.detail)} />
      <p id="selected" aria-live="polite">
        {selected ? `Đã chọn: ${selected.key}` : 'Chọn một lĩnh vực trên biểu đồ.'}
      </p>
    </main>
  );
}
