import { useId } from 'react';
import { MISSING_DATA_RULES, REVIEW_LEVELS, type MissingDataRule, type ReviewLevel } from '../../../domain';
import { useI18n } from '../../../ui';
import type { LevelChoice, SchemeDraft } from './draft';
import { nationalLevelChoices } from './newRows';
import { FieldInput } from './fields';
import { fieldId, fieldState, type ShownProblem } from './problemIndex';

const CHOICES: readonly LevelChoice[] = ['good', 'bad', 'neither'];

type FairnessDraft = Pick<SchemeDraft, 'missingData' | 'talkAfterMonths' | 'reviewLevels'>;

/**
 * 公平性规则: what missing data costs (记 0 分 / 不计入, each said in one plain sentence), when an
 * office ranked last month after month is flagged (约谈提示, months only, 0 = never), and which of
 * the five review levels are 好评 and which 差评 (by default the national practice).
 */
export function FairnessSection({
  value,
  problems,
  onChange,
}: {
  value: FairnessDraft;
  problems: readonly ShownProblem[];
  onChange: (patch: Partial<FairnessDraft>) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  const levelsState = fieldState(problems, 'reviewLevels');
  const levelsInvalid = levelsState.invalid || problems.some(({ problem }) => problem.severity === 'error' && problem.path.startsWith('reviewLevels.'));
  const sum = (choice: LevelChoice) => {
    const levels = REVIEW_LEVELS.filter((level) => value.reviewLevels[level] === choice);
    return levels.length > 0 ? levels.map((level) => t(`settings.reviewLevel.${level}`)).join(' + ') : t('settings.fairness.levels.none');
  };
  const setLevel = (level: ReviewLevel, choice: LevelChoice) => onChange({ reviewLevels: { ...value.reviewLevels, [level]: choice } });

  return (
    <section className="panel fairness" aria-labelledby={fieldId('rules')}>
      <h3 id={fieldId('rules')} tabIndex={-1}>
        {t('settings.fairness.title')}
      </h3>
      <p className="hint">{t('settings.fairness.intro')}</p>

      <fieldset className="fairness-group" id={fieldId('rules.missingData')} tabIndex={-1}>
        <legend>{t('settings.fairness.missing')}</legend>
        {MISSING_DATA_RULES.map((rule: MissingDataRule) => (
          <div key={rule} className="fairness-choice">
            <label>
              <input type="radio" name={`${name}-missing`} value={rule} checked={value.missingData === rule} onChange={() => onChange({ missingData: rule })} />
              {t(`settings.fairness.missing.${rule}`)}
            </label>
            <p className="hint">{t(`settings.fairness.missing.${rule}Hint`)}</p>
          </div>
        ))}
      </fieldset>

      <fieldset className="fairness-group">
        <legend>{t('settings.fairness.talk')}</legend>
        <p className="talk-months">
          <span>{t('settings.fairness.talk.before')}</span>
          <span className="number-input">
            <FieldInput
              path="rules.talkAfterMonths"
              problems={problems}
              label={t('settings.fairness.talk.label')}
              inputMode="decimal"
              value={value.talkAfterMonths}
              onChange={(talkAfterMonths) => onChange({ talkAfterMonths })}
            />
          </span>
          <span>{t('settings.fairness.talk.after')}</span>
        </p>
        <p className="hint">{t('settings.fairness.talk.hint')}</p>
      </fieldset>

      <fieldset
        className={`fairness-group${levelsInvalid ? ' invalid' : ''}`}
        id={fieldId('reviewLevels')}
        tabIndex={-1}
        aria-invalid={levelsInvalid || undefined}
        aria-describedby={levelsState.describedBy}
      >
        <legend>{t('settings.fairness.levels')}</legend>
        <p className="hint">{t('settings.fairness.levels.intro')}</p>
        <div className="table-scroll scheme-table">
          <table className="data-table review-levels">
            <caption className="visually-hidden">{t('settings.fairness.levels.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.fairness.levels.col.level')}</th>
                <th scope="col">{t('settings.fairness.levels.col.choice')}</th>
              </tr>
            </thead>
            <tbody>
              {REVIEW_LEVELS.map((level) => {
                const levelName = t(`settings.reviewLevel.${level}`);
                return (
                  <tr key={level}>
                    <th scope="row">{levelName}</th>
                    <td>
                      <div role="radiogroup" aria-label={t('settings.fairness.levels.choiceLabel', { level: levelName })} className="level-choices">
                        {CHOICES.map((choice) => (
                          <label key={choice}>
                            <input
                              type="radio"
                              name={`${name}-${level}`}
                              value={choice}
                              checked={value.reviewLevels[level] === choice}
                              onChange={() => setLevel(level, choice)}
                            />
                            {t(`settings.fairness.levels.${choice}`)}
                          </label>
                        ))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="levels-summary">{t('settings.fairness.levels.summary', { good: sum('good'), bad: sum('bad') })}</p>
        <div className="toolbar">
          <button type="button" onClick={() => onChange({ reviewLevels: nationalLevelChoices() })}>
            {t('settings.fairness.levels.national')}
          </button>
          <span className="hint">{t('settings.fairness.levels.nationalHint')}</span>
        </div>
      </fieldset>
    </section>
  );
}
