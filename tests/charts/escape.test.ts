import { describe, expect, test } from 'vitest';
import { escapeHtml, tooltipHtml } from '../../src/charts/escape';

describe('escaping for ECharts tooltips', () => {
  test('data strings never become markup', () => {
    const payload = '<img src=x onerror=alert(1)>';
    expect(escapeHtml(payload)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    const html = tooltipHtml(payload, [{ label: '"><script>alert(2)</script>', value: '99.97%' }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });
});
