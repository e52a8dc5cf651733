import { useQuery } from '@tanstack/react-query';
import { queryKeys, useDataSource } from '../../../data';

/** The source's capabilities (v2), asked once and shared through the query cache; null for a source without them. */
export function useServiceCapabilities() {
  const { adapter } = useDataSource();
  return useQuery({
    queryKey: queryKeys.capabilities(adapter.id),
    queryFn: ({ signal }) => adapter.getCapabilities!({ signal }),
    enabled: adapter.getCapabilities !== undefined,
  });
}

/** Whether the source is a data service that takes uploads: then a file loaded below stays in this browser only. */
export function useServiceTakesUploads(): boolean {
  const { adapter } = useDataSource();
  const capabilities = useServiceCapabilities();
  return adapter.writes !== undefined && capabilities.data?.uploads === true;
}
