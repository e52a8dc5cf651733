import { INDICATORS, type Indicator, type IndicatorCategory, type IndicatorId } from '../../domain';

export const THEME_IDS = ['handling', 'reviews', 'hotline', 'disclosure'] as const;
/** 办件与网办 / 好差评 / 12345热线 / 政务公开 */
export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  id: ThemeId;
  categories: readonly IndicatorCategory[];
  /** The indicator a theme opens on: the one a leader asks about first. */
  defaultIndicator: IndicatorId;
}

export const THEMES: readonly Theme[] = [
  { id: 'handling', categories: ['handling', 'online'], defaultIndicator: 'onlineRate' },
  { id: 'reviews', categories: ['reviews'], defaultIndicator: 'goodReviewRate' },
  { id: 'hotline', categories: ['hotline'], defaultIndicator: 'hotlineOnTimeRate' },
  { id: 'disclosure', categories: ['disclosure'], defaultIndicator: 'disclosures' },
];

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

/** The theme a route names; /themes alone shows the first; an unknown name is null. */
export function themeFromParam(param: string | undefined): Theme | null {
  if (param === undefined || param === '') return THEMES[0]!;
  return THEMES.find((theme) => theme.id === param) ?? null;
}

/** The indicators of the theme's categories under the scheme (its own included), in its order. */
export function themeIndicators(theme: Theme, definitions: readonly Indicator[] = INDICATORS): Indicator[] {
  return definitions.filter((indicator) => theme.categories.includes(indicator.category));
}

/** The indicator the URL asks for when it belongs to the theme, else the theme's default. */
export function selectedIndicator(theme: Theme, param: string | null, definitions: readonly Indicator[] = INDICATORS): Indicator {
  const indicators = themeIndicators(theme, definitions);
  const wanted = param ?? theme.defaultIndicator;
  return indicators.find((indicator) => indicator.id === wanted) ?? indicators.find((indicator) => indicator.id === theme.defaultIndicator)!;
}

/** Months of the theme's trend, ending at the period's last month. */
export const THEME_TREND_MONTHS = 12;
