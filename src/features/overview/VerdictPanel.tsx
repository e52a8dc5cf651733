import { useId, useMemo } from 'react';
import type { EngineData, PeriodEvaluation } from '../../engine';
import { qualifiedNames, useI18n, useQualify } from '../../ui';
import { BottomThree } from './BottomThree';
import { CardsSummary } from './CardsSummary';
import { kindsShown, verdictFacts, verdictText } from './verdict';

/**
 * What the overview opens with, above the fold at 1366×768: one line of verdict built from the data,
 * the offices with cards, and the bottom three of each ranked kind with their lost points.
 */
export function VerdictPanel({ engine, evaluation }: { engine: EngineData; evaluation: PeriodEvaluation }) {
  const i18n = useI18n();
  const headingId = useId();
  const qualify = useQualify();
  const kinds = useMemo(() => kindsShown(evaluation), [evaluation]);
  const facts = useMemo(() => verdictFacts(evaluation), [evaluation]);
  // One naming over every office this panel names, so a repeated 城关镇 reads the same everywhere in it.
  const names = useMemo(() => {
    const named = new Map(
      [...facts.last.map((entry) => entry.office), ...kinds.flatMap((kind) => evaluation.worst[kind] ?? [])].map((office) => [office.officeId, office]),
    );
    return qualifiedNames(engine, [...named.values()], qualify);
  }, [engine, evaluation, facts, kinds, qualify]);
  const text = verdictText(facts, i18n, names);
  return (
    <section className="panel verdict" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {i18n.t('overview.verdict.heading')}
      </h2>
      <p className="verdict-line" data-verdict>
        {text}
      </p>
      <div className={`verdict-grid kinds-${Math.min(kinds.length, 3)}`}>
        <CardsSummary engine={engine} evaluation={evaluation} />
        {kinds.map((kind) => (
          <BottomThree key={kind} evaluation={evaluation} kind={kind} names={names} />
        ))}
      </div>
    </section>
  );
}
