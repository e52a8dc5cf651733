import { useHashLocation } from '../../ui';

/** The view parameters a link from this screen carries, so the next screen shows the same period and scope. */
export function useCarriedParams(keys: readonly string[] = ['period', 'scope']): Record<string, string | null> {
  const { params } = useHashLocation();
  return Object.fromEntries(keys.map((key) => [key, params.get(key)]));
}
