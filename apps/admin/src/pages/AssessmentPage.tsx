import { type AnswerBody, answerBodySchema, answerSheetBodySchema, fieldErrors } from '@regin/api-contract';
import { type AnswerSource, type Framework, frameworkSchema, type Indicator } from '@regin/domain';
import { regionProfile } from '@regin/indicators';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api, problemMessage, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import type { MessageKey } from '../i18n/en.js';
import { localized, useI18n } from '../i18n/index.js';
import type { Assessment, AssessmentAnswer } from '../types.js';
import { ErrorBox, Field, issuesToFields, Loading, StatusBadge, useLoad } from '../ui.js';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const GROUP_AXIS = 'policy_area';

function tagList(indicator: Indicator, axis: string): string[] {
  const value = indicator.tags[axis];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function answerToBody(answer: AssessmentAnswer | undefined): AnswerBody {
  return {
    optionId: answer?.optionId ?? null,
    notApplicable: answer?.notApplicable ?? false,
    justification: answer?.justification ?? '',
    sources: answer?.sources ?? [],
  };
}

interface QuestionProps {
  indicator: Indicator;
  answer: AssessmentAnswer | undefined;
  editable: boolean;
  reviewing: boolean;
  assessmentId: string;
  onSaved: (answer: AssessmentAnswer) => void;
}

function Question({ indicator, answer, editable, reviewing, assessmentId, onSaved }: QuestionProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<AnswerBody>(() => answerToBody(answer));
  const [state, setState] = useState<SaveState>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<unknown>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const name = `q-${indicator.code}`;

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: AnswerBody) {
    setDraft(next);
    clearTimeout(timer.current);
    const parsed = answerBodySchema.safeParse({
      ...next,
      justification: next.justification?.trim() ? next.justification : null,
    });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      setState('failed');
      return;
    }
    setErrors({});
    timer.current = setTimeout(async () => {
      setState('saving');
      try {
        const saved = await api<AssessmentAnswer>(
          'PUT',
          `/api/v1/assessments/${assessmentId}/answers/${encodeURIComponent(indicator.code)}`,
          parsed.data,
        );
        setState('saved');
        onSaved(saved);
      } catch (caught) {
        setErrors({ '': problemMessage(caught), ...fieldErrors(caught) });
        setState('failed');
      }
    }, 700);
  }

  const sources = draft.sources ?? [];
  const setSource = (index: number, patch: Partial<AnswerSource>) =>
    change({
      ...draft,
      sources: sources.map((source, i) => (i === index ? { ...source, ...patch } : source)) as AnswerSource[],
    });

  async function addComment() {
    try {
      await api('POST', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}/comments`, {
        text: comment,
      });
      const fresh = await api<Assessment>('GET', `/api/v1/assessments/${assessmentId}`);
      const updated = fresh.answers.find((a) => a.indicatorCode === indicator.code);
      if (updated) onSaved(updated);
      setComment('');
      setCommentError(undefined);
    } catch (caught) {
      setCommentError(caught);
    }
  }

  const guidance = localized(indicator.guidance, lang);
  return (
    <article className="question card" id={name} aria-labelledby={`${name}-title`}>
      <fieldset disabled={!editable}>
        <legend id={`${name}-title`}>
          <span className="code">{indicator.code}</span> {localized(indicator.question, lang)}
        </legend>
        {guidance ? (
          <details>
            <summary>{t('as.guidance')}</summary>
            <p>{guidance}</p>
          </details>
        ) : null}
        <div className="options" role="radiogroup" aria-label={t('as.answer')}>
          {indicator.options.map((option) => (
            <label key={option.id} className="option">
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={draft.optionId === option.id && !draft.notApplicable}
                onChange={() => change({ ...draft, optionId: option.id, notApplicable: false })}
              />{' '}
              {localized(option.label, lang)} <span className="muted">({option.score})</span>
            </label>
          ))}
          <label className="option">
            <input
              type="radio"
              name={name}
              value="na"
              checked={!!draft.notApplicable}
              onChange={() => change({ ...draft, optionId: null, notApplicable: true })}
            />{' '}
            {t('as.na')}
          </label>
          {errors.notApplicable ? <p className="field-error">{errors.notApplicable}</p> : null}
        </div>
        <Field label={t('as.justification')} error={errors.justification}>
          {(props) => (
            <textarea
              {...props}
              name={`${name}-justification`}
              rows={3}
              value={draft.justification ?? ''}
              onChange={(event) => change({ ...draft, justification: event.target.value })}
            />
          )}
        </Field>
        <fieldset className="sources">
          <legend>{t('as.sources')}</legend>
          {sources.map((source, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sources have no id; their order is their identity
            <div className="source-row" key={index}>
              <Field label={t('as.sourceKind')} error={errors[`sources.${index}.kind`]}>
                {(props) => (
                  <select
                    {...props}
                    value={source.kind}
                    onChange={(e) => setSource(index, { kind: e.target.value as AnswerSource['kind'] })}
                  >
                    <option value="url">{t('as.sourceUrl')}</option>
                    <option value="document">{t('as.sourceDocument')}</option>
                  </select>
                )}
              </Field>
              <Field label={t('as.sourceTitle')} error={errors[`sources.${index}.title`]}>
                {(props) => (
                  <input
                    {...props}
                    name={`${name}-source-${index}-title`}
                    value={source.title}
                    onChange={(e) => setSource(index, { title: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('as.sourceUrl')} error={errors[`sources.${index}.url`]}>
                {(props) => (
                  <input
                    {...props}
                    name={`${name}-source-${index}-url`}
                    type="url"
                    value={source.url ?? ''}
                    onChange={(e) => {
                      const { url: _drop, ...rest } = source;
                      change({
                        ...draft,
                        sources: sources.map((s, i) =>
                          i === index ? (e.target.value ? { ...rest, url: e.target.value } : rest) : s,
                        ) as AnswerSource[],
                      });
                    }}
                  />
                )}
              </Field>
              <Field label={t('as.sourceDate')} error={errors[`sources.${index}.date`]}>
                {(props) => (
                  <input
                    {...props}
                    name={`${name}-source-${index}-date`}
                    type="date"
                    value={source.date ?? ''}
                    onChange={(e) => {
                      const { date: _drop, ...rest } = source;
                      change({
                        ...draft,
                        sources: sources.map((s, i) =>
                          i === index ? (e.target.value ? { ...rest, date: e.target.value } : rest) : s,
                        ) as AnswerSource[],
                      });
                    }}
                  />
                )}
              </Field>
              <button
                type="button"
                onClick={() => change({ ...draft, sources: sources.filter((_, i) => i !== index) })}
              >
                {t('as.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              setDraft({
                ...draft,
                sources: [...sources, { kind: 'url', title: '', url: '' } as AnswerSource],
              })
            }
          >
            {t('as.addSource')}
          </button>
        </fieldset>
      </fieldset>
      <p className={`save-state save-${state}`} aria-live="polite">
        {state === 'saving'
          ? t('as.saving')
          : state === 'saved'
            ? t('as.saved')
            : state === 'failed'
              ? `${t('as.saveFailed')}${errors[''] ? `: ${errors['']}` : ''}`
              : ''}
      </p>
      {answer?.comments.length || (reviewing && answer) ? (
        <section className="comments" aria-label={t('as.comments')}>
          <h3>{t('as.comments')}</h3>
          <ul>
            {answer?.comments.map((item) => (
              <li key={`${item.at}-${item.text}`}>
                <time dateTime={item.at}>{new Date(item.at).toLocaleString(lang)}</time> — {item.text}
              </li>
            ))}
          </ul>
          {reviewing && answer ? (
            <div className="comment-form">
              <Field label={t('as.comment')}>
                {(props) => (
                  <textarea
                    {...props}
                    name={`${name}-comment`}
                    rows={2}
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                  />
                )}
              </Field>
              <button type="button" onClick={() => void addComment()} disabled={!comment.trim()}>
                {t('as.addComment')}
              </button>
              <ErrorBox error={commentError} />
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

function ScorePreview({ framework, assessment }: { framework: Framework; assessment: Assessment }) {
  const { t, lang } = useI18n();
  const profile = useMemo(
    () =>
      regionProfile(
        framework,
        assessment.answers.map((answer) => ({
          regionCode: assessment.regionCode,
          round: assessment.round,
          indicatorCode: answer.indicatorCode,
          optionId: answer.optionId ?? undefined,
          notApplicable: answer.notApplicable,
        })),
        { regionCode: assessment.regionCode, round: assessment.round },
      ),
    [framework, assessment],
  );
  const axis = framework.axes.find((a) => a.id === GROUP_AXIS) ?? framework.axes[0];
  const format = (value: number | null) => (value === null ? '—' : value.toFixed(1));
  return (
    <section className="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('as.preview')}</h2>
      <p className="muted">{t('as.previewNote')}</p>
      <p className="overall">
        {t('as.overall')}: <strong data-testid="preview-overall">{format(profile.overall.value)}</strong>
      </p>
      {axis ? (
        <table>
          <caption>{localized(axis.name, lang)}</caption>
          <tbody>
            {axis.values.map((value) => {
              const score = profile.byAxis[axis.id]?.[value.id];
              return (
                <tr key={value.id}>
                  <th scope="row">{localized(value.label, lang)}</th>
                  <td>{format(score?.value ?? null)}</td>
                  <td className="muted">
                    {score ? `${score.answered + score.notApplicable}/${score.total}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** Upload of an answer sheet (CSV, see @regin/indicators' docs/file-formats.md): all rows stored or none. */
function AnswerSheetUpload({ assessment, onImported }: { assessment: Assessment; onImported: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function upload(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setFailure(undefined);
    const parsed = answerSheetBodySchema.safeParse({ content: file ? await file.text() : '' });
    if (!parsed.success) {
      setFileError(file ? issuesToFields(parsed.error.issues).content : t('csv.choose'));
      return;
    }
    setFileError(undefined);
    setBusy(true);
    try {
      const result = await api<{ imported: number }>(
        'POST',
        `/api/v1/assessments/${assessment.id}/answers.csv`,
        parsed.data,
      );
      setMessage(t('csv.imported', { n: result.imported }));
      onImported();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="card answer-sheet">
      <summary>{t('csv.title')}</summary>
      <p className="hint">{t('csv.help', { region: assessment.regionCode, round: assessment.round })}</p>
      <form onSubmit={upload} noValidate className="inline-form">
        <Field label={t('csv.file')} error={fileError}>
          {(props) => (
            <input
              {...props}
              name="answer-sheet"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                setFile(e.target.files?.[0]);
                setFailure(undefined);
                setMessage('');
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('csv.upload')}
        </button>
      </form>
      <p role="status">{message}</p>
      <ErrorBox error={failure} />
    </details>
  );
}

const TRANSITIONS: { action: string; from: string[]; key: MessageKey; who: 'editor' | 'coordinator' }[] = [
  { action: 'submit', from: ['draft'], key: 'as.submit', who: 'editor' },
  { action: 'review', from: ['submitted'], key: 'as.review', who: 'coordinator' },
  { action: 'return', from: ['submitted', 'in_review', 'validated'], key: 'as.return', who: 'coordinator' },
  { action: 'validate', from: ['submitted', 'in_review'], key: 'as.validate', who: 'coordinator' },
  { action: 'publish', from: ['validated'], key: 'as.publish', who: 'coordinator' },
  { action: 'unpublish', from: ['published'], key: 'as.unpublish', who: 'coordinator' },
];

export function AssessmentPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { can, mayEditRegion } = useAuth();
  const loaded = useLoad(async () => {
    const assessment = await api<Assessment>('GET', `/api/v1/assessments/${encodeURIComponent(id)}`);
    const response = await api<{ framework: unknown }>(
      'GET',
      withQuery(`/api/v1/frameworks/${assessment.frameworkId}`, { version: assessment.frameworkVersion }),
    );
    return { assessment, framework: frameworkSchema.parse(response.framework) };
  }, [id]);
  const [assessment, setAssessment] = useState<Assessment | undefined>(undefined);
  const [group, setGroup] = useState<string>('');
  const [reason, setReason] = useState('');
  const [transitionError, setTransitionError] = useState<unknown>(undefined);
  // Bumped on every (re)load, e.g. after an answer sheet replaced answers: questions start from the stored answer.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!loaded.data) return;
    setAssessment(loaded.data.assessment);
    setGeneration((value) => value + 1);
  }, [loaded.data]);

  const framework = loaded.data?.framework;
  const groups = useMemo(() => {
    if (!framework) return [];
    const axis = framework.axes.find((a) => a.id === GROUP_AXIS) ?? framework.axes[0];
    const policy = framework.indicators.filter((indicator) => indicator.kind === 'policy');
    if (!axis) return [{ id: 'all', label: '', indicators: policy }];
    return axis.values
      .map((value) => ({
        id: value.id,
        label: localized(value.label, lang),
        indicators: policy.filter((indicator) => tagList(indicator, axis.id).includes(value.id)),
      }))
      .filter((entry) => entry.indicators.length > 0);
  }, [framework, lang]);

  if (loaded.loading && !assessment) return <Loading />;
  if (loaded.error || !assessment || !framework) {
    return (
      <>
        <h1>{t('as.title')}</h1>
        <p>{t('as.notFound')}</p>
        <ErrorBox error={loaded.error} />
      </>
    );
  }

  const answers = new Map(assessment.answers.map((answer) => [answer.indicatorCode, answer]));
  const isDone = (code: string) => {
    const answer = answers.get(code);
    return !!answer && (answer.notApplicable || !!answer.optionId);
  };
  const current = groups.find((entry) => entry.id === group) ?? groups[0];
  const editable = assessment.status === 'draft' && mayEditRegion(assessment.regionCode);
  const coordinating = can('coordinator');
  const reviewing = coordinating && ['submitted', 'in_review'].includes(assessment.status);
  const mayEditor = mayEditRegion(assessment.regionCode);

  async function transition(action: string) {
    setTransitionError(undefined);
    try {
      await api('POST', `/api/v1/assessments/${assessment?.id}/${action}`, reason.trim() ? { reason } : {});
      setReason('');
      loaded.reload();
    } catch (caught) {
      setTransitionError(caught);
    }
  }

  const onSaved = (saved: AssessmentAnswer) =>
    setAssessment((previous) => {
      if (!previous) return previous;
      const others = previous.answers.filter((a) => a.indicatorCode !== saved.indicatorCode);
      return { ...previous, answers: [...others, saved] };
    });

  const available = TRANSITIONS.filter(
    (item) => item.from.includes(assessment.status) && (item.who === 'editor' ? mayEditor : coordinating),
  );
  const totalDone = groups.reduce((sum, g) => sum + g.indicators.filter((i) => isDone(i.code)).length, 0);
  const total = groups.reduce((sum, g) => sum + g.indicators.length, 0);

  return (
    <>
      <h1>
        {assessment.regionCode} · {localized(framework.name, lang)} · {assessment.round}{' '}
        <StatusBadge status={assessment.status} />
      </h1>
      {assessment.illustrative || framework.illustrative ? (
        <p className="tag">{t('app.illustrative')}</p>
      ) : null}
      <p>
        <progress max={total} value={totalDone} aria-label={t('as.progress')} />{' '}
        {t('as.answered', { done: totalDone, total })}
      </p>
      {!editable ? (
        <p className="notice">
          {t('as.readOnly', { status: t(`status.${assessment.status}` as MessageKey) })}
        </p>
      ) : null}
      {editable ? <AnswerSheetUpload assessment={assessment} onImported={loaded.reload} /> : null}
      {available.length ? (
        <section className="card workflow" aria-label={t('as.status')}>
          {available.some((item) => item.who === 'coordinator') ? (
            <Field label={t('as.reason')}>
              {(props) => (
                <input {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
              )}
            </Field>
          ) : null}
          <div className="buttons">
            {available.map((item) => (
              <button
                key={item.action}
                type="button"
                className={item.action === 'return' ? '' : 'primary'}
                onClick={() => void transition(item.action)}
              >
                {t(item.key)}
              </button>
            ))}
          </div>
          <ErrorBox error={transitionError} />
        </section>
      ) : null}
      <div className="questionnaire">
        <nav className="groups" aria-label={t('as.policyArea')}>
          <ul className="group-list">
            {groups.map((entry) => {
              const done = entry.indicators.filter((indicator) => isDone(indicator.code)).length;
              return (
                <li key={entry.id}>
                  <button
                    type="button"
                    aria-current={entry.id === current?.id ? 'true' : undefined}
                    onClick={() => setGroup(entry.id)}
                  >
                    <span>{entry.label}</span>
                    <span className="muted">
                      {done}/{entry.indicators.length}
                    </span>
                    <progress max={entry.indicators.length} value={done} aria-hidden="true" />
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="questions">
          <h2>{current?.label}</h2>
          {current?.indicators.map((indicator) => (
            <Question
              key={`${assessment.id}-${indicator.code}-${generation}`}
              indicator={indicator}
              answer={answers.get(indicator.code)}
              editable={editable}
              reviewing={reviewing}
              assessmentId={assessment.id}
              onSaved={onSaved}
            />
          ))}
        </div>
      </div>
      <ScorePreview framework={framework} assessment={assessment} />
    </>
  );
}
