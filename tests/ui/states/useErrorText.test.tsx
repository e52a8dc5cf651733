import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/ui';
import { usePrefetchErrorText, useErrorText } from '../../../src/ui/states/useErrorText';
import { AdapterError } from '../../../src/adapters/errors';

function Sentence({ error }: { error: unknown }) {
  const text = useErrorText(error);
  return <p>{text === null ? 'loading' : text}</p>;
}

function Prefetch() {
  usePrefetchErrorText(true);
  return null;
}

const offline = new AdapterError('network', '/api/v1/records', 'Failed to fetch');

// The words of errors are fetched apart from the first screen. They must be in memory before the
// first outage: an outage of the server also stops that fetch.
describe('words of errors', () => {
  it('are fetched once the app is idle, so an error is worded at once, in Chinese', async () => {
    render(
      <I18nProvider defaultLocale="zh-CN">
        <Prefetch />
      </I18nProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 1500)));

    render(
      <I18nProvider defaultLocale="zh-CN">
        <Sentence error={offline} />
      </I18nProvider>,
    );
    // Worded on the first render: no fetch left to wait for (or to fail).
    const sentence = screen.getByText(/./, { selector: 'p' });
    expect(sentence.textContent).not.toBe('loading');
    expect(sentence.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(sentence.textContent).not.toContain('Failed to fetch');
  });
});
