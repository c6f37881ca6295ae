import { actionBodySchema, fieldErrors, measurementBodySchema } from '@regin/api-contract';
import {
  ACTION_STATUSES,
  DIRECTIONS,
  type IntegrationActionContent,
  type Kpi,
  type KpiMeasurement,
  type LocalizedText,
  type LogicStep,
  STAKEHOLDER_KINDS,
} from '@regin/domain';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, withQuery } from '../api.js';
import { useAuth } from '../auth.js';
import { localized, useI18n } from '../i18n/index.js';
import { LocalizedTextInput } from '../LocalizedTextInput.js';
import {
  ErrorBox,
  errorAt,
  Field,
  issuesToFields,
  Loading,
  NumberInput,
  StatusBadge,
  useLoad,
} from '../ui.js';
import { GapsEditor, gapText } from './ActionGaps.js';
import type { ActionView, KpiProgressView } from './ActionsPage.js';
import { Evaluations, type EvaluationView } from './EvaluationsSection.js';

type Errors = Record<string, string>;
type Column = keyof IntegrationActionContent['logicModel'];
const COLUMNS: Column[] = ['inputs', 'activities', 'outputs', 'outcomes', 'impact'];

/** The text of a LocalizedText in its source language (what an editor writes). */
export function sourceText(value: LocalizedText | undefined): string {
  return value ? (value.text[value.source] ?? '') : '';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function emptyAction(lang: string, regionCode: string): IntegrationActionContent {
  const year = new Date().getFullYear();
  return {
    regionCode,
    title: { source: lang, text: { [lang]: '' } },
    addressedGaps: [],
    objectives: [],
    logicModel: { inputs: [], activities: [], outputs: [], outcomes: [], impact: [] },
    kpis: [],
    stakeholders: [],
    timeline: { start: `${year}-01-01`, end: `${year + 1}-12-31` },
    status: 'planned',
    illustrative: false,
  };
}

function contentOf(action: ActionView): IntegrationActionContent {
  return {
    regionCode: action.regionCode,
    title: action.title,
    ...(action.summary ? { summary: action.summary } : {}),
    addressedGaps: action.addressedGaps,
    objectives: action.objectives,
    logicModel: action.logicModel,
    kpis: action.kpis,
    stakeholders: action.stakeholders,
    timeline: action.timeline,
    ...(action.budget ? { budget: action.budget } : {}),
    status: action.status,
    illustrative: action.illustrative,
  };
}

/** A new local id for a list: the prefix and the next free number. */
function nextId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function StepList({
  column,
  steps,
  activities,
  lang,
  errors,
  onChange,
  allIds,
}: {
  /** A logic-model column, or `objectives` (the action's objectives, outside the logic model). */
  column: Column | 'objectives';
  steps: (LogicStep & { activityId?: string })[];
  activities: LogicStep[];
  lang: string;
  errors: Errors;
  onChange: (steps: (LogicStep & { activityId?: string })[]) => void;
  allIds: string[];
}) {
  const { t } = useI18n();
  const prefix = {
    inputs: 'in',
    activities: 'a',
    outputs: 'out',
    outcomes: 'oc',
    impact: 'im',
    objectives: 'OB',
  }[column];
  const legend = column === 'objectives' ? t('ac.objectives') : t(`ac.lm.${column}`);
  return (
    <fieldset className="steps">
      <legend>{legend}</legend>
      {steps.map((step, index) => {
        const path = column === 'objectives' ? `objectives.${index}` : `logicModel.${column}.${index}`;
        const update = (patch: Partial<LogicStep & { activityId: string }>) =>
          onChange(steps.map((item, i) => (i === index ? { ...item, ...patch } : item)));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the id is edited in place, the position is stable
          <div className="step-row" key={index}>
            <Field label={t('ac.stepId')} error={errors[`${path}.id`]}>
              {(props) => (
                <input {...props} size={6} value={step.id} onChange={(e) => update({ id: e.target.value })} />
              )}
            </Field>
            <LocalizedTextInput
              label={t('ac.stepText')}
              name={`${path}-text`}
              value={step.text}
              fallbackLanguage={lang}
              errors={errors}
              path={`${path}.text`}
              folded
              onChange={(text) => update({ text: text ?? { source: step.text.source, text: {} } })}
            />
            {column === 'outputs' ? (
              <Field label={t('ac.lm.producedBy')} error={errors[`${path}.activityId`]}>
                {(props) => (
                  <select
                    {...props}
                    value={step.activityId ?? ''}
                    onChange={(e) => update({ activityId: e.target.value })}
                  >
                    <option value="">—</option>
                    {activities.map((activity) => (
                      <option key={activity.id} value={activity.id}>
                        {activity.id}: {sourceText(activity.text).slice(0, 40)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            <button type="button" onClick={() => onChange(steps.filter((_, i) => i !== index))}>
              {t('as.remove')}
              <span className="visually-hidden"> {step.id}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...steps,
            {
              id: nextId(prefix, allIds),
              text: { source: lang, text: { [lang]: '' } },
              ...(column === 'outputs' ? { activityId: activities[0]?.id ?? '' } : {}),
            },
          ])
        }
      >
        {t('ac.addStep', { column: legend })}
      </button>
    </fieldset>
  );
}

function KpiFields({
  kpi,
  index,
  outcomes,
  lang,
  errors,
  onChange,
  onRemove,
}: {
  kpi: Kpi;
  index: number;
  outcomes: LogicStep[];
  lang: string;
  errors: Errors;
  onChange: (kpi: Kpi) => void;
  onRemove: () => void;
}) {
  const { t, label } = useI18n();
  const path = `kpis.${index}`;
  const update = (patch: Partial<Kpi>) => onChange({ ...kpi, ...patch });
  return (
    <fieldset className="kpi-fields">
      <legend>
        {t('ac.kpi')} {kpi.id}
      </legend>
      <LocalizedTextInput
        label={t('ac.kpiName')}
        name={`${path}-name`}
        value={kpi.name}
        fallbackLanguage={lang}
        errors={errors}
        path={`${path}.name`}
        folded
        onChange={(name) => update({ name: name ?? { source: kpi.name.source, text: {} } })}
      />
      <div className="form-grid">
        <Field label={t('ac.stepId')} error={errors[`${path}.id`]}>
          {(props) => <input {...props} value={kpi.id} onChange={(e) => update({ id: e.target.value })} />}
        </Field>
        <Field label={t('ac.unit')} error={errors[`${path}.unit`]}>
          {(props) => (
            <input {...props} value={kpi.unit} onChange={(e) => update({ unit: e.target.value })} />
          )}
        </Field>
        <Field label={t('ac.direction')} error={errors[`${path}.direction`]}>
          {(props) => (
            <select
              {...props}
              value={kpi.direction}
              onChange={(e) => update({ direction: e.target.value as Kpi['direction'] })}
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {label('direction', direction)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(['baseline', 'target'] as const).map((which) => (
          <div key={which} className="pair">
            <Field label={t(`ac.${which}Value`)} error={errors[`${path}.${which}.value`]}>
              {(props) => (
                <NumberInput
                  {...props}
                  step="any"
                  value={kpi[which].value}
                  onChange={(value) => update({ [which]: { ...kpi[which], value: value ?? Number.NaN } })}
                />
              )}
            </Field>
            <Field label={t(`ac.${which}Year`)} error={errors[`${path}.${which}.year`]}>
              {(props) => (
                <NumberInput
                  {...props}
                  value={kpi[which].year}
                  onChange={(year) => update({ [which]: { ...kpi[which], year: year ?? Number.NaN } })}
                />
              )}
            </Field>
          </div>
        ))}
        <Field label={t('ac.outcome')} error={errors[`${path}.outcomeId`]}>
          {(props) => (
            <select
              {...props}
              value={kpi.outcomeId ?? ''}
              onChange={(e) => {
                const { outcomeId: _drop, ...rest } = kpi;
                onChange(e.target.value ? { ...rest, outcomeId: e.target.value } : rest);
              }}
            >
              <option value="">—</option>
              {outcomes.map((outcome) => (
                <option key={outcome.id} value={outcome.id}>
                  {outcome.id}: {sourceText(outcome.text).slice(0, 40)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {errorAt(errors, `${path}.measurements`) ? (
        <p className="field-error">{errorAt(errors, `${path}.measurements`)}</p>
      ) : null}
      <button type="button" onClick={onRemove}>
        {t('ac.removeKpi', { id: kpi.id })}
      </button>
    </fieldset>
  );
}

function ActionForm({
  initial,
  creating,
  mayMoveRegion,
  onSaved,
}: {
  initial: IntegrationActionContent;
  creating: boolean;
  mayMoveRegion: boolean;
  onSaved: (id: string) => void;
}) {
  const { t, lang, label } = useI18n();
  const { id } = useParams();
  const [content, setContent] = useState<IntegrationActionContent>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<IntegrationActionContent>) =>
    setContent((previous) => ({ ...previous, ...patch }));
  const model = content.logicModel;
  const allIds = COLUMNS.flatMap((column) => model[column].map((step) => step.id));

  async function save(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setFailure(undefined);
    const parsed = actionBodySchema.safeParse(content);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = creating
        ? await api<ActionView>('POST', '/api/v1/actions', parsed.data)
        : await api<ActionView>('PUT', `/api/v1/actions/${id}`, parsed.data);
      setMessage(t('ac.saved'));
      onSaved(saved.id);
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={save} noValidate className="action-form">
      {errorCount && !failure ? (
        <div className="error-box" role="alert">
          <strong>{t('ac.formErrors', { n: errorCount })}</strong>
          <ul>
            {Object.entries(errors).map(([path, message]) => (
              <li key={path}>
                <code>{path}</code> {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="action-texts">
        <LocalizedTextInput
          label={t('ac.fieldTitle')}
          name="title"
          value={content.title}
          fallbackLanguage={lang}
          errors={errors}
          path="title"
          onChange={(title) => set({ title: title ?? { source: content.title.source, text: {} } })}
        />
        <LocalizedTextInput
          label={t('ac.summary')}
          name="summary"
          rows={3}
          value={content.summary}
          fallbackLanguage={content.title.source}
          errors={errors}
          path="summary"
          onChange={(summary) => {
            if (summary) set({ summary });
            else setContent(({ summary: _drop, ...rest }) => rest);
          }}
        />
      </div>
      <div className="form-grid">
        <Field
          label={t('as.region')}
          error={errors.regionCode}
          hint={mayMoveRegion ? undefined : t('ac.regionFixed')}
        >
          {(props) => (
            <input
              {...props}
              name="regionCode"
              value={content.regionCode}
              readOnly={!mayMoveRegion}
              onChange={(e) => set({ regionCode: e.target.value.toUpperCase() })}
            />
          )}
        </Field>
        <Field label={t('as.status')} error={errors.status}>
          {(props) => (
            <select
              {...props}
              name="status"
              value={content.status}
              onChange={(e) => set({ status: e.target.value as IntegrationActionContent['status'] })}
            >
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {label('action', status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('ac.start')} error={errors['timeline.start']}>
          {(props) => (
            <input
              {...props}
              name="start"
              type="date"
              value={content.timeline.start}
              onChange={(e) => set({ timeline: { ...content.timeline, start: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('ac.end')} error={errors['timeline.end']}>
          {(props) => (
            <input
              {...props}
              name="end"
              type="date"
              value={content.timeline.end}
              onChange={(e) => set({ timeline: { ...content.timeline, end: e.target.value } })}
            />
          )}
        </Field>
        <Field label={t('ac.budget')} error={errors['budget.amount']}>
          {(props) => (
            <NumberInput
              {...props}
              name="budget"
              min={0}
              step="any"
              value={content.budget?.amount}
              onChange={(amount) => {
                if (amount === undefined) {
                  setContent(({ budget: _drop, ...rest }) => rest);
                } else
                  setContent((previous) => ({
                    ...previous,
                    budget: { amount, currency: previous.budget?.currency ?? 'EUR' },
                  }));
              }}
            />
          )}
        </Field>
        <Field label={t('ac.currency')} error={errors['budget.currency']}>
          {(props) => (
            <input
              {...props}
              name="currency"
              size={4}
              value={content.budget?.currency ?? ''}
              disabled={!content.budget}
              onChange={(e) =>
                content.budget &&
                set({ budget: { ...content.budget, currency: e.target.value.toUpperCase() } })
              }
            />
          )}
        </Field>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          name="illustrative"
          checked={content.illustrative}
          onChange={(e) => set({ illustrative: e.target.checked })}
        />{' '}
        {t('ac.illustrative')}
      </label>
      <h3>{t('ac.stakeholders')}</h3>
      {content.stakeholders.map((stakeholder, index) => {
        const update = (patch: Partial<typeof stakeholder>) =>
          set({
            stakeholders: content.stakeholders.map((item, i) => (i === index ? { ...item, ...patch } : item)),
          });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: stakeholders have no id; the position is stable
          <div className="step-row" key={index}>
            <Field label={t('ac.stakeholderName')} error={errors[`stakeholders.${index}.name`]}>
              {(props) => (
                <input
                  {...props}
                  value={stakeholder.name}
                  onChange={(e) => update({ name: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('ac.stakeholderKind')} error={errors[`stakeholders.${index}.kind`]}>
              {(props) => (
                <select
                  {...props}
                  value={stakeholder.kind}
                  onChange={(e) => update({ kind: e.target.value as typeof stakeholder.kind })}
                >
                  {STAKEHOLDER_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {label('stakeholder', kind)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('ac.stakeholderRole')} error={errors[`stakeholders.${index}.role`]}>
              {(props) => (
                <input
                  {...props}
                  value={stakeholder.role ?? ''}
                  onChange={(e) => update({ role: e.target.value || undefined })}
                />
              )}
            </Field>
            <button
              type="button"
              onClick={() => set({ stakeholders: content.stakeholders.filter((_, i) => i !== index) })}
            >
              {t('as.remove')}
              <span className="visually-hidden"> {stakeholder.name}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => set({ stakeholders: [...content.stakeholders, { name: '', kind: 'ngo' }] })}
      >
        {t('ac.addStakeholder')}
      </button>
      <GapsEditor
        regionCode={content.regionCode}
        gaps={content.addressedGaps}
        errors={errors}
        onChange={(addressedGaps) => set({ addressedGaps })}
      />
      <div className="objectives">
        <StepList
          column="objectives"
          steps={content.objectives}
          activities={[]}
          lang={content.title.source}
          errors={errors}
          allIds={content.objectives.map((objective) => objective.id)}
          onChange={(objectives) => set({ objectives })}
        />
      </div>
      <h3>{t('ac.logicModel')}</h3>
      <div className="logic-model">
        {COLUMNS.map((column) => (
          <StepList
            key={column}
            column={column}
            steps={model[column]}
            activities={model.activities}
            lang={content.title.source}
            errors={errors}
            allIds={allIds}
            onChange={(steps) => set({ logicModel: { ...model, [column]: steps } })}
          />
        ))}
      </div>
      <h3>{t('ac.kpis')}</h3>
      {content.kpis.map((kpi, index) => (
        <KpiFields
          // biome-ignore lint/suspicious/noArrayIndexKey: the KPI id is edited in place, the position is stable
          key={index}
          kpi={kpi}
          index={index}
          outcomes={model.outcomes}
          lang={content.title.source}
          errors={errors}
          onChange={(next) => set({ kpis: content.kpis.map((item, i) => (i === index ? next : item)) })}
          onRemove={() => set({ kpis: content.kpis.filter((_, i) => i !== index) })}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          const year = Number(content.timeline.start.slice(0, 4)) || new Date().getFullYear();
          set({
            kpis: [
              ...content.kpis,
              {
                id: nextId(
                  'k',
                  content.kpis.map((kpi) => kpi.id),
                ),
                name: { source: content.title.source, text: { [content.title.source]: '' } },
                unit: '',
                direction: 'higher_is_better',
                baseline: { value: 0, year },
                target: { value: Number.NaN, year: year + 1 },
                measurements: [],
              },
            ],
          });
        }}
      >
        {t('ac.addKpi')}
      </button>
      <ErrorBox error={failure} />
      <div className="buttons sticky-actions">
        <button type="submit" className="primary" disabled={busy}>
          {creating ? t('ac.create') : t('ac.save')}
        </button>
        <span role="status">{message}</span>
      </div>
    </form>
  );
}

/**
 * "sex: F=48, M=41; age: 15_24=30" → `{ sex: { F: 48, M: 41 }, age: { '15_24': 30 } }`; undefined for an empty
 * text, null when the text does not have that shape. Keys and numbers are then judged by the contract's schema.
 */
export function parseBreakdown(text: string): Record<string, Record<string, number>> | undefined | null {
  if (!text.trim()) return undefined;
  const result: Record<string, Record<string, number>> = {};
  for (const part of text.split(';').filter((item) => item.trim())) {
    const match = /^\s*([^:]+):(.+)$/.exec(part);
    if (!match) return null;
    const categories: Record<string, number> = {};
    for (const pair of (match[2] as string).split(',')) {
      const [key, number, ...rest] = pair.split('=');
      if (key === undefined || number === undefined || rest.length || !key.trim()) return null;
      categories[key.trim()] = number.trim() === '' ? Number.NaN : Number(number);
    }
    result[(match[1] as string).trim()] = categories;
  }
  return result;
}

/** `sex: F 48, M 41` to read, or `sex: F=48, M=41` (the input's own form, as `parseBreakdown` reads it). */
function breakdownText(breakdown: Record<string, Record<string, number>> | undefined, joiner = ' '): string {
  if (!breakdown) return '';
  return Object.entries(breakdown)
    .map(
      ([dimension, categories]) =>
        `${dimension}: ${Object.entries(categories)
          .map(([key, value]) => `${key}${joiner}${value}`)
          .join(', ')}`,
    )
    .join('; ');
}

/** Records a new measurement or, given `correcting`, corrects that one (`PUT …/measurements/{date}`). */
function MeasurementForm({
  actionId,
  kpi,
  onSaved,
  correcting,
  onCancel,
}: {
  actionId: string;
  kpi: Kpi;
  onSaved: () => void;
  correcting?: KpiMeasurement | undefined;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [date, setDate] = useState(correcting?.date ?? today());
  const [value, setValue] = useState(correcting ? String(correcting.value) : '');
  const [note, setNote] = useState(correcting?.note ?? '');
  const [breakdown, setBreakdown] = useState(breakdownText(correcting?.breakdown, '='));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    setFailure(undefined);
    const split = parseBreakdown(breakdown);
    if (split === null) {
      setErrors({ breakdown: t('ac.breakdownFormat') });
      return;
    }
    const parsed = measurementBodySchema.safeParse({
      date,
      value: value.trim() === '' ? undefined : Number(value),
      ...(note.trim() ? { note } : {}),
      ...(split ? { breakdown: split } : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    const measurements = `/api/v1/actions/${actionId}/kpis/${encodeURIComponent(kpi.id)}/measurements`;
    try {
      if (correcting) {
        await api('PUT', `${measurements}/${correcting.date}`, parsed.data);
        onSaved();
        return;
      }
      await api('POST', measurements, parsed.data);
      setMessage(t('ac.measurementSaved'));
      setValue('');
      setBreakdown('');
      setNote('');
      onSaved();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setFailure(caught);
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="inline-form measurement-form"
      aria-label={
        correcting ? t('ac.correct', { id: kpi.id, date: correcting.date }) : t('ac.record', { id: kpi.id })
      }
    >
      {correcting ? (
        <p className="form-caption">{t('ac.correct', { id: kpi.id, date: correcting.date })}</p>
      ) : null}
      <Field label={t('ac.measurementDate')} error={errors.date}>
        {(props) => (
          <input {...props} name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </Field>
      <Field label={`${t('ac.measurementValue')} (${kpi.unit})`} error={errors.value}>
        {(props) => (
          <input
            {...props}
            name="value"
            type="number"
            step="any"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('ac.note')} error={errors.note}>
        {(props) => <input {...props} name="note" value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Field label={t('ac.breakdown')} hint={t('ac.breakdownHint')} error={errorAt(errors, 'breakdown')}>
        {(props) => (
          <input
            {...props}
            name="breakdown"
            size={28}
            value={breakdown}
            onChange={(e) => setBreakdown(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary">
        {correcting ? t('ac.correctButton') : t('ac.recordButton')}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
      <span role="status">{message}</span>
      <ErrorBox error={failure} />
    </form>
  );
}

/** A KPI's measurements; those who may edit the action correct a row in place or remove it (asked twice). */
function Measurements({
  actionId,
  kpi,
  editable,
  onChanged,
}: {
  actionId: string;
  kpi: Kpi;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [correcting, setCorrecting] = useState<string | undefined>(undefined);
  const [removing, setRemoving] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const current = kpi.measurements.find((measurement) => measurement.date === correcting);

  async function remove(date: string) {
    if (removing !== date) {
      setRemoving(date);
      return;
    }
    setFailure(undefined);
    try {
      await api(
        'DELETE',
        `/api/v1/actions/${actionId}/kpis/${encodeURIComponent(kpi.id)}/measurements/${date}`,
      );
      setRemoving(undefined);
      setMessage(t('ac.measurementRemoved', { date }));
      onChanged();
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <>
      {kpi.measurements.length ? (
        <table>
          <caption>{t('ac.measurements')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ac.measurementDate')}</th>
              <th scope="col" className="num">
                {t('ac.measurementValue')}
              </th>
              <th scope="col">{t('ac.note')}</th>
              {editable ? (
                <th scope="col">
                  <span className="visually-hidden">{t('us.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {kpi.measurements.map((measurement) => (
              <tr key={measurement.date}>
                <td>{measurement.date}</td>
                <td className="num">{measurement.value}</td>
                <td>
                  {measurement.note ?? ''}
                  {measurement.breakdown ? (
                    <span className="muted breakdown"> {breakdownText(measurement.breakdown)}</span>
                  ) : null}
                </td>
                {editable ? (
                  <td>
                    <div className="buttons">
                      <button
                        type="button"
                        onClick={() => {
                          setMessage('');
                          setRemoving(undefined);
                          setCorrecting(measurement.date);
                        }}
                      >
                        {t('ac.correctShort')}
                        <span className="visually-hidden"> {measurement.date}</span>
                      </button>
                      <button type="button" className="danger" onClick={() => void remove(measurement.date)}>
                        {removing === measurement.date ? t('ac.confirmRemove') : t('ac.removeShort')}
                        <span className="visually-hidden"> {measurement.date}</span>
                      </button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('ac.noMeasurements')}</p>
      )}
      <p role="status">{message}</p>
      <ErrorBox error={failure} />
      {editable && current ? (
        <MeasurementForm
          key={`correct-${current.date}`}
          actionId={actionId}
          kpi={kpi}
          correcting={current}
          onCancel={() => setCorrecting(undefined)}
          onSaved={() => {
            setCorrecting(undefined);
            setMessage(t('ac.measurementCorrected', { date: current.date }));
            onChanged();
          }}
        />
      ) : null}
      {editable && !current ? <MeasurementForm actionId={actionId} kpi={kpi} onSaved={onChanged} /> : null}
    </>
  );
}

function KpiPanel({
  action,
  editable,
  onChanged,
}: {
  action: ActionView;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, lang, label } = useI18n();
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : `${Math.round(value * 100)} %`;
  return (
    <section aria-labelledby="ac-kpis">
      <h2 id="ac-kpis">{t('ac.kpis')}</h2>
      {action.kpis.length === 0 ? <p className="muted">{t('ac.noKpis')}</p> : null}
      {action.kpis.map((kpi) => {
        const progress: KpiProgressView | undefined = action.progress.find((p) => p.kpiId === kpi.id);
        return (
          <article key={kpi.id} className="card kpi" aria-labelledby={`kpi-${kpi.id}`}>
            <h3 id={`kpi-${kpi.id}`}>
              {localized(kpi.name, lang)} <span className="muted">({kpi.unit})</span>{' '}
              {progress?.status ? <StatusBadge group="kpi" status={progress.status} /> : null}
            </h3>
            <p>
              {t('ac.baseline')}: {kpi.baseline.value} ({kpi.baseline.year}) · {t('ac.target')}:{' '}
              {kpi.target.value} ({kpi.target.year}) · {label('direction', kpi.direction)} ·{' '}
              {t('ac.progress')}: {percent(progress?.progress)} / {t('ac.expected')}{' '}
              {percent(progress?.expectedProgress)}
            </p>
            {progress?.error ? <p className="field-error">{progress.error}</p> : null}
            <Measurements actionId={action.id} kpi={kpi} editable={editable} onChanged={onChanged} />
          </article>
        );
      })}
    </section>
  );
}

function LogicModelView({ action }: { action: ActionView }) {
  const { t, lang } = useI18n();
  return (
    <section className="card" aria-labelledby="ac-lm">
      <h2 id="ac-lm">{t('ac.logicModel')}</h2>
      <div className="logic-model">
        {COLUMNS.map((column) => (
          <div key={column}>
            <h3>{t(`ac.lm.${column}`)}</h3>
            <ul className="plain">
              {action.logicModel[column].map((step) => (
                <li key={step.id}>
                  <code>{step.id}</code> {localized(step.text, lang)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function Facts({ action, children }: { action: ActionView; children?: ReactNode }) {
  const { t, label } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('as.region')}</dt>
      <dd>{action.regionCode}</dd>
      <dt>{t('ac.timeline')}</dt>
      <dd>
        {action.timeline.start} – {action.timeline.end}
      </dd>
      <dt>{t('ac.budget')}</dt>
      <dd>{action.budget ? `${action.budget.amount.toLocaleString()} ${action.budget.currency}` : '—'}</dd>
      <dt>{t('ac.stakeholders')}</dt>
      <dd>
        {action.stakeholders.length
          ? action.stakeholders
              .map((s) => `${s.name} (${label('stakeholder', s.kind)}${s.role ? `: ${s.role}` : ''})`)
              .join('; ')
          : '—'}
      </dd>
      <dt>{t('gap.short')}</dt>
      <dd>
        {action.addressedGaps.length
          ? action.addressedGaps.map((gap) => gapText(gap, label)).join('; ')
          : '—'}
      </dd>
      {children}
    </dl>
  );
}

export function ActionPage() {
  const { id } = useParams();
  const creating = !id;
  const navigate = useNavigate();
  const { t, href, lang } = useI18n();
  const { user, can, mayEditRegion } = useAuth();
  const loaded = useLoad(
    () =>
      creating
        ? Promise.resolve(undefined)
        : api<ActionView & { evaluatorIds?: string[]; evaluations: EvaluationView[] }>(
            'GET',
            `/api/v1/actions/${encodeURIComponent(id ?? '')}`,
          ),
    [id],
  );
  const [formKey, setFormKey] = useState(0);
  const action = loaded.data;
  useEffect(() => {
    if (action) setFormKey((key) => key + 1);
  }, [action]);

  if (creating) {
    const region =
      user?.roles.includes('regional_editor') && !can('coordinator') ? (user.regions[0] ?? '') : '';
    return (
      <>
        <p>
          <Link to={href('/actions')}>← {t('ac.title')}</Link>
        </p>
        <h1>{t('ac.new')}</h1>
        <ActionForm
          initial={emptyAction(lang, region)}
          creating
          mayMoveRegion
          onSaved={(newId) => navigate(href(`/actions/${newId}`))}
        />
      </>
    );
  }
  if (loaded.loading && !action) return <Loading />;
  if (loaded.error || !action) {
    return (
      <>
        <h1>{t('ac.title')}</h1>
        <ErrorBox error={loaded.error} />
      </>
    );
  }
  const editable = mayEditRegion(action.regionCode);
  return (
    <>
      <p>
        <Link to={href('/actions')}>← {t('ac.title')}</Link>
      </p>
      <h1>
        {localized(action.title, lang)} <StatusBadge group="action" status={action.status} />
      </h1>
      {action.illustrative ? <p className="tag">{t('app.illustrative')}</p> : null}
      {action.summary ? <p>{localized(action.summary, lang)}</p> : null}
      <Facts action={action}>
        <dt>{t('ac.report')}</dt>
        <dd>
          <a href={withQuery(`/api/v1/actions/${action.id}/report`, { lang })}>{t('ac.reportLink')}</a>
        </dd>
      </Facts>
      {!editable ? <p className="notice">{t('ac.readOnly')}</p> : null}
      <KpiPanel action={action} editable={editable} onChanged={loaded.reload} />
      <LogicModelView action={action} />
      {editable ? (
        <details className="card" open={false}>
          <summary>{t('ac.edit')}</summary>
          <ActionForm
            key={formKey}
            initial={contentOf(action)}
            creating={false}
            mayMoveRegion={can('coordinator')}
            onSaved={() => loaded.reload()}
          />
        </details>
      ) : null}
      <Evaluations
        actionId={action.id}
        evaluations={action.evaluations}
        evaluatorIds={action.evaluatorIds}
        onChanged={loaded.reload}
      />
    </>
  );
}
