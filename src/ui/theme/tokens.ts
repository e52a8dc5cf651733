/** Colours shared by the stylesheet (as CSS variables) and by ECharts (which cannot read CSS). */
export interface ThemeTokens {
  name: 'light' | 'dark';
  background: string;
  surface: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  good: string;
  bad: string;
  red: string;
  yellow: string;
  series: readonly string[];
}

export const LIGHT: ThemeTokens = {
  name: 'light',
  background: '#f3f5f9',
  surface: '#ffffff',
  text: '#1d2433',
  textMuted: '#5a6475',
  border: '#d9dee7',
  accent: '#1457b8',
  good: '#0f7b45',
  bad: '#c0262d',
  red: '#c0262d',
  yellow: '#b7791f',
  series: ['#1457b8', '#e0842b', '#2e9c6a', '#8a4fbf', '#c23a6b', '#3a8fb7', '#7a8c1c', '#b35c2e'],
};

export const DARK: ThemeTokens = {
  name: 'dark',
  background: '#040d1f',
  surface: '#0a1a36',
  text: '#e8f0ff',
  textMuted: '#9fb3d1',
  border: '#1e3a66',
  accent: '#3fa7ff',
  good: '#3ddc97',
  bad: '#ff5c5c',
  red: '#ff4d4f',
  yellow: '#ffc53d',
  series: ['#3fa7ff', '#ffb454', '#3ddc97', '#c38bff', '#ff7eb3', '#66e0ff', '#d4e157', '#ff8a65'],
};
