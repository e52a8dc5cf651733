import type { navigation as zh } from '../zh-CN/navigation';

export const navigation: Record<keyof typeof zh, string> = {
  'view.scopePath': 'Region path',
  'view.scopeLevel': 'Regions under {name}',
  'view.scopeWhole': '{name} (all)',
  'view.kindRegion': 'Regions under it',
  'view.kindCount': ' ({count})',
  'table.search': 'Find',
  'table.searchPlaceholder': 'Part of a name',
  'table.matches': '{count} match (of {total})',
  'table.noMatch': 'No office’s name contains “{query}”.',
  'table.defaultSort': 'Default order',
  'table.sortHint': 'Click to sort',
  'table.pages': 'Pages of {caption}',
  'table.range': 'Rows {first}–{last} of {total}',
  'table.previous': 'Previous',
  'table.next': 'Next',
  'table.pageN': 'Page {page}',
  'table.pageSize': 'Per page',
  'table.pageSizeOption': '{size} rows',
};
