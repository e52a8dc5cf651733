import type { Office, OfficeKind } from '../domain';
import { EngineInputError, KIND_CODE, type EngineData } from './engineData';

/** The internal index of an office; throws for an id the data does not hold. */
export function officeIndexOf(data: EngineData, officeId: string): number {
  const index = data.officeIndex.get(officeId);
  if (index === undefined) throw new EngineInputError(`unknown office: ${officeId}`);
  return index;
}

/** The office a scope id names, defaulting to the first root. */
export function scopeIndexOf(data: EngineData, scopeId: string | undefined): number {
  if (scopeId !== undefined) return officeIndexOf(data, scopeId);
  const root = data.rootIds[0];
  if (root === undefined) throw new EngineInputError('there are no offices');
  return officeIndexOf(data, root);
}

export function officeById(data: EngineData, officeId: string): Office | undefined {
  const index = data.officeIndex.get(officeId);
  return index === undefined ? undefined : data.offices[index];
}

/** Direct children, sorted by id. */
export function childrenOf(data: EngineData, officeId: string): Office[] {
  const index = officeIndexOf(data, officeId);
  const result: Office[] = [];
  const end = data.subtreeEnd[index]!;
  for (let child = index + 1; child < end; child = data.subtreeEnd[child]!) result.push(data.offices[child]!);
  return result;
}

/** Every office below `officeId` (not itself) of the given kind, in tree order. */
export function descendantsOfKind(data: EngineData, officeId: string, kind: OfficeKind): Office[] {
  const index = officeIndexOf(data, officeId);
  const code = KIND_CODE[kind];
  const result: Office[] = [];
  const end = data.subtreeEnd[index]!;
  for (let o = index + 1; o < end; o++) if (data.kindCodes[o] === code) result.push(data.offices[o]!);
  return result;
}

/** From the root down to the office's parent. */
export function ancestorsOf(data: EngineData, officeId: string): Office[] {
  const path: Office[] = [];
  for (let p = data.parentIndex[officeIndexOf(data, officeId)]!; p >= 0; p = data.parentIndex[p]!) {
    path.push(data.offices[p]!);
  }
  return path.reverse();
}

export function isInSubtree(data: EngineData, ancestorId: string, officeId: string): boolean {
  const ancestor = officeIndexOf(data, ancestorId);
  const office = officeIndexOf(data, officeId);
  return office >= ancestor && office < data.subtreeEnd[ancestor]!;
}
