import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../charts';
import { screenChartOption } from '../../charts/options/screenStyle';
import { DARK } from '../../ui';
import { useScreenUnit } from './ScreenUnit';

/**
 * The wall styling of each option, per canvas unit. The pages keep their options across their
 * returns (keptMemo.ts), so a page that comes round again finds its styled options here instead of
 * styling them afresh; an option no longer used is dropped with it (weak key).
 */
const styledOptions = new WeakMap<EChartsCoreOption, { unit: number; styled: EChartsCoreOption }>();

function styledFor(option: EChartsCoreOption, unit: number): EChartsCoreOption {
  const kept = styledOptions.get(option);
  if (kept && kept.unit === unit) return kept.styled;
  const styled = screenChartOption(option, { unit, tokens: DARK });
  styledOptions.set(option, { unit, styled });
  return styled;
}

/**
 * A chart filling its panel, in the dark theme, with text sized for the wall. The instance lives
 * as long as the panel: a refresh with new numbers is a setOption on the same instance.
 */
export function ScreenChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  const styled = styledFor(option, useScreenUnit());
  return (
    <div className="screen-chart">
      <EChart option={styled} theme="dark" height="100%" ariaLabel={label} />
    </div>
  );
}
