import { expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../../src/engine';
import { draftNames } from '../../../../src/features/settings/scheme/draftCatalogue';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { newDefinitionDraft } from '../../../../src/features/settings/scheme/newRows';
import { renameInFormulas } from '../../../../src/features/settings/scheme/renameInFormulas';

test('renaming an indicator rewrites the formulas that use it', () => {
  const draft = draftFromScheme(DEFAULT_SCHEME);
  const due = { ...newDefinitionDraft(draft), zh: '应办结件数', formula: '受理件数 + 上月结转在办件数?', unit: 'items' as const };
  draft.definitions.push(due);
  const rate = { ...newDefinitionDraft(draft), zh: '结办比', formula: '办结件数 / 应办结件数' };
  draft.definitions.push(rate);
  const renamed = { ...due, zh: '应办件数' };
  const definitions = renameInFormulas(
    draft.definitions.map((row) => (row.key === due.key ? renamed : row)),
    renamed,
    draftNames(draft),
    draftNames({ definitions: draft.definitions.map((row) => (row.key === due.key ? renamed : row)) }),
  );
  expect(definitions.map((row) => row.formula)).toEqual(['受理件数 + 上月结转在办件数?', '办结件数 / 应办件数']);
});
