export * from './DataSourceContext';
export * from './queryKeys';
export * from './queries';
export * from './queryClient';
export * from './retry';
export * from './useDataset';
export * from './schemeStore';
export * from './useEvaluation';
