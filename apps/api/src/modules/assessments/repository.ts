import { answers, assessments, type Executor } from '@regin/db';
import type { Framework } from '@regin/domain';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';

type AssessmentRow = typeof assessments.$inferSelect;
type AnswerRow = typeof answers.$inferSelect;

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);

export function toAnswer(row: AnswerRow) {
  return {
    indicatorCode: row.indicatorCode,
    optionId: row.optionId,
    notApplicable: row.notApplicable,
    justification: row.justification,
    sources: row.sources as never[],
    comments: row.comments as never[],
    answeredBy: row.answeredBy,
    validatedBy: row.validatedBy,
    validatedAt: iso(row.validatedAt),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toAssessmentSummary(
  row: AssessmentRow,
  progress: { answered: number; notApplicable: number; total: number },
) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    frameworkId: row.frameworkId,
    frameworkVersion: row.frameworkVersion,
    round: row.round,
    status: row.status,
    illustrative: row.illustrative,
    submittedAt: iso(row.submittedAt),
    validatedAt: iso(row.validatedAt),
    publishedAt: iso(row.publishedAt),
    updatedAt: new Date(row.updatedAt).toISOString(),
    progress,
  };
}

export async function findAssessment(executor: Executor, id: string, forUpdate = false) {
  const query = executor.select().from(assessments).where(eq(assessments.id, id)).limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function answersOf(executor: Executor, assessmentId: string) {
  return executor
    .select()
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId))
    .orderBy(answers.indicatorCode);
}

export function progressOf(
  rows: readonly Pick<AnswerRow, 'optionId' | 'notApplicable'>[],
  framework?: Framework,
) {
  const total = framework ? framework.indicators.filter((i) => i.kind === 'policy').length : rows.length;
  return {
    answered: rows.filter((row) => row.optionId !== null).length,
    notApplicable: rows.filter((row) => row.notApplicable).length,
    total,
  };
}

export interface AssessmentFilter {
  region?: string | undefined;
  framework?: string | undefined;
  round?: number | undefined;
  status?: AssessmentRow['status'] | undefined;
  /** Regions whose unpublished assessments the reader may see; `all` for coordinators and admins. */
  visibleRegions: readonly string[] | 'all';
}

export async function listAssessments(
  executor: Executor,
  filter: AssessmentFilter,
  limit: number,
  offset: number,
) {
  const conditions: SQL[] = [];
  if (filter.region) conditions.push(eq(assessments.regionCode, filter.region));
  if (filter.framework) conditions.push(eq(assessments.frameworkId, filter.framework));
  if (filter.round !== undefined) conditions.push(eq(assessments.round, filter.round));
  if (filter.status) conditions.push(eq(assessments.status, filter.status));
  const rows = await executor
    .select()
    .from(assessments)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(assessments.round), assessments.regionCode);
  const visible = rows.filter((row) => isVisible(row, filter.visibleRegions));
  const page = visible.slice(offset, offset + limit);
  const answerRows = page.length
    ? await executor
        .select({
          assessmentId: answers.assessmentId,
          optionId: answers.optionId,
          notApplicable: answers.notApplicable,
        })
        .from(answers)
        .where(
          inArray(
            answers.assessmentId,
            page.map((row) => row.id),
          ),
        )
    : [];
  const answersByAssessment = new Map<string, typeof answerRows>();
  for (const answer of answerRows) {
    const list = answersByAssessment.get(answer.assessmentId) ?? [];
    list.push(answer);
    answersByAssessment.set(answer.assessmentId, list);
  }
  return { rows: page, total: visible.length, answersByAssessment };
}

/** Published assessments are public; others only for coordinators, admins and the region's editors. */
export function isVisible(
  row: Pick<AssessmentRow, 'status' | 'regionCode'>,
  visibleRegions: readonly string[] | 'all',
) {
  if (row.status === 'published' || visibleRegions === 'all') return true;
  return visibleRegions.some(
    (code) => row.regionCode === code || (!code.includes('-') && row.regionCode.startsWith(code)),
  );
}
