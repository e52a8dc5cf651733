import type { Scheme } from '../domain';
import type { SchemeValidation } from '../engine';
import { writeStored, type StorageProblem } from './browserStorage';
import { equalJson, mergeThreeWay, type MergePath } from './mergeThreeWay';
import { emitSchemeChange, parseStoredScheme, schemeState, storedRaw, STORAGE_KEY } from './schemeStoreState';

/**
 * Saving the scheme staff edited in this browser (设置 → 考核方案), the writing side of
 * schemeStore.ts: only the settings screen saves, so this and its three-way merge load with it.
 * A save never loses anything silently: another tab's save since this edit began is merged field
 * by field (a field changed both ways is a conflict, not saved); a write the browser refuses
 * leaves the scheme in force in this tab only, and useUnsavedScheme says so.
 */
export type SchemeSaveOutcome =
  | { status: 'saved'; scheme: Scheme }
  /** Another tab saved since this edit began: its changes to other fields were kept too. */
  | { status: 'merged'; scheme: Scheme; theirs: Scheme }
  /** Another tab changed the same fields differently, or the merge would not validate: nothing saved. */
  | { status: 'conflict'; theirs: Scheme; conflicts: MergePath[] }
  /** The browser refused the write: in force in this tab only, until saved or the page closes. */
  | { status: 'unsaved'; scheme: Scheme; problem: StorageProblem };

export interface SaveOptions {
  /** The scheme in force when this edit began; with it, another tab's save since is merged, not overwritten. */
  base?: Scheme | null;
  /** Checks a merged scheme (the editor has the validator at hand). */
  validate?: (input: unknown) => SchemeValidation;
  /** Save as it is, over whatever another tab saved (the user chose theirs to go). */
  force?: boolean;
}

/** `scheme` has been validated by the caller (the settings screen): it is in force as it is. */
export function saveStoredScheme(scheme: Scheme, options: SaveOptions = {}): SchemeSaveOutcome {
  const check = options.validate ?? schemeState.validate;
  const currentRaw = storedRaw();
  const theirs = check ? parseStoredScheme(currentRaw, check) : null;
  // Storage still holds what it held when this tab's last save was refused: nobody else saved since.
  const untouched = schemeState.unsaved !== null && schemeState.storedWhenRefused === currentRaw;
  let toSave = scheme;
  let merged = false;
  if (!options.force && !untouched && options.base && theirs && !equalJson(theirs, options.base) && !equalJson(theirs, scheme)) {
    const result = mergeThreeWay(options.base, scheme, theirs);
    const checked = result.conflicts.length === 0 && check ? parseStoredScheme(JSON.stringify(result.value), check) : null;
    if (!checked) return { status: 'conflict', theirs, conflicts: result.conflicts };
    toSave = checked;
    merged = true;
  }
  const raw = JSON.stringify(toSave);
  const outcome = writeStored(STORAGE_KEY, raw);
  if (!outcome.ok) {
    if (!untouched) {
      schemeState.storedWhenRefused = currentRaw;
      schemeState.refusedBase = theirs ?? options.base ?? null;
    }
    schemeState.unsaved = { scheme: toSave, problem: outcome.problem };
    emitSchemeChange();
    return { status: 'unsaved', scheme: toSave, problem: outcome.problem };
  }
  schemeState.unsaved = null;
  schemeState.cached = { raw, scheme: toSave };
  emitSchemeChange();
  return merged && theirs ? { status: 'merged', scheme: toSave, theirs } : { status: 'saved', scheme: toSave };
}

/** Back to the source's or the built-in scheme, here and in every tab (a removal always succeeds). */
export function clearStoredScheme(): void {
  schemeState.unsaved = null;
  writeStored(STORAGE_KEY, null);
  emitSchemeChange();
}

/**
 * Tries the refused save again (after the user freed some space). Another tab may have saved in
 * the meantime: its changes are merged as on any save, and the same field changed both ways is a
 * conflict, never overwritten.
 */
export function retryUnsavedScheme(options: Pick<SaveOptions, 'validate'> = {}): SchemeSaveOutcome | null {
  const { unsaved, refusedBase } = schemeState;
  return unsaved ? saveStoredScheme(unsaved.scheme, { base: refusedBase, validate: options.validate }) : null;
}

/** Lets go of the scheme the browser refused (the user chose another tab's): storage's is in force again. */
export function dropUnsavedScheme(): void {
  if (!schemeState.unsaved) return;
  schemeState.unsaved = null;
  emitSchemeChange();
}
