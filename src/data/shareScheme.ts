import { useQueryClient } from '@tanstack/react-query';
import type { Capabilities } from '../adapters/types';
import type { Scheme } from '../domain';
import { useDataSource } from './DataSourceContext';
import { queryKeys } from './queryKeys';

/**
 * When the source is a data service that takes uploads, a saved scheme is also stored there, so
 * every screen of every user scores under it (the service serves it at /scheme); the write needs
 * a login (设置 → 数据来源) and resolves to whether the service took it. Other sources: nothing is sent.
 */
export function useShareScheme(): (scheme: Scheme) => Promise<boolean> {
  const { adapter } = useDataSource();
  const client = useQueryClient();
  return async (scheme) => {
    const capabilities = client.getQueryData<Capabilities | null>(queryKeys.capabilities(adapter.id));
    if (!capabilities?.uploads || !adapter.writes) return false;
    const answer = await adapter.writes.putScheme(scheme);
    if (answer.ok) await client.invalidateQueries({ predicate: (query) => query.queryKey[1] === 'scheme' });
    return answer.ok;
  };
}
