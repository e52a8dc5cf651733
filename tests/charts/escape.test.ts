import { describe, expect, test } from 'vitest';
import { escapeHtml, tooltipHtml } from '../../src/charts/escape';
import { safeFileName } from '../../src/charts/download';

describe('escaping for ECharts tooltips', () => {
  test('data strings never become markup', () => {
    const payload = '<img src=x onerror=alert(1)>';
    expect(escapeHtml(payload)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    const html = tooltipHtml(payload, [{ label: '"><script>alert(2)</script>', value: '99.97%' }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  test('file names lose path and reserved characters', () => {
    expect(safeFileName('排名/2025:03*?.png')).toBe('排名_2025_03_.png');
    expect(safeFileName('')).toBe('chart');
  });
});
