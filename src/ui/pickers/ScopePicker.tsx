import { useId, useMemo } from 'react';
import type { Office } from '../../domain';
import { useI18n } from '../i18n/I18nProvider';
import type { RankedKind } from '../view/useView';

/** The region tree as the picker walks it: children by parent, and each region by id. */
function regionTree(regions: readonly Office[]) {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const children = new Map<string | null, Office[]>();
  for (const region of regions) {
    const parent = region.parentId !== null && byId.has(region.parentId) ? region.parentId : null;
    const list = children.get(parent);
    if (list) list.push(region);
    else children.set(parent, [region]);
  }
  return { byId, children };
}

/** From the top region down to the scope. */
function pathTo(byId: ReadonlyMap<string, Office>, scopeId: string | undefined): Office[] {
  const path: Office[] = [];
  const seen = new Set<string>();
  for (
    let region = scopeId === undefined ? undefined : byId.get(scopeId);
    region && !seen.has(region.id);
    region = region.parentId === null ? undefined : byId.get(region.parentId)
  ) {
    seen.add(region.id);
    path.push(region);
  }
  return path.reverse();
}

/**
 * The region evaluated, picked level by level (省 → 市 → 县): one list per level, each holding the
 * regions under the one picked above it, so a province's 160 regions are never one long list.
 * Shown only when there is more than one region.
 */
export function ScopePicker({ regions, scopeId, onChange }: { regions: readonly Office[]; scopeId: string | undefined; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const tree = useMemo(() => regionTree(regions), [regions]);
  if (regions.length < 2) return null;
  const path = pathTo(tree.byId, scopeId);
  const top = path[0] ?? tree.children.get(null)?.[0];
  if (!top) return null;
  // One list per region of the path that has regions under it.
  const levels = (path.length > 0 ? path : [top]).filter((region) => (tree.children.get(region.id)?.length ?? 0) > 0);
  return (
    <fieldset className="scope-picker" style={{ border: 0, padding: 0, margin: 0, display: 'inline-flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      <legend className="visually-hidden">{t('view.scope')}</legend>
      <label htmlFor={`${id}-0`}>{t('view.scope')}</label>
      {levels.map((parent, level) => {
        const children = tree.children.get(parent.id) ?? [];
        const chosen = path[path.indexOf(parent) + 1];
        return (
          <select
            key={parent.id}
            id={`${id}-${level}`}
            aria-label={t('view.scopeLevel', { name: parent.name })}
            value={chosen?.id ?? parent.id}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value={parent.id}>{t('view.scopeWhole', { name: parent.name })}</option>
            {children.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        );
      })}
    </fieldset>
  );
}

/** The kind ranked, as a list (the overview and themes); the rankings page shows tabs (KindTabs). */
export function KindPicker({ kind, kinds, onChange }: { kind: RankedKind; kinds?: readonly RankedKind[]; onChange: (kind: RankedKind) => void }) {
  const { t } = useI18n();
  const id = useId();
  const offered: readonly RankedKind[] = kinds && kinds.length > 0 ? kinds : ['department', 'township'];
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <label htmlFor={id}>{t('view.kind')}</label>
      <select id={id} value={kind} onChange={(event) => onChange(event.target.value as RankedKind)}>
        {offered.map((option) => (
          <option key={option} value={option}>
            {t(option === 'region' ? 'view.kindRegion' : `kind.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
