import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Box, Point, Polygon } from '../../../adapters/geo/geometry';
import { cutText, textUnits } from '../../../charts/options/richText';
import { useScreenUnit } from '../ScreenUnit';
import { fitProjection, pathOf, visibleLabels } from './projection';

/** Names longer than this (half-width units) are cut on the map; the panel beside it names them in full. */
export const MAP_NAME_UNITS = 16;
/** The map's text in design px: names read at 3 m, nothing under the screen's 18 px floor. */
export const MAP_TEXT = { name: 24, figure: 20, mark: 20 } as const;

export interface MapRegionView {
  key: string;
  /** null: a shape of the file no office of the scope claims, drawn grey as context. */
  officeId: string | null;
  polygons: readonly Polygon[];
  at: Point;
  label: string | null;
  /** The line under the name: "92.31分", "未报送". */
  figure: string | null;
  fill: string;
  /** Text on this fill: light on dark fills, dark on light ones. */
  ink: 'light' | 'dark';
  /** "红牌 2": a red border and this mark. */
  mark: string | null;
  /** A red card is news: the region pulses. */
  pulse: boolean;
}

export interface MapCanvasProps {
  regions: readonly MapRegionView[];
  box: Box;
  aspect: number;
  selected: string | null;
  onSelect: (officeId: string) => void;
  label: string;
}

/**
 * The map drawn by the screen itself: SVG paths fitted to the panel (sharp at any size, no chart
 * instance, nothing added to the first screen's code), labels in HTML so they are sized and
 * measured like every text of the screen, a CSS ripple where a red card is new. Labels that would
 * collide give way by priority (the highlighted region, red cards, then the rest).
 */
export function MapCanvas({ regions, box, aspect, selected, onSelect, label }: MapCanvasProps) {
  const unit = useScreenUnit();
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const measure = () =>
      setSize((previous) => {
        const next = { width: element.clientWidth, height: element.clientHeight };
        return previous && previous.width === next.width && previous.height === next.height ? previous : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Geometry in pixels, recomputed only when the shapes or the panel's size change.
  const drawn = useMemo(() => {
    if (!size || size.width < 2 || size.height < 2) return null;
    const fit = fitProjection(box, aspect, size.width, size.height, 12 * unit);
    return new Map(regions.map((region) => [region.key, { path: pathOf(region.polygons, fit.project), at: fit.project(region.at) }]));
    // Colours change with the data, shapes do not: key on the shapes only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size, box, aspect, unit, regions.map((region) => region.key).join('\u241f')]);

  const shown = useMemo(() => {
    if (!drawn) return new Set<string>();
    return visibleLabels(
      regions.flatMap((region) => {
        const place = drawn.get(region.key);
        if (!place || region.label === null) return [];
        const lines = 1 + (region.figure ? 1 : 0) + (region.mark ? 1 : 0);
        return [
          {
            key: region.key,
            x: place.at[0],
            y: place.at[1],
            width:
              Math.max(textUnits(cutText(region.label, MAP_NAME_UNITS)) * MAP_TEXT.name * 0.5, textUnits(region.figure ?? '') * MAP_TEXT.figure * 0.5) * unit,
            height: lines * 30 * unit,
            priority: (region.key === selected ? 1000 : 0) + (region.mark ? 10 : 0),
          },
        ];
      }),
    );
  }, [drawn, regions, selected, unit]);

  const selectedRegion = selected === null ? undefined : regions.find((region) => region.key === selected);
  return (
    <div className="screen-map" ref={host}>
      {drawn && size && (
        <svg width={size.width} height={size.height} role="img" aria-label={label}>
          {regions.map((region) => (
            <path
              key={region.key}
              d={drawn.get(region.key)?.path}
              fill={region.fill}
              className={`screen-map-region${region.mark ? ' red' : ''}${region.officeId === null ? ' context' : ''}`}
              data-office={region.officeId ?? undefined}
              onClick={region.officeId === null ? undefined : () => onSelect(region.officeId!)}
            />
          ))}
          {selectedRegion && <path className="screen-map-selected" d={drawn.get(selectedRegion.key)?.path} aria-hidden="true" />}
          {/* A new red card pulses along the unit's outline, never over its name and score. */}
          {regions.map((region) =>
            region.pulse ? (
              <path
                key={`pulse-${region.key}`}
                className="screen-map-pulse"
                d={drawn.get(region.key)?.path}
                data-pulse={region.officeId ?? ''}
                aria-hidden="true"
              />
            ) : null,
          )}
        </svg>
      )}
      {drawn &&
        regions.map((region) => {
          const place = drawn.get(region.key);
          if (!place) return null;
          return (
            <div key={region.key} className="screen-map-marks" style={{ left: place.at[0], top: place.at[1] }}>
              {region.label !== null && shown.has(region.key) && (
                <div
                  className={`screen-map-label ink-${region.ink}${region.key === selected ? ' selected' : ''}`}
                  onClick={() => region.officeId && onSelect(region.officeId)}
                >
                  <b>{cutText(region.label, MAP_NAME_UNITS)}</b>
                  {region.figure && <span>{region.figure}</span>}
                  {region.mark && <span className="screen-map-mark">{region.mark}</span>}
                </div>
              )}
            </div>
          );
        })}
    </div>
  );
}
