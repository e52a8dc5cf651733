import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { MonthSpanPicker } from '../../../src/ui/pickers/MonthSpanPicker';
import { useMonthSpan } from '../../../src/ui/view/useMonthSpan';

function SpanInUrl() {
  const [span, setSpan] = useMonthSpan();
  return <MonthSpanPicker value={span} onChange={setSpan} label="时间范围" optionLabel={(months) => `近 ${months} 个月`} />;
}

afterEach(cleanup);

const select = () => screen.getByLabelText('时间范围') as HTMLSelectElement;

test('the picker shows the span the URL holds, with the screen’s words', () => {
  window.location.hash = '#/alerts?period=2025-03&months=24';
  render(<SpanInUrl />);
  expect(select().value).toBe('24');
  expect(Array.from(select().options, (option) => option.textContent)).toEqual(['近 12 个月', '近 24 个月', '近 36 个月']);
});

test('a span the picker does not offer reads as the default', () => {
  window.location.hash = '#/office/x?months=7';
  render(<SpanInUrl />);
  expect(select().value).toBe('12');
});

test('a choice is written to the URL, keeping the other parameters; the default leaves it out', async () => {
  window.location.hash = '#/alerts?period=2025-03';
  render(<SpanInUrl />);
  act(() => {
    fireEvent.change(select(), { target: { value: '36' } });
  });
  await waitFor(() => expect(window.location.hash).toBe('#/alerts?period=2025-03&months=36'));
  await waitFor(() => expect(select().value).toBe('36'));
  act(() => {
    fireEvent.change(select(), { target: { value: '12' } });
  });
  await waitFor(() => expect(window.location.hash).toBe('#/alerts?period=2025-03'));
});
