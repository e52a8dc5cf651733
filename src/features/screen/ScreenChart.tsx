import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../charts';
import { screenChartOption } from '../../charts/options/screenStyle';
import { DARK } from '../../ui';
import { useScreenUnit } from './ScreenUnit';

/**
 * A chart filling its panel, in the dark theme, with text sized for the wall. The instance lives
 * as long as the panel: a refresh with new numbers is a setOption on the same instance.
 */
export function ScreenChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  const unit = useScreenUnit();
  const styled = useMemo(() => screenChartOption(option, { unit, tokens: DARK }), [option, unit]);
  return (
    <div className="screen-chart">
      <EChart option={styled} theme="dark" height="100%" ariaLabel={label} />
    </div>
  );
}
