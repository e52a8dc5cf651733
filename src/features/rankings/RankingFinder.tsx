import { useId, useMemo } from 'react';
import type { EngineData } from '../../engine';
import { homeScope, Link, nameAt, useI18n } from '../../ui';
import { searchKey } from '../../ui/table/tableState';

const SHOWN = 20;
const VILLAGE = 3;

interface Found {
  id: string;
  name: string;
  kind: 'region' | 'department' | 'township';
  home: string | null;
}

/**
 * A search in a ranking also looks through the rest of the scope: at a prefecture, 城东街道 is not in
 * the ranking of its 市直部门 but in thirteen counties' — each is listed with its county, a link to
 * its page and one to the ranking it is in (found there by the same search).
 */
export function RankingFinder({
  engine,
  scopeId,
  query,
  exclude,
  names,
  period,
}: {
  engine: EngineData;
  scopeId: string;
  query: string;
  /** The offices of the ranking shown (found by the table's own search). */
  exclude: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  period: string | null;
}) {
  const { t, formatCount } = useI18n();
  const headingId = useId();
  const wanted = searchKey(query);
  const found = useMemo<Found[]>(() => {
    const scope = engine.officeIndex.get(scopeId);
    if (wanted === '' || scope === undefined) return [];
    const list: Found[] = [];
    for (let o = scope + 1; o < engine.subtreeEnd[scope]!; o++) {
      const kind = engine.offices[o]!.kind;
      if (engine.kindCodes[o] === VILLAGE || kind === 'village') continue;
      const office = engine.offices[o]!;
      if (exclude.has(office.id)) continue;
      const name = nameAt(names, engine, office.id);
      if (!searchKey(name).includes(wanted)) continue;
      list.push({ id: office.id, name, kind, home: homeScope(engine, office.id) });
    }
    return list;
  }, [engine, scopeId, wanted, exclude, names]);

  if (found.length === 0) return null;
  const root = engine.rootIds[0];
  const scopeParam = (id: string | null) => (id === null || id === root ? null : id);
  return (
    <section className="finder" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('rankings.finder.heading', { count: formatCount(found.length), query: query.trim() })}</h3>
      <ul>
        {found.slice(0, SHOWN).map((office) => {
          const homeName = office.home === null ? '' : nameAt(names, engine, office.home);
          return (
            <li key={office.id}>
              <Link to={`/office/${office.id}`} params={{ period, scope: scopeParam(office.home) }}>
                {office.name}
              </Link>
              <span className="muted">{t(office.kind === 'region' ? 'view.kindRegion' : `kind.${office.kind}`)}</span>
              <Link
                to="/rankings"
                params={{ period, scope: scopeParam(office.home), kind: office.kind, q: engine.offices[engine.officeIndex.get(office.id)!]!.name }}
              >
                {t('rankings.finder.inRanking', { region: homeName })}
              </Link>
            </li>
          );
        })}
      </ul>
      {found.length > SHOWN && <p className="muted">{t('rankings.finder.more', { count: formatCount(found.length - SHOWN) })}</p>}
    </section>
  );
}
