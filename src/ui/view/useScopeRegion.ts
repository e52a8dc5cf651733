import { useDataset } from '../../data';
import { useHashLocation } from '../router';


/**
 * The region a screen is scoped to (the `scope` parameter of the URL, else the tree's root), for
 * headings and signatures; null until the offices are in.
 */
export function useScopeRegion(): { id: string; name: string; isRoot: boolean } | null {
  const { dataset } = useDataset();
  const { params } = useHashLocation();
  const engine = dataset?.engine;
  if (!engine) return null;
  const root = engine.rootIds[0];
  const asked = params.get('scope');
  const index = asked !== null ? engine.officeIndex.get(asked) : undefined;
  const office = index !== undefined && engine.offices[index]!.kind === 'region' ? engine.offices[index]! : root !== undefined ? engine.offices[engine.officeIndex.get(root)!] : undefined;
  return office ? { id: office.id, name: office.name, isRoot: office.id === root } : null;
}
