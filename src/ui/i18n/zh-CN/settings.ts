export const settings = {
  'settings.section.source': '数据来源',
  'settings.section.scheme': '考核方案',
} as const;
