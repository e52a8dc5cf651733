import { format } from 'echarts/core';

/**
 * ECharts renders a string returned by a tooltip formatter as HTML, so every piece of data in it
 * goes through this first. Canvas labels are drawn as text and need no escaping.
 */
export function escapeHtml(value: unknown): string {
  return format.encodeHTML(String(value ?? ''));
}

/** A tooltip as safe HTML: an escaped heading and escaped "label: value" lines. */
export function tooltipHtml(heading: string, lines: ReadonlyArray<{ label: string; value: string; color?: string }>): string {
  const rows = lines
    .map((line) => {
      const marker = line.color
        ? `<span style="display:inline-block;width:8px;height:8px;border-radius:4px;margin-right:6px;background:${escapeHtml(line.color)}"></span>`
        : '';
      return `<div>${marker}${escapeHtml(line.label)}：<b>${escapeHtml(line.value)}</b></div>`;
    })
    .join('');
  return `<div><div style="font-weight:600;margin-bottom:4px">${escapeHtml(heading)}</div>${rows}</div>`;
}
