import { useMemo } from 'react';
import type { EngineData } from '../../engine';
import { scopeNames } from './scopeNames';
import { useQualify } from './useQualify';

/** The names of a scope's offices as its screens show them (scopeNames), in the reader's language. */
export function useScopeNames(engine: EngineData, scopeId: string | undefined): ReadonlyMap<string, string> {
  const qualify = useQualify();
  return useMemo(() => scopeNames(engine, scopeId, qualify), [engine, scopeId, qualify]);
}
