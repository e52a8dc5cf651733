import { useId } from 'react';
import type { Office } from '../../domain';
import { useI18n } from '../i18n/I18nProvider';
import type { RankedKind } from '../view/useView';

/** The region evaluated (only shown when there is more than one, e.g. a prefecture's counties). */
export function ScopePicker({ regions, scopeId, onChange }: { regions: readonly Office[]; scopeId: string | undefined; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  if (regions.length < 2) return null;
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <label htmlFor={id}>{t('view.scope')}</label>
      <select id={id} value={scopeId} onChange={(event) => onChange(event.target.value)}>
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </select>
    </span>
  );
}

export function KindPicker({ kind, onChange }: { kind: RankedKind; onChange: (kind: RankedKind) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <label htmlFor={id}>{t('view.kind')}</label>
      <select id={id} value={kind} onChange={(event) => onChange(event.target.value as RankedKind)}>
        <option value="department">{t('kind.department')}</option>
        <option value="township">{t('kind.township')}</option>
      </select>
    </span>
  );
}
