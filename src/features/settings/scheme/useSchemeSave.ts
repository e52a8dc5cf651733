import { useState } from 'react';
import { dropUnsavedScheme, retryUnsavedScheme, saveStoredScheme, type SchemeSaveOutcome } from '../../../data/schemeSave';
import type { MergePath } from '../../../data/mergeThreeWay';
import type { Scheme } from '../../../domain';
import { validateScheme } from '../../../engine/validateScheme';

export interface SaveConflict {
  /** The other tab's saved scheme, now in force. */
  theirs: Scheme;
  /** Fields both changed differently (empty: the merge would not validate). */
  conflicts: MergePath[];
}

export interface SchemeSave {
  /** Saves over the scheme in force when the edit began: another tab's save since is merged, never overwritten unseen. */
  save(scheme: Scheme, options?: { force?: boolean }): SchemeSaveOutcome;
  /** Saves again the scheme the browser refused; another tab's save since is merged the same way. */
  retry(): SchemeSaveOutcome | null;
  conflict: SaveConflict | null;
  /** The other tab's scheme is kept: the conflict and any scheme the browser refused here are let go. */
  takeTheirs(): void;
}

/**
 * The editor's save path. The scheme in force when editing began is the base of a three-way
 * merge: fields only this tab changed are saved over another tab's save, fields only the other tab
 * changed keep its values, and a field both changed is a conflict the user settles.
 */
export function useSchemeSave(inForce: Scheme, editing: boolean): SchemeSave {
  const [base, setBase] = useState(inForce);
  // While nothing is being edited the base follows the scheme in force (another tab's save included).
  if (!editing && base !== inForce) setBase(inForce);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const settle = (outcome: SchemeSaveOutcome | null) => {
    setConflict(outcome?.status === 'conflict' ? { theirs: outcome.theirs, conflicts: outcome.conflicts } : null);
    return outcome;
  };
  return {
    save: (scheme, { force = false } = {}) => settle(saveStoredScheme(scheme, { base, validate: validateScheme, force }))!,
    retry: () => settle(retryUnsavedScheme({ validate: validateScheme })),
    conflict,
    takeTheirs: () => {
      setConflict(null);
      dropUnsavedScheme();
    },
  };
}
