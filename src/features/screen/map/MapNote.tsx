import { MapFileError } from '../../../adapters/geo/features';
import type { MapGeometryState } from '../../../data/useMapGeometry';
import { useI18n } from '../../../ui';
import type { NameOf } from '../screenNames';
import type { MapLayout } from './mapLayout';

/** Names listed before "等 n 个". */
const LISTED = 3;

/**
 * What the map is drawn from, under it: the deployer's boundary file (its own title where it has
 * one), or tiles and why; offices the file has no boundary for; cards of offices the map has no
 * place for (the scope's own departments on a township map).
 */
export function MapNote({
  layout,
  geometry,
  fallback,
  elsewhere,
  nameOf,
  configProblems,
}: {
  layout: MapLayout;
  geometry: MapGeometryState;
  fallback: 'no-match' | 'failed' | null;
  elsewhere: number;
  nameOf: NameOf;
  configProblems: number;
}) {
  const { t, formatCount } = useI18n();
  const notes: { text: string; warn?: boolean }[] = [];
  if (layout.kind === 'geojson' && geometry.status === 'ready') {
    notes.push({ text: geometry.geometry.title ? t('screen.map.source', { title: geometry.geometry.title }) : t('screen.map.sourceFile') });
  } else if (fallback === 'failed') {
    const problem = geometry.status === 'failed' && geometry.error instanceof MapFileError ? geometry.error.problem : 'unreachable';
    notes.push({ text: t('screen.map.tilesFailed', { why: t(`screen.map.fileProblem.${problem}`) }), warn: true });
  } else if (fallback === 'no-match') {
    notes.push({ text: t('screen.map.tilesNoMatch'), warn: true });
  } else {
    notes.push({ text: t('screen.map.tiles') });
  }
  if (layout.unmatched.length > 0) {
    const names = layout.unmatched.slice(0, LISTED).map((office) => nameOf(office.id));
    const more = layout.unmatched.length - names.length;
    notes.push({
      text: t('screen.map.unmatched', { names: names.join('、'), more: more > 0 ? t('screen.map.more', { count: formatCount(more) }) : '' }),
      warn: true,
    });
  }
  if (configProblems > 0) notes.push({ text: t('screen.map.configProblems', { count: formatCount(configProblems) }), warn: true });
  if (elsewhere > 0) notes.push({ text: t('screen.map.elsewhere', { count: formatCount(elsewhere) }) });
  return (
    <p className="screen-footnote screen-map-note">
      {notes.map((note, index) => (
        <span key={index} className={note.warn ? 'warn' : undefined}>
          {note.text}
        </span>
      ))}
    </p>
  );
}
