import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Qualify } from './qualifiedNames';

/** How a qualified name reads in the user's language (naming.qualified). */
export function useQualify(): Qualify {
  const { t } = useI18n();
  return useMemo(() => (name: string, qualifier: string) => t('naming.qualified', { name, qualifier }), [t]);
}
