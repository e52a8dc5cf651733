export * from './location';
export * from './useHashLocation';
export * from './Link';
