import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../charts';
import { screenChartOption } from '../../charts/options/screenStyle';
import type { ThemeTokens } from '../../ui';
import { useScreenPalette } from './screenTheme';
import { useScreenUnit } from './ScreenUnit';

/**
 * The wall styling of each option, per canvas unit and theme. The pages keep their options across
 * their returns (keptMemo.ts), so a page that comes round again finds its styled options here
 * instead of styling them afresh; an option no longer used is dropped with it (weak key).
 */
const styledOptions = new WeakMap<EChartsCoreOption, { unit: number; tokens: ThemeTokens; styled: EChartsCoreOption }>();

function styledFor(option: EChartsCoreOption, unit: number, tokens: ThemeTokens): EChartsCoreOption {
  const kept = styledOptions.get(option);
  if (kept && kept.unit === unit && kept.tokens === tokens) return kept.styled;
  const styled = screenChartOption(option, { unit, tokens });
  styledOptions.set(option, { unit, tokens, styled });
  return styled;
}

/**
 * A chart filling its panel, in the screen's theme, with text sized for the wall. The instance lives
 * as long as the panel: a refresh with new numbers is a setOption on the same instance.
 */
export function ScreenChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  const { tokens } = useScreenPalette();
  const styled = styledFor(option, useScreenUnit(), tokens);
  return (
    <div className="screen-chart">
      <EChart option={styled} theme={tokens.name} height="100%" ariaLabel={label} />
    </div>
  );
}
