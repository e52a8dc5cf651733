import type { EditorProblem } from './check';

/** A problem with its sentence and the DOM id of its line in the problem list. */
export interface ShownProblem {
  problem: EditorProblem;
  text: string;
  listId: string;
}

/** The DOM id of the control that edits `path` ("indicators[2].floor" → "scheme-indicators-2-floor"). */
export function fieldId(path: string): string {
  return `scheme-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '') || 'root'}`;
}

/** Problems about this path or anything inside it ("appliesTo" also takes "appliesTo[1]"). */
export function problemsAt(problems: readonly ShownProblem[], path: string): ShownProblem[] {
  return problems.filter(({ problem }) => problem.path === path || problem.path.startsWith(`${path}[`));
}

/** Problems about this path or any field of it ("formula" takes "formula.numerator[0]"; "definitions[3]" all of that definition's). */
export function problemsUnder(problems: readonly ShownProblem[], path: string): ShownProblem[] {
  return problems.filter(({ problem }) => problem.path === path || problem.path.startsWith(`${path}[`) || problem.path.startsWith(`${path}.`));
}

/** What a control needs to show its problems: aria-invalid for errors, described by the sentences. */
export function fieldState(problems: readonly ShownProblem[], path: string): { invalid: boolean; describedBy: string | undefined } {
  const here = problemsAt(problems, path);
  return {
    invalid: here.some(({ problem }) => problem.severity === 'error'),
    describedBy: here.length > 0 ? here.map((shown) => shown.listId).join(' ') : undefined,
  };
}

/** Focuses the control of a path, or the nearest enclosing one that exists (a row, a table). */
export function focusPath(path: string): void {
  let current = path;
  for (;;) {
    const element = document.getElementById(fieldId(current));
    if (element) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
      return;
    }
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return;
    current = current.slice(0, cut);
  }
}
