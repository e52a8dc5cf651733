import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lastCompleteMonth, type Indicator, type Scheme } from '../../src/domain';
import { DEFAULT_SCHEME } from '../../src/engine';
import { saveStoredScheme, clearStoredScheme } from '../../src/data/schemeSave';
import { AlertsPage } from '../../src/features/alerts';
import { BulletinPage } from '../../src/features/bulletin';
import { OfficePage } from '../../src/features/office';
import { RankingsPage } from '../../src/features/rankings';
import { mockBackend, renderApp, withLayoutSize } from '../render';

/**
 * A scheme with an indicator of its own (参评率 = 评价数 / 办结件数), scored and carded: every screen
 * that names indicators reads the name from the scheme in force, never crashes on an id the built-in
 * catalogue does not know, and never shows that id to a Chinese reader.
 */
const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();

const participation: Indicator = {
  id: 'custom1',
  label: { zh: '参评率', en: 'Review share' },
  formula: { type: 'ratio', numerator: ['reviews'], denominator: ['completed'] },
  unit: 'rate',
  direction: 'higher',
  category: 'reviews',
  appliesTo: ['region', 'department', 'township', 'village'],
  minDenominator: 20,
};

const SCHEME: Scheme = {
  ...DEFAULT_SCHEME,
  id: 'own',
  name: '自定义方案',
  definitions: [...DEFAULT_SCHEME.definitions, participation],
  indicators: [{ indicatorId: 'custom1', weight: 10, floor: 0.8, target: 0.95, appliesTo: ['department', 'township'] }, ...DEFAULT_SCHEME.indicators.slice(1)],
  // A line every office crosses, so the card shows on every screen.
  cardRules: [
    ...DEFAULT_SCHEME.cardRules,
    { id: 'low-share', subject: 'custom1', comparison: 'lt', threshold: 0.999, level: 'yellow', message: '', appliesTo: ['department'] },
  ],
};

beforeEach(() => saveStoredScheme(SCHEME));
afterEach(() => clearStoredScheme());

const noRawId = () => expect(document.body.textContent).not.toMatch(/custom1/);

describe('an indicator of the scheme’s own, on every screen that names indicators', () => {
  test('rankings by it', async () => {
    renderApp(<RankingsPage params={{}} />, { adapter: backend.adapter(), hash: '#/rankings?by=custom1' });
    expect(await screen.findByRole('table', { name: /排名表/ }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText(/参评率/).length).toBeGreaterThan(0);
    noRawId();
  });

  test('alerts: its cards by its name', async () => {
    renderApp(<AlertsPage params={{}} />, { adapter: backend.adapter(), hash: '#/alerts' });
    expect((await screen.findAllByText(/参评率/, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    noRawId();
  });

  test('an office: its score breakdown and cards', async () => {
    renderApp(<OfficePage params={{ id: 'd-police' }} />, { adapter: backend.adapter(), hash: '#/office/d-police' });
    expect((await screen.findAllByText(/参评率/, {}, { timeout: 10_000 })).length).toBeGreaterThan(0);
    noRawId();
  });

  test('the bulletin', async () => {
    renderApp(<BulletinPage params={{}} />, { adapter: backend.adapter(), hash: '#/bulletin' });
    expect((await screen.findAllByText(/参评率/, {}, { timeout: 15_000 })).length).toBeGreaterThan(0);
    noRawId();
  }, 20_000);
});
