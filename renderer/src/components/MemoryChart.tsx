import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import { useAppStore } from '../store/appStore.js';
import { UPlotChart } from './UPlotChart.js';

const MB = 1024 * 1024;
const SERIES = [
  ['worker', '#2563eb'],
  ['main', '#16a34a'],
  ['renderer', '#d97706'],
  ['gpu', '#7c3aed'],
] as const;

/** Memory of the last minutes per process, with the warning threshold as a dashed line. */
export function MemoryChart() {
  const { t } = useTranslation();
  const memory = useAppStore((s) => s.memory);
  const threshold = useAppStore((s) => s.memoryThreshold);

  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      legend: { show: true },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(max, (threshold / MB) * 1.1)] } },
      axes: [{ stroke: 'currentColor' }, { stroke: 'currentColor', label: 'MB' }],
      series: [
        {},
        ...SERIES.map(([key, color]) => ({ label: t(`run.${key}`), stroke: color, width: 2, spanGaps: true })),
        { label: t('run.threshold', { value: Math.round(threshold / MB) }), stroke: '#dc2626', dash: [6, 4], width: 1 },
      ],
    }),
    [t, threshold],
  );

  const data = useMemo<uPlot.AlignedData>(() => {
    const x = memory.map((m) => m.at / 1000);
    const mb = (v: number | null) => (v === null ? null : v / MB);
    return [x, ...SERIES.map(([key]) => memory.map((m) => mb(m[key]))), memory.map(() => threshold / MB)];
  }, [memory, threshold]);

  return <UPlotChart options={options} data={data} height={180} testId="memory-chart" label={t('run.memory')} />;
}
