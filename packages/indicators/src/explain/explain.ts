import type { Framework } from '@regin/domain';
import { aggregate, fillRow } from '../scoring/aggregate.js';
import {
  answerValue,
  type CompiledFramework,
  NOT_APPLICABLE,
  resolveGroup,
  type ScorableAnswer,
  withOptions,
} from '../scoring/compile.js';
import type { ExplainedAnswer, GroupSelector, Score, ScoreOptions } from '../types.js';

/** An aggregate and every answer it rests on. */
export interface Explanation {
  /** Equal to `score(...)` for the same input. */
  score: Score;
  /** One line per indicator the aggregate covers, in framework order. */
  answers: ExplainedAnswer[];
}

/**
 * Explains one region's aggregate in one round: every indicator `selector` covers, with its status
 * (`answered`, `not_applicable`, or `missing` when there is no answer or the option is unknown), the
 * chosen option's label and score, the effective weight, and the answer's justification, sources and
 * validation. A later answer to the same indicator replaces an earlier one, as in scoring.
 */
export function explain(
  framework: Framework | CompiledFramework,
  answers: readonly ScorableAnswer[],
  selector: GroupSelector,
  options?: ScoreOptions,
): Explanation {
  const compiled = withOptions(framework, options);
  const row = new Float64Array(compiled.size);
  fillRow(compiled, answers, row);
  const group = resolveGroup(compiled, selector);
  const byIndex = new Map<number, ScorableAnswer>();
  for (const answer of answers) {
    const index = compiled.indexOf.get(answer.indicatorCode);
    if (index !== undefined) byIndex.set(index, answer);
  }
  const lines: ExplainedAnswer[] = [];
  for (const index of group) {
    const indicator = compiled.indicators[index]!;
    const answer = byIndex.get(index);
    const value = answer === undefined ? Number.NaN : answerValue(compiled, index, answer);
    const line: ExplainedAnswer = {
      indicatorCode: indicator.code,
      question: indicator.question,
      weight: compiled.weights[index]!,
      status: value === NOT_APPLICABLE ? 'not_applicable' : Number.isNaN(value) ? 'missing' : 'answered',
      sources: answer?.sources ?? [],
    };
    if (line.status === 'answered') {
      const option =
        answer?.optionId === undefined
          ? undefined
          : (indicator.options ?? []).find((item) => item.id === answer.optionId);
      if (option !== undefined) {
        line.optionId = option.id;
        line.optionLabel = option.label;
      }
      line.score = value;
    }
    if (answer?.justification !== undefined) line.justification = answer.justification;
    if (answer?.validatedBy !== undefined) line.validatedBy = answer.validatedBy;
    if (answer?.validatedAt !== undefined) line.validatedAt = answer.validatedAt;
    lines.push(line);
  }
  return { score: aggregate(row, 0, group, compiled.weights, compiled.rules), answers: lines };
}
