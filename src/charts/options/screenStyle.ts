import type { EChartsCoreOption } from 'echarts/core';
import type { ThemeTokens } from '../../ui';

/** The big screen's chart text, in pixels of the 1920×1080 design canvas: readable across a hall. */
/** Design px between an axis and its labels: over half the axis text's size, so labels of two axes meeting at a corner keep apart. */
export const AXIS_LABEL_MARGIN = 12;
export const SCREEN_CHART_TEXT = { axis: 20, legend: 22, label: 20, markLabel: 18, tooltip: 20 } as const;

export interface ScreenChartStyle {
  /** CSS pixels per design pixel (the canvas scale). */
  unit: number;
  tokens: ThemeTokens;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An option component given as one object or as a list, mapped keeping its shape. */
function mapComponent(value: unknown, map: (item: Obj) => Obj): unknown {
  if (Array.isArray(value)) return value.map((item) => (isObj(item) ? map(item) : item));
  return isObj(value) ? map(value) : value;
}

function sub(item: Obj, key: string): Obj {
  const value = item[key];
  return isObj(value) ? value : {};
}

/** Numbers are pixels and scale; strings ('10%', 'middle') are relative already and stay. */
function px(value: unknown, unit: number): unknown {
  return typeof value === 'number' ? value * unit : value;
}

function scaleKeys(item: Obj, keys: readonly string[], unit: number): Obj {
  const out: Obj = { ...item };
  for (const key of keys) if (key in item) out[key] = px(item[key], unit);
  return out;
}

/**
 * The same chart, drawn for the wall: the generic option builders size text and strokes for a
 * desk (12 px labels, 2 px lines); this scales every pixel length they set by the canvas unit and
 * sets the screen's text sizes, and gives the tooltip the dark surface. Lengths in per cent are
 * left alone. What is drawn — series, values, axes' ranges, formatters — is not touched, so the
 * numbers on the screen are the ones every other page shows.
 */
export function screenChartOption(option: EChartsCoreOption, style: ScreenChartStyle): EChartsCoreOption {
  const { unit: u, tokens } = style;
  const size = (designPx: number) => designPx * u;
  const source = option as Obj;
  const out: Obj = { ...source };

  out.textStyle = { ...sub(source, 'textStyle'), fontSize: size(SCREEN_CHART_TEXT.axis) };

  const axis = (item: Obj): Obj => ({
    ...scaleKeys(item, ['nameGap', 'offset'], u),
    // Larger text collides sooner: an axis' own min label must not sit on top of the next tick's;
    // and a category axis' first label starts at the corner instead of centring on it, so it never
    // runs into the value axis' lowest label beside the same corner ("99.75%" over "2025年12月").
    // The gap between an axis and its labels scales too: ECharts' own 8 px, unscaled, is less than
    // half a 4K label's height, and a month under a bar chart ran into the value axis' "0".
    axisLabel: {
      ...scaleKeys(sub(item, 'axisLabel'), ['width'], u),
      margin: size(typeof sub(item, 'axisLabel').margin === 'number' ? (sub(item, 'axisLabel').margin as number) : AXIS_LABEL_MARGIN),
      fontSize: size(SCREEN_CHART_TEXT.axis),
      hideOverlap: true,
      ...(item.type === 'category' && item.boundaryGap === false ? { alignMinLabel: 'left', alignMaxLabel: 'right' } : {}),
    },
    nameTextStyle: { ...sub(item, 'nameTextStyle'), fontSize: size(SCREEN_CHART_TEXT.axis) },
    axisLine: { ...sub(item, 'axisLine'), lineStyle: { ...sub(sub(item, 'axisLine'), 'lineStyle'), width: size(1.5) } },
  });
  if ('xAxis' in source) out.xAxis = mapComponent(source.xAxis, axis);
  if ('yAxis' in source) out.yAxis = mapComponent(source.yAxis, axis);

  if ('grid' in source) out.grid = mapComponent(source.grid, (grid) => scaleKeys(grid, ['left', 'right', 'top', 'bottom', 'width', 'height'], u));

  if ('legend' in source) {
    out.legend = mapComponent(source.legend, (legend) => ({
      ...scaleKeys(legend, ['left', 'right', 'top', 'bottom', 'padding'], u),
      itemWidth: size(30),
      itemHeight: size(18),
      itemGap: size(20),
      pageIconSize: size(16),
      pageTextStyle: { ...sub(legend, 'pageTextStyle'), fontSize: size(SCREEN_CHART_TEXT.legend), color: tokens.textMuted },
      pageIconColor: tokens.accent,
      pageIconInactiveColor: tokens.border,
      textStyle: { ...sub(legend, 'textStyle'), fontSize: size(SCREEN_CHART_TEXT.legend), color: tokens.text },
    }));
  }

  if ('tooltip' in source) {
    out.tooltip = mapComponent(source.tooltip, (tooltip) => ({
      ...tooltip,
      backgroundColor: tokens.surface,
      borderColor: tokens.border,
      padding: size(12),
      textStyle: { ...sub(tooltip, 'textStyle'), fontSize: size(SCREEN_CHART_TEXT.tooltip), color: tokens.text },
    }));
  }

  if ('dataZoom' in source) out.dataZoom = mapComponent(source.dataZoom, (zoom) => scaleKeys(zoom, ['width', 'height', 'right', 'left', 'top', 'bottom'], u));

  if ('series' in source) {
    out.series = mapComponent(source.series, (series) => {
      const next: Obj = scaleKeys(series, ['symbolSize', 'barMaxWidth', 'barWidth', 'barMinHeight'], u);
      if (series.type === 'line') next.lineStyle = { ...sub(series, 'lineStyle'), width: size(3) };
      if (series.type === 'line' && !('symbolSize' in series)) next.symbolSize = size(8);
      if ('label' in series || series.type === 'pie') {
        next.label = { ...scaleKeys(sub(series, 'label'), ['width', 'distanceToLabelLine'], u), fontSize: size(SCREEN_CHART_TEXT.label) };
      }
      if (series.type === 'pie') {
        next.labelLine = { ...sub(series, 'labelLine'), length: size(16), length2: size(12), lineStyle: { width: size(1.5) } };
        next.itemStyle = { ...sub(series, 'itemStyle'), borderColor: tokens.background, borderWidth: size(2) };
      }
      if (isObj(series.markArea)) {
        next.markArea = { ...series.markArea, label: { ...sub(series.markArea, 'label'), fontSize: size(SCREEN_CHART_TEXT.markLabel) } };
      }
      if (isObj(series.markLine)) {
        const markLine = series.markLine;
        next.markLine = {
          ...markLine,
          lineStyle: { ...sub(markLine, 'lineStyle'), width: size(1.5) },
          label: { ...sub(markLine, 'label'), fontSize: size(SCREEN_CHART_TEXT.markLabel) },
          // A mark with a style of its own (a target line) is sized for the wall like the others.
          ...(Array.isArray(markLine.data)
            ? {
                data: markLine.data.map((mark: unknown) =>
                  isObj(mark)
                    ? {
                        ...mark,
                        // A guide's label goes to the end of its line on the wall: at the start, in
                        // the wall's larger text, it ran into the panel's title above the axis.
                        ...(isObj(mark.label)
                          ? { label: { ...mark.label, fontSize: size(SCREEN_CHART_TEXT.markLabel), ...('yAxis' in mark ? { position: 'insideEndTop' } : {}) } }
                          : {}),
                        ...(isObj(mark.lineStyle) ? { lineStyle: { ...mark.lineStyle, width: size(1.5) } } : {}),
                      }
                    : mark,
                ),
              }
            : {}),
        };
      }
      return next;
    });
  }
  return out as EChartsCoreOption;
}
