import { createContext, useContext, type ReactNode } from 'react';
import type { AppConfig } from '../adapters/config';
import type { DataAdapter } from '../adapters/types';

export interface DataSource {
  config: AppConfig;
  adapter: DataAdapter;
}

const DataSourceContext = createContext<DataSource | null>(null);

/** The loaded config and the chosen adapter, provided once at the top of the app. */
export function DataSourceProvider({ value, children }: { value: DataSource; children: ReactNode }) {
  return <DataSourceContext.Provider value={value}>{children}</DataSourceContext.Provider>;
}

export function useDataSource(): DataSource {
  const value = useContext(DataSourceContext);
  if (!value) throw new Error('useDataSource outside DataSourceProvider');
  return value;
}
