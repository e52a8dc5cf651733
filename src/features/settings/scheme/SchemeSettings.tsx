import { useDeferredValue, useMemo, useState, type ChangeEvent } from 'react';
import { useDataset, useStoredScheme } from '../../../data';
import { clearStoredScheme } from '../../../data/schemeSave';
import { useShareScheme } from '../../../data/shareScheme';
import type { Scheme } from '../../../domain';
import { parseFormulaText } from '../../../domain/formulaText';
import { DEFAULT_SCHEME, type EngineData } from '../../../engine';
import { LoadingState, useI18n, type MessageKey } from '../../../ui';
import { alwaysZeroIds, checkDraft, denominatorProblems } from './check';
import { withFormula } from './definitionEdits';
import { DefinitionsSection } from './DefinitionsSection';
import { definitionPlaces, definitionUses, summableIds } from './definitionUses';
import type { DefinitionDraft, IndicatorDraft, RuleDraft, SchemeDraft } from './draft';
import { draftCatalogue, draftNames } from './draftCatalogue';
import { draftFromScheme } from './draftFromScheme';
import { noticeText, type EditorNotice } from './editorNotice';
import { draftMatches } from './draftToInput';
import { builtInDefinitionDraft, newDefinitionDraft, newIndicatorDraft, newRuleDraft } from './newRows';
import { renameInFormulas } from './renameInFormulas';
import { FairnessSection } from './FairnessSection';
import { fieldAliases } from './fieldAliases';
import { FieldInput } from './fields';
import { ImportFailureMessage, type ImportFailure } from './ImportFailureMessage';
import { IndicatorTable } from './IndicatorTable';
import { RuleTable } from './RuleTable';
import { ProblemList } from './ProblemList';
import type { ShownProblem } from './problemIndex';
import { schemeProblemSentence } from './problemText';
import { downloadScheme, readSchemeFile } from './schemeFile';
import { SchemeSaveNotices } from './SchemeSaveNotices';
import { useSchemeSave } from './useSchemeSave';
import './scheme.css';

type Origin = 'browser' | 'source' | 'default';

const ORIGIN_KEYS: Record<Origin, MessageKey> = {
  browser: 'settings.scheme.origin.browser',
  source: 'settings.scheme.origin.source',
  default: 'settings.scheme.origin.default',
};

/**
 * 设置 → 考核方案: the scheme in force, edited as a form and checked as it is typed (the engine's
 * validateScheme, each formula's text, and — with data loaded — ratios whose denominator is always
 * 0). A scheme without errors can be saved in this browser, where it wins over the source's and
 * the built-in one on every screen at once (src/data/schemeStore.ts).
 */
export function SchemeSettings() {
  const { dataset, isLoading, error } = useDataset();
  const stored = useStoredScheme();
  if (dataset) {
    return (
      <SchemeEditor
        inForce={dataset.scheme}
        origin={dataset.schemeOrigin}
        sourceHasScheme={dataset.schemeFromSource}
        sourceDown={false}
        data={dataset.engine}
      />
    );
  }
  if (isLoading && !error) return <LoadingState />;
  // The scheme does not depend on the numbers: it can be edited while the source is down.
  return <SchemeEditor inForce={stored ?? DEFAULT_SCHEME} origin={stored ? 'browser' : 'default'} sourceHasScheme={false} sourceDown data={null} />;
}

