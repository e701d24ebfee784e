import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import type { CatalogSummary } from '../../../shared/domain/catalog.js';
import { UPlotChart } from './UPlotChart.js';

/** Products per brand, with and without rich content, as bars. */
export function CoverageChart({ coverage }: { coverage: CatalogSummary['coverage'] }) {
  const { t } = useTranslation();
  const brands = useMemo(() => coverage.slice(0, 12), [coverage]);
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(() => {
    const bars = uPlot.paths.bars!({ size: [0.6, 60], align: 0 });
    return {
      legend: { show: true },
      scales: { x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
      axes: [
        { stroke: 'currentColor', values: (_u, ticks) => ticks.map((i) => brands[i]?.brand ?? ''), space: 30, gap: 4 },
        { stroke: 'currentColor' },
      ],
      series: [
        { label: t('catalog.brand'), value: (_u, i) => (i == null ? '—' : (brands[i]?.brand ?? '—')) },
        // All products first, then those with rich content drawn over them: the green part is the coverage.
        { label: t('catalog.products'), fill: '#cbd5e1', stroke: '#94a3b8', paths: bars, points: { show: false } },
        { label: t('catalog.coverageWith'), fill: '#16a34a', stroke: '#16a34a', paths: bars, points: { show: false } },
      ],
      bands: [],
    };
  }, [t, brands]);
  const data = useMemo<uPlot.AlignedData>(
    () => [brands.map((_, i) => i), brands.map((b) => b.products), brands.map((b) => b.withRichContent)],
    [brands],
  );
  return <UPlotChart options={options} data={data} height={220} testId="coverage-chart" label={t('catalog.coverage')} />;
}
