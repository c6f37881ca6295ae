import {
  evaluationBodySchema,
  evaluationPatchBodySchema,
  evaluatorListResponseSchema,
  fieldErrors,
} from '@regin/api-contract';
import {
  EVALUATION_STATUSES,
  EVALUATOR_KINDS,
  type EvaluationCriterion,
  evaluationCriterionSchema,
  type LocalizedText,
} from '@regin/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import { useAuth } from '../auth.js';
import { localized, useI18n } from '../i18n/index.js';
import { mergeLines } from '../lines.js';
import { ErrorBox, errorAt, Field, issuesToFields, StatusBadge, useLoad } from '../ui.js';

export interface EvaluationView {
  id: string;
  actionId: string;
  evaluatorId: string;
  evaluatorKind: string;
  date: string;
  status: string;
  ratings: { criterion: EvaluationCriterion; rating: number; evidence: string }[];
  findings: LocalizedText[];
  recommendations: LocalizedText[];
}

const CRITERIA = evaluationCriterionSchema.options;
const RATINGS = [1, 2, 3, 4] as const;

function EvaluationForm({
  actionId,
  existing,
  onDone,
}: {
  actionId: string;
  existing?: EvaluationView | undefined;
  onDone: () => void;
}) {
  const { t, lang, label } = useI18n();
  const [ratings, setRatings] = useState<Record<string, { rating: string; evidence: string }>>(() =>
    Object.fromEntries(
      (existing?.ratings ?? []).map((r) => [r.criterion, { rating: String(r.rating), evidence: r.evidence }]),
    ),
  );
  const [findings, setFindings] = useState(
    (existing?.findings ?? []).map((item) => localized(item, lang)).join('\n'),
  );
  const [recommendations, setRecommendations] = useState(
    (existing?.recommendations ?? []).map((item) => localized(item, lang)).join('\n'),
  );
  const [kind, setKind] = useState(existing?.evaluatorKind ?? 'external');
  const [date, setDate] = useState(existing?.date ?? new Date().toISOString().slice(0, 10));
  const [status, setStatus] = useState(existing?.status ?? 'draft');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  // The form replaces the button that opened it: focus moves into it, so keyboard users are not left on <body>.
  useEffect(() => {
    formRef.current?.focus();
  }, []);
  const rated = CRITERIA.filter((criterion) => ratings[criterion]?.rating);
  /** zod and the API name ratings by position among the rated criteria; shown on that criterion's row. */
  const ratingError = (criterion: string, field: 'rating' | 'evidence') => {
    const index = rated.indexOf(criterion as EvaluationCriterion);
    return index < 0 ? undefined : errors[`ratings.${index}.${field}`];
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const body = {
      ratings: rated.map((criterion) => ({
        criterion,
        rating: Number(ratings[criterion]?.rating),
        evidence: ratings[criterion]?.evidence ?? '',
      })),
      findings: mergeLines(findings, lang, existing?.findings ?? []),
      recommendations: mergeLines(recommendations, lang, existing?.recommendations ?? []),
      evaluatorKind: kind,
      date,
      status,
    };
    const parsed = existing
      ? evaluationPatchBodySchema.safeParse(body)
      : evaluationBodySchema.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    try {
      if (existing) await api('PATCH', `/api/v1/evaluations/${existing.id}`, parsed.data);
      else await api('POST', `/api/v1/actions/${actionId}/evaluations`, parsed.data);
      onDone();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="evaluation-form"
      ref={formRef}
      tabIndex={-1}
      aria-label={existing ? t('ev.edit') : t('ev.new')}
    >
      <table>
        <caption>{t('ev.ratings')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ev.criterion')}</th>
            <th scope="col">{t('ev.rating')}</th>
            <th scope="col">{t('ev.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {CRITERIA.map((criterion) => {
            const row = ratings[criterion] ?? { rating: '', evidence: '' };
            const update = (patch: Partial<typeof row>) =>
              setRatings({ ...ratings, [criterion]: { ...row, ...patch } });
            const name = label('criterion', criterion);
            return (
              <tr key={criterion}>
                <th scope="row">{name}</th>
                <td>
                  <Field label={`${t('ev.rating')}: ${name}`} error={ratingError(criterion, 'rating')}>
                    {(props) => (
                      <select
                        {...props}
                        value={row.rating}
                        onChange={(e) => update({ rating: e.target.value })}
                      >
                        <option value="">{t('ev.notRated')}</option>
                        {RATINGS.map((rating) => (
                          <option key={rating} value={rating}>
                            {rating} · {t(`rating.${rating}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </td>
                <td>
                  <Field label={`${t('ev.evidence')}: ${name}`} error={ratingError(criterion, 'evidence')}>
                    {(props) => (
                      <textarea
                        {...props}
                        rows={1}
                        value={row.evidence}
                        onChange={(e) => update({ evidence: e.target.value })}
                      />
                    )}
                  </Field>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {errors.ratings ? <p className="field-error">{errors.ratings}</p> : null}
      <div className="form-grid">
        <Field label={t('ev.findings')} hint={t('ev.onePerLine')} error={errorAt(errors, 'findings')}>
          {(props) => (
            <textarea {...props} rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
          )}
        </Field>
        <Field
          label={t('ev.recommendations')}
          hint={t('ev.onePerLine')}
          error={errorAt(errors, 'recommendations')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={recommendations}
              onChange={(e) => setRecommendations(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('ev.kind')} error={errors.evaluatorKind}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value)}>
              {EVALUATOR_KINDS.map((value) => (
                <option key={value} value={value}>
                  {label('evaluatorKind', value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ev.date')} error={errors.date}>
          {(props) => <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t('as.status')} hint={t('ev.finalHint')} error={errors.status}>
          {(props) => (
            <select {...props} value={status} onChange={(e) => setStatus(e.target.value)}>
              {EVALUATION_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {label('evaluation', value)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorBox error={failure} />
      <div className="buttons">
        <button type="submit" className="primary">
          {existing ? t('ev.save') : t('ev.create')}
        </button>
      </div>
    </form>
  );
}

function EvaluatorAssignment({
  actionId,
  evaluatorIds,
  onChanged,
}: {
  actionId: string;
  evaluatorIds: string[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { data } = useLoad(
    async () => evaluatorListResponseSchema.parse(await api('GET', '/api/v1/evaluators')),
    [],
  );
  const [chosen, setChosen] = useState<string[]>(evaluatorIds);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const evaluators = data?.items ?? [];
  async function save() {
    setFailure(undefined);
    try {
      await api('PUT', `/api/v1/actions/${actionId}/evaluators`, { userIds: chosen });
      setMessage(t('ev.assigned'));
      onChanged();
    } catch (caught) {
      setFailure(caught);
    }
  }
  return (
    <fieldset className="choices">
      <legend>{t('ev.evaluators')}</legend>
      {evaluators.length === 0 ? <p className="muted">{t('ev.noEvaluators')}</p> : null}
      {evaluators.map((user) => (
        <label key={user.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(user.id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, user.id] : chosen.filter((id) => id !== user.id))
            }
          />{' '}
          {user.name} <span className="muted">({user.email})</span>
        </label>
      ))}
      <div className="buttons">
        <button type="button" onClick={() => void save()}>
          {t('ev.assign')}
        </button>
        <span role="status">{message}</span>
      </div>
      <ErrorBox error={failure} />
    </fieldset>
  );
}

export function Evaluations({
  actionId,
  evaluations,
  evaluatorIds,
  onChanged,
}: {
  actionId: string;
  evaluations: EvaluationView[];
  evaluatorIds: string[] | undefined;
  onChanged: () => void;
}) {
  const { t, lang, label } = useI18n();
  const { user, can } = useAuth();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [starting, setStarting] = useState(false);
  const isAdmin = can('admin');
  const assigned = !!user && user.roles.includes('evaluator') && !!evaluatorIds?.includes(user.id);
  const mayEvaluate = isAdmin || assigned;
  return (
    <section className="card" aria-labelledby="ac-evaluations">
      <h2 id="ac-evaluations">{t('ev.title')}</h2>
      {evaluations.length === 0 ? <p className="muted">{t('ev.none')}</p> : null}
      {evaluations.map((evaluation) => {
        const mine = evaluation.evaluatorId === user?.id || isAdmin;
        return (
          <article key={evaluation.id} className="evaluation" aria-labelledby={`ev-${evaluation.id}`}>
            <h3 id={`ev-${evaluation.id}`}>
              {evaluation.date} · {label('evaluatorKind', evaluation.evaluatorKind)}{' '}
              <StatusBadge group="evaluation" status={evaluation.status} />
            </h3>
            {editing === evaluation.id ? (
              <EvaluationForm
                actionId={actionId}
                existing={evaluation}
                onDone={() => {
                  setEditing(undefined);
                  onChanged();
                }}
              />
            ) : (
              <>
                {evaluation.ratings.length ? (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('ev.criterion')}</th>
                        <th scope="col">{t('ev.rating')}</th>
                        <th scope="col">{t('ev.evidence')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {evaluation.ratings.map((rating) => (
                        <tr key={rating.criterion}>
                          <th scope="row">{label('criterion', rating.criterion)}</th>
                          <td>
                            {rating.rating} / 4 · {t(`rating.${rating.rating as 1 | 2 | 3 | 4}`)}
                          </td>
                          <td>{rating.evidence}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {evaluation.findings.length ? (
                  <>
                    <h4>{t('ev.findings')}</h4>
                    <ul>
                      {evaluation.findings.map((item, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: findings are an ordered list without ids
                        <li key={index}>{localized(item, lang)}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {evaluation.recommendations.length ? (
                  <>
                    <h4>{t('ev.recommendations')}</h4>
                    <ul>
                      {evaluation.recommendations.map((item, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: recommendations are an ordered list without ids
                        <li key={index}>{localized(item, lang)}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {mine && evaluation.status !== 'final' && mayEvaluate ? (
                  <button type="button" onClick={() => setEditing(evaluation.id)}>
                    {t('ev.edit')}
                  </button>
                ) : null}
              </>
            )}
          </article>
        );
      })}
      {mayEvaluate ? (
        starting ? (
          <section aria-labelledby="ev-new">
            <h3 id="ev-new">{t('ev.new')}</h3>
            <EvaluationForm
              actionId={actionId}
              onDone={() => {
                setStarting(false);
                onChanged();
              }}
            />
          </section>
        ) : (
          <button type="button" className="primary" onClick={() => setStarting(true)}>
            {t('ev.new')}
          </button>
        )
      ) : null}
      {can('admin', 'coordinator') && evaluatorIds ? (
        <EvaluatorAssignment actionId={actionId} evaluatorIds={evaluatorIds} onChanged={onChanged} />
      ) : null}
    </section>
  );
}
