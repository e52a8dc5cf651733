import type { settings as zh } from '../zh-CN/settings';

export const settings: Record<keyof typeof zh, string> = {
  'settings.section.source': 'Data source',
  'settings.section.scheme': 'Evaluation scheme',
};