function SchemeEditor({
  inForce,
  origin,
  sourceHasScheme,
  sourceDown,
  data,
}: {
  inForce: Scheme;
  origin: Origin;
  sourceHasScheme: boolean;
  sourceDown: boolean;
  /** The data loaded, for the warning on ratios whose denominator is 0 in all of it; null while the source is down. */
  data: EngineData | null;
}) {
  const shareScheme = useShareScheme();
  const { t, locale, formatCount } = useI18n();
  const aliases = useMemo(() => fieldAliases(t), [t]);
  const fresh = useMemo(() => draftFromScheme(inForce, { locale, aliases }), [inForce, locale, aliases]);
  const [edit, setEdit] = useState<SchemeDraft | null>(null);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  const draft = edit ?? fresh;
  const saving = useSchemeSave(inForce, edit !== null);

  const names = useMemo(() => draftNames({ definitions: draft.definitions }, locale, aliases), [draft.definitions, locale, aliases]);
  const catalogue = draftCatalogue(draft);
  const check = useMemo(() => checkDraft(draft, names), [draft, names]);
  // Laid over the data a moment later, so typing never waits for it.
  const settled = useDeferredValue(check);
  const alwaysZero = useMemo(() => (data ? alwaysZeroIds(settled, data) : []), [settled, data]);
  const { input } = check;
  const problems = useMemo<ShownProblem[]>(
    () =>
      [...check.problems, ...denominatorProblems(draft, check, alwaysZero)].map((problem, i) => ({
        problem,
        text: schemeProblemSentence(problem, input, t, locale),
        listId: `scheme-problem-${i}`,
      })),
    [check, draft, alwaysZero, input, t, locale],
  );
  const errorCount = problems.filter(({ problem }) => problem.severity === 'error').length;
  const dirty = edit !== null && !draftMatches(edit, inForce, names);
  const valid = errorCount === 0 && check.scheme !== null;
  const usedBy = useMemo(() => definitionUses(draft, t), [draft, t]);
  const places = useMemo(() => definitionPlaces(draft), [draft]);
  const summable = useMemo(() => summableIds(draft, check.parsed), [draft, check]);

  const change = (next: SchemeDraft) => {
    setEdit(next);
    setNotice(null);
    setImportFailure(null);
  };
  const updateIndicator = (index: number, row: IndicatorDraft) =>
    change({ ...draft, indicators: draft.indicators.map((item, i) => (i === index ? row : item)) });
  const updateRule = (index: number, row: RuleDraft) => change({ ...draft, cardRules: draft.cardRules.map((item, i) => (i === index ? row : item)) });
  /** A definition edited; a new name is written into the formulas of the others that use it. */
  const updateDefinition = (index: number, row: DefinitionDraft) => {
    const before = draft.definitions[index]!;
    let definitions = draft.definitions.map((item, i) => (i === index ? row : item));
    if (before.zh !== row.zh || before.en !== row.en) definitions = renameInFormulas(definitions, row, names, draftNames({ definitions }, locale, aliases));
    change({ ...draft, definitions });
  };
  const updateFormula = (index: number, formula: string) => {
    const row = draft.definitions[index]!;
    updateDefinition(index, withFormula(row, formula, parseFormulaText(formula, names.toId)));
  };
  const addDefinition = () => change({ ...draft, definitions: [...draft.definitions, newDefinitionDraft(draft)] });
  const modifyBuiltIn = (id: string) => change({ ...draft, definitions: [...draft.definitions, builtInDefinitionDraft(id, names)] });
  const removeDefinition = (index: number) => change({ ...draft, definitions: draft.definitions.filter((_, i) => i !== index) });

  const save = (force = false) => {
    if (!check.scheme || errorCount > 0) return;
    const outcome = saving.save(check.scheme, { force });
    // A conflict keeps the draft (SchemeSaveNotices asks); a refused write is in force here, and says so until stored.
    if (outcome.status === 'conflict') return;
    // The scheme in force here (merged with another tab's save, if any) goes to the data service too, when it is the source.
    void shareScheme(outcome.scheme);
    setEdit(null);
    setImportFailure(null);
    setNotice(outcome.status === 'unsaved' ? null : { kind: 'saved', name: outcome.scheme.name, merged: outcome.status === 'merged' });
  };
  const reset = () => {
    clearStoredScheme();
    setEdit(null);
    setImportFailure(null);
    setNotice({ kind: 'reset' });
  };
  const discard = () => {
    setEdit(null);
    setImportFailure(null);
    setNotice({ kind: 'discarded' });
  };
  const loadDefault = () => {
    setEdit(draftFromScheme(DEFAULT_SCHEME, { locale, aliases }));
    setImportFailure(null);
    setNotice({ kind: 'defaultLoaded' });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so picking the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (!file) return;
    const result = await readSchemeFile(file);
    if (result.ok) {
      setEdit(draftFromScheme(result.scheme, { locale, aliases }));
      setImportFailure(null);
      setNotice({ kind: 'imported', file: file.name, name: result.scheme.name });
    } else {
      setImportFailure({ file: file.name, result });
      setNotice(null);
    }
  };

  const originText = t(ORIGIN_KEYS[origin], { name: inForce.name });

  return (
    <div className="scheme-editor">
      <section className="panel" aria-labelledby="scheme-title">
        <h3 id="scheme-title" className="visually-hidden">
          {t('settings.section.scheme')}
        </h3>
        <p className="hint">{t('settings.scheme.intro')}</p>
        <p className="in-force">
          <strong>{t('settings.scheme.inForce')}</strong>
          {originText}
          {dirty && <span className="badge yellow dirty">{t('settings.scheme.dirty')}</span>}
        </p>
        {sourceDown && <p className="notice-stale">{t('settings.scheme.sourceUnavailable')}</p>}
        <div className="scheme-meta">
          <label>
            {t('settings.scheme.name')}
            <FieldInput path="name" problems={problems} value={draft.name} onChange={(name) => change({ ...draft, name })} />
          </label>
          <label>
            {t('settings.scheme.id')}
            <FieldInput path="id" problems={problems} value={draft.id} onChange={(id) => change({ ...draft, id })} />
          </label>
        </div>
        <div className="toolbar scheme-actions" role="group" aria-label={t('settings.scheme.actions')}>
          <button type="button" className="primary" onClick={() => save()} disabled={!valid || !dirty}>
            {t('settings.scheme.save')}
          </button>
          <button type="button" onClick={discard} disabled={!dirty}>
            {t('settings.scheme.discard')}
          </button>
          <span className="file-pick">
            <input id="scheme-import" type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void importFile(event)} />
            <label htmlFor="scheme-import" className="button">
              {t('settings.scheme.import')}
            </label>
          </span>
          <button type="button" onClick={() => check.scheme && downloadScheme(check.scheme)} disabled={!valid}>
            {t('settings.scheme.export')}
          </button>
          <button type="button" onClick={reset} disabled={origin !== 'browser' && !dirty}>
            {t(sourceHasScheme ? 'settings.scheme.resetSource' : 'settings.scheme.resetDefault')}
          </button>
          {sourceHasScheme && (
            <button type="button" onClick={loadDefault}>
              {t('settings.scheme.loadDefault')}
            </button>
          )}
        </div>
        {!valid && <p className="scheme-blocked">{t('settings.scheme.cannotSave', { count: formatCount(errorCount) })}</p>}
        <div role="status" aria-live="polite" className="scheme-notice">
          {notice && <p>{noticeText(notice, t, originText)}</p>}
        </div>
        <SchemeSaveNotices saving={saving} onKeepMine={() => save(true)} onTakeTheirs={discard} />
        {importFailure && <ImportFailureMessage failure={importFailure} />}
      </section>

      <ProblemList problems={problems} />

      <IndicatorTable
        rows={draft.indicators}
        problems={problems}
        catalogue={catalogue}
        onChange={updateIndicator}
        onAdd={() => change({ ...draft, indicators: [...draft.indicators, newIndicatorDraft(draft)] })}
        onRemove={(index) => change({ ...draft, indicators: draft.indicators.filter((_, i) => i !== index) })}
      />
      <RuleTable
        rows={draft.cardRules}
        problems={problems}
        catalogue={catalogue}
        onChange={updateRule}
        onAdd={() => change({ ...draft, cardRules: [...draft.cardRules, newRuleDraft(draft)] })}
        onRemove={(index) => change({ ...draft, cardRules: draft.cardRules.filter((_, i) => i !== index) })}
      />
      <DefinitionsSection
        rows={draft.definitions}
        places={places}
        problems={problems}
        parsed={check.parsed}
        names={names}
        input={input}
        summable={summable}
        usedBy={usedBy}
        onChange={updateDefinition}
        onFormula={updateFormula}
        onAdd={addDefinition}
        onRemove={removeDefinition}
        onModify={modifyBuiltIn}
      />
      <FairnessSection value={draft} problems={problems} onChange={(patch) => change({ ...draft, ...patch })} />
    </div>
  );
}
