import { useSyncExternalStore } from 'react';
import type { Scheme } from '../domain';
import type { SchemeValidation } from '../engine';
import { readStored, watchStored, writeStored, type StorageProblem } from './browserStorage';
import { equalJson, mergeThreeWay, type MergePath } from './mergeThreeWay';

/**
 * The scheme staff edited in this browser (设置 → 考核方案). It wins over the source's and the
 * built-in one, on every screen at once and in every open tab, until it is reset. Kept in
 * localStorage: it is small, and every screen needs it synchronously at start.
 *
 * A save never loses anything silently: when another tab saved in the meantime, the fields this
 * tab did not change take that tab's values (a field changed both ways is a conflict, not saved);
 * when the browser refuses the write (storage full), the scheme stays in force in this tab, held
 * in memory, and useSchemeStorage says it is not saved so the editor can offer to export it.
 */
const STORAGE_KEY = 'spd.scheme.v1';
const listeners = new Set<() => void>();
let cached: { raw: string | null; scheme: Scheme | null } = { raw: null, scheme: null };

/** Saved here but refused by the browser: in force in this tab only. */
let unsaved: { scheme: Scheme; problem: StorageProblem } | null = null;
/** What storage held when that save was refused: while it still does, no other tab has saved since. */
let storedWhenRefused: string | null = null;
/** What the refused scheme was made over (storage's scheme then, or the edit's base): a retry merges over it. */
let refusedBase: Scheme | null = null;

/**
 * The scheme validator is fetched only when a stored scheme is there to check: most browsers
 * never store one, and the built-in scheme needs no check at run time (the tests check it).
 */
let validate: ((input: unknown) => SchemeValidation) | null = null;
let validatorLoading: Promise<void> | null = null;

function storedRaw(): string | null {
  return readStored(STORAGE_KEY);
}

/**
 * Loads the validator when this browser stores a scheme. The app awaits it before its first
 * render, so a stored scheme is in force from the first figure drawn, never after a flash of others.
 */
export function prepareStoredScheme(): Promise<void> {
  if (validate || !storedRaw()) return Promise.resolve();
  validatorLoading ??= import('../engine/validateScheme').then(
    (module) => {
      validate = module.validateScheme;
    },
    (error: unknown) => {
      validatorLoading = null;
      throw error;
    },
  );
  return validatorLoading;
}

function parse(raw: string | null, check: (input: unknown) => SchemeValidation): Scheme | null {
  if (!raw) return null;
  try {
    const result = check(JSON.parse(raw));
    // A stored scheme that no longer validates (e.g. after an upgrade) is ignored, not half-used.
    return result.problems.some((problem) => problem.severity === 'error') ? null : result.scheme;
  } catch {
    return null;
  }
}

function readStoredScheme(): Scheme | null {
  const raw = storedRaw();
  if (raw === cached.raw) return cached.scheme;
  if (raw && !validate) {
    // Stored after start (another tab, a test): in force as soon as the validator is here.
    prepareStoredScheme().then(emit, () => undefined);
    return cached.scheme;
  }
  cached = { raw, scheme: validate ? parse(raw, validate) : null };
  return cached.scheme;
}

function read(): Scheme | null {
  return unsaved?.scheme ?? readStoredScheme();
}

function emit() {
  for (const listener of listeners) listener();
}

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
  const check = options.validate ?? validate;
  const currentRaw = storedRaw();
  const theirs = check ? parse(currentRaw, check) : null;
  // Storage still holds what it held when this tab's last save was refused: nobody else saved since.
  const untouched = unsaved !== null && storedWhenRefused === currentRaw;
  let toSave = scheme;
  let merged = false;
  if (!options.force && !untouched && options.base && theirs && !equalJson(theirs, options.base) && !equalJson(theirs, scheme)) {
    const result = mergeThreeWay(options.base, scheme, theirs);
    const checked = result.conflicts.length === 0 && check ? parse(JSON.stringify(result.value), check) : null;
    if (!checked) return { status: 'conflict', theirs, conflicts: result.conflicts };
    toSave = checked;
    merged = true;
  }
  const raw = JSON.stringify(toSave);
  const outcome = writeStored(STORAGE_KEY, raw);
  if (!outcome.ok) {
    if (!untouched) {
      storedWhenRefused = currentRaw;
      refusedBase = theirs ?? options.base ?? null;
    }
    unsaved = { scheme: toSave, problem: outcome.problem };
    emit();
    return { status: 'unsaved', scheme: toSave, problem: outcome.problem };
  }
  unsaved = null;
  cached = { raw, scheme: toSave };
  emit();
  return merged && theirs ? { status: 'merged', scheme: toSave, theirs } : { status: 'saved', scheme: toSave };
}

/** Back to the source's or the built-in scheme, here and in every tab (a removal always succeeds). */
export function clearStoredScheme(): void {
  unsaved = null;
  writeStored(STORAGE_KEY, null);
  emit();
}

/**
 * Tries the refused save again (after the user freed some space). Another tab may have saved in
 * the meantime: its changes are merged as on any save, and the same field changed both ways is a
 * conflict, never overwritten.
 */
export function retryUnsavedScheme(options: Pick<SaveOptions, 'validate'> = {}): SchemeSaveOutcome | null {
  return unsaved ? saveStoredScheme(unsaved.scheme, { base: refusedBase, validate: options.validate }) : null;
}

/** Lets go of the scheme the browser refused (the user chose another tab's): storage's is in force again. */
export function dropUnsavedScheme(): void {
  if (!unsaved) return;
  unsaved = null;
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab's save or reset; this tab's own writes are announced by emit().
  const unwatch = watchStored((key) => key === STORAGE_KEY || key === '', (_key, from) => from === 'other-tab' && listener());
  return () => {
    listeners.delete(listener);
    unwatch();
  };
}

export function useStoredScheme(): Scheme | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

/** The scheme this tab holds but could not store, and why; null when everything is saved. */
export function useUnsavedScheme(): { scheme: Scheme; problem: StorageProblem } | null {
  return useSyncExternalStore(subscribe, () => unsaved, () => null);
}
