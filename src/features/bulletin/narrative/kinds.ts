import type { RankedKind } from '../../../engine';
import type { NarrativeContext } from './context';

/** 部门 / departments; English changes with the count. */
export function kindWord(ctx: NarrativeContext, kind: RankedKind, count = 2): string {
  if (kind === 'department') return ctx.t(count === 1 ? 'bulletin.kindWord.department' : 'bulletin.kindWord.departments');
  return ctx.t(count === 1 ? 'bulletin.kindWord.township' : 'bulletin.kindWord.townships');
}
