import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { officesQueryOptions, useDataSource } from '../../data';
import { useHashLocation } from '../router';

/**
 * The region a screen is scoped to (the `scope` parameter of the URL, else the tree's root), for
 * headings and signatures; null until the offices are in. It needs the offices only: the header
 * of a screen that draws no figures (settings, just after an import) does not load and index
 * every record for its title.
 */
export function useScopeRegion(): { id: string; name: string; isRoot: boolean } | null {
  const { adapter, config } = useDataSource();
  const refetchMs = config.refreshSeconds > 0 ? config.refreshSeconds * 1000 : false;
  const offices = useQuery(officesQueryOptions(adapter, refetchMs)).data?.offices;
  const { params } = useHashLocation();
  const asked = params.get('scope');
  return useMemo(() => {
    if (!offices) return null;
    // The engine's first root: of the offices without a parent, the first by id.
    let root: (typeof offices)[number] | undefined;
    for (const office of offices) if (office.parentId === null && (!root || office.id < root.id)) root = office;
    const scoped = asked !== null ? offices.find((office) => office.id === asked && office.kind === 'region') : undefined;
    const office = scoped ?? root;
    return office ? { id: office.id, name: office.name, isRoot: office.id === root?.id } : null;
  }, [offices, asked]);
}
