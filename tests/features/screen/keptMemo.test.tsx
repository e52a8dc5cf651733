import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { KeptMemoContext, useKeptMemo, type KeptMemos } from '../../../src/features/screen/keptMemo';

function Page({ input, compute }: { input: object; compute: (input: object) => string }) {
  const value = useKeptMemo('page.value', () => compute(input), [input]);
  return <span>{value}</span>;
}

function Screen({ store, children }: { store: KeptMemos; children: ReactNode }) {
  return <KeptMemoContext.Provider value={store}>{children}</KeptMemoContext.Provider>;
}

describe('useKeptMemo', () => {
  test('a page that comes round again with the same data finds its result: computed once, not at every mount', () => {
    const store: KeptMemos = new Map();
    const compute = vi.fn(() => 'figures');
    const data = {};
    const view = render(
      <Screen store={store}>
        <Page key="first" input={data} compute={compute} />
      </Screen>,
    );
    for (let turn = 0; turn < 5; turn++) {
      view.rerender(<Screen store={store}>{null}</Screen>);
      view.rerender(
        <Screen store={store}>
          <Page key={`turn ${turn}`} input={data} compute={compute} />
        </Screen>,
      );
    }
    expect(view.container.textContent).toBe('figures');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test('new data is computed afresh, and only the latest result is kept', () => {
    const store: KeptMemos = new Map();
    const compute = vi.fn((input: object) => `figures of ${(input as { id: string }).id}`);
    const view = render(
      <Screen store={store}>
        <Page input={{ id: 'a' }} compute={compute} />
      </Screen>,
    );
    view.rerender(
      <Screen store={store}>
        <Page input={{ id: 'b' }} compute={compute} />
      </Screen>,
    );
    expect(view.container.textContent).toBe('figures of b');
    expect(compute).toHaveBeenCalledTimes(2);
    expect(store.size).toBe(1);
  });

  test('outside a screen it is a per-component memo', () => {
    const compute = vi.fn(() => 'alone');
    const data = {};
    const view = render(<Page input={data} compute={compute} />);
    view.rerender(<Page input={data} compute={compute} />);
    expect(compute).toHaveBeenCalledTimes(1);
    view.rerender(<Page key="again" input={data} compute={compute} />);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
