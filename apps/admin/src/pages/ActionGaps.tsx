import { type AddressedGap, MIPEX_R_AXES } from '@regin/domain';
import { useState } from 'react';
import { api, withQuery } from '../api.js';
import { localized, useI18n } from '../i18n/index.js';
import type { LabelGroup } from '../labels.js';
import { errorAt, Field, useLoad } from '../ui.js';

type Axis = keyof typeof MIPEX_R_AXES;
const AXES = Object.keys(MIPEX_R_AXES) as Axis[];
/** The label group that names each axis's values. */
const VALUE_LABELS: Record<Axis, LabelGroup> = {
  policy_area: 'area',
  governance_element: 'governance',
  policy_cycle: 'phase',
  target_group: 'targetGroup',
};

interface SuggestedPractice {
  practice: { id: string; slug: string; title: { source: string; text: Record<string, string> } | string };
  peerRegion: string | null;
}
interface SuggestedArea {
  policyArea: string;
  score: number;
  average: number | null;
  difference: number | null;
  peers: { regionCode: string; score: number }[];
  practices: SuggestedPractice[];
  lessons: SuggestedPractice[];
}
interface Suggestions {
  round: number;
  illustrative: boolean;
  areas: SuggestedArea[];
}

type Label = (group: LabelGroup, value: string) => string;

/** "Policy area: Housing", with codes the catalogue does not know shown as they are. */
export function gapText(gap: Pick<AddressedGap, 'axis' | 'value'>, label: Label): string {
  const axis = gap.axis as Axis;
  return axis in VALUE_LABELS
    ? `${label('axis', axis)}: ${label(VALUE_LABELS[axis], gap.value)}`
    : `${gap.axis}: ${gap.value}`;
}

function sameGap(a: Pick<AddressedGap, 'axis' | 'value'>, b: Pick<AddressedGap, 'axis' | 'value'>) {
  return a.axis === b.axis && a.value === b.value;
}

/** Without an optional field when it is empty, as the schema's `.strict()` object wants it. */
function withOptional<K extends 'note' | 'indicatorCodes'>(
  gap: AddressedGap,
  key: K,
  value: AddressedGap[K] | undefined,
): AddressedGap {
  const { [key]: _drop, ...rest } = gap;
  return (value === undefined ? rest : { ...rest, [key]: value }) as AddressedGap;
}

/** One chosen gap: why it was chosen, and the indicators of the framework that measure it. */
function GapRow({
  gap,
  index,
  errors,
  onChange,
  onRemove,
}: {
  gap: AddressedGap;
  index: number;
  errors: Record<string, string>;
  onChange: (gap: AddressedGap) => void;
  onRemove: () => void;
}) {
  const { t, label } = useI18n();
  // The codes as typed ("LM-06, "), so that a separator being typed is not taken away; the gap gets the list.
  const [codes, setCodes] = useState((gap.indicatorCodes ?? []).join(', '));
  const path = `addressedGaps.${index}`;
  return (
    <li>
      <strong>{gapText(gap, label)}</strong>
      <Field label={t('gap.note')} error={errors[`${path}.note`]}>
        {(props) => (
          <input
            {...props}
            value={gap.note ?? ''}
            onChange={(event) => onChange(withOptional(gap, 'note', event.target.value || undefined))}
          />
        )}
      </Field>
      <Field
        label={t('gap.indicators')}
        hint={t('gap.indicatorsHint')}
        error={errorAt(errors, `${path}.indicatorCodes`)}
      >
        {(props) => (
          <input
            {...props}
            value={codes}
            onChange={(event) => {
              setCodes(event.target.value);
              const list = event.target.value.split(/[\s,;]+/).filter(Boolean);
              onChange(withOptional(gap, 'indicatorCodes', list.length ? list : undefined));
            }}
          />
        )}
      </Field>
      <button type="button" onClick={onRemove}>
        {t('as.remove')}
        <span className="visually-hidden"> {gapText(gap, label)}</span>
      </button>
    </li>
  );
}

/**
 * The MIPEX-R gaps an action addresses: the region's weakest policy areas as the evaluation engine suggests them
 * (with peer regions that do better and practices to learn from), and a free choice of any axis value.
 */
export function GapsEditor({
  regionCode,
  gaps,
  errors,
  onChange,
}: {
  regionCode: string;
  gaps: AddressedGap[];
  errors: Record<string, string>;
  onChange: (gaps: AddressedGap[]) => void;
}) {
  const { t, lang, label } = useI18n();
  const [axis, setAxis] = useState<Axis>('policy_area');
  const [value, setValue] = useState<string>(MIPEX_R_AXES.policy_area[0]);
  // A region without published scores (or a code still being typed) has no suggestions: a 404, shown as a note.
  const suggestions = useLoad(
    () =>
      regionCode.length < 2
        ? Promise.resolve(null)
        : api<Suggestions>(
            'GET',
            `/api/v1/regions/${encodeURIComponent(regionCode)}/action-suggestions`,
          ).catch(() => null),
    [regionCode],
  );
  const add = (gap: AddressedGap) => {
    if (!gaps.some((existing) => sameGap(existing, gap))) onChange([...gaps, gap]);
  };
  const points = (score: number | null) => (score === null ? '—' : score.toFixed(1));

  return (
    <fieldset className="gaps">
      <legend>{t('gap.title')}</legend>
      <p className="hint">{t('gap.intro')}</p>
      {gaps.length === 0 ? <p className="muted">{t('gap.none')}</p> : null}
      <ul className="gap-list">
        {gaps.map((gap, index) => (
          <GapRow
            key={`${gap.axis}:${gap.value}`}
            gap={gap}
            index={index}
            errors={errors}
            onChange={(next) => onChange(gaps.map((item, i) => (i === index ? next : item)))}
            onRemove={() => onChange(gaps.filter((_, i) => i !== index))}
          />
        ))}
      </ul>
      <div className="inline-form">
        <Field label={t('gap.axis')}>
          {(props) => (
            <select
              {...props}
              value={axis}
              onChange={(event) => {
                const next = event.target.value as Axis;
                setAxis(next);
                setValue(MIPEX_R_AXES[next][0]);
              }}
            >
              {AXES.map((id) => (
                <option key={id} value={id}>
                  {label('axis', id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('gap.value')}>
          {(props) => (
            <select {...props} value={value} onChange={(event) => setValue(event.target.value)}>
              {MIPEX_R_AXES[axis].map((id) => (
                <option key={id} value={id}>
                  {label(VALUE_LABELS[axis], id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          onClick={() => add({ axis, value })}
          disabled={gaps.some((gap) => sameGap(gap, { axis, value }))}
        >
          {t('gap.add')}
        </button>
      </div>
      {suggestions.data ? (
        <section className="suggestions" aria-labelledby="gap-suggestions">
          <h4 id="gap-suggestions">
            {t('gap.suggested', { region: regionCode, round: suggestions.data.round })}
            {suggestions.data.illustrative ? (
              <span className="badge illustrative">{t('app.illustrative')}</span>
            ) : null}
          </h4>
          <ul>
            {suggestions.data.areas.map((area) => {
              const gap = { axis: 'policy_area', value: area.policyArea };
              const chosen = gaps.some((existing) => sameGap(existing, gap));
              const learnFrom = [...area.practices, ...area.lessons];
              return (
                <li key={area.policyArea}>
                  <strong>{label('area', area.policyArea)}</strong>{' '}
                  {t('gap.score', { score: points(area.score), average: points(area.average) })}
                  {area.peers.length ? (
                    <>
                      {' · '}
                      {t('gap.peers')}{' '}
                      {area.peers.map((peer) => `${peer.regionCode} (${points(peer.score)})`).join(', ')}
                    </>
                  ) : null}
                  {learnFrom.length ? (
                    <>
                      {' · '}
                      {t('gap.practices')}{' '}
                      {learnFrom.map((item, index) => (
                        <span key={item.practice.id}>
                          {index ? ', ' : ''}
                          <a href={withQuery(`/practices/${item.practice.slug}`, { lang })}>
                            {localized(item.practice.title, lang)}
                          </a>
                        </span>
                      ))}
                    </>
                  ) : null}{' '}
                  <button type="button" disabled={chosen} onClick={() => add(gap)}>
                    {chosen ? t('gap.chosen') : t('gap.address')}
                    <span className="visually-hidden"> {label('area', area.policyArea)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : suggestions.loading ? null : (
        <p className="muted">{t('gap.noScores', { region: regionCode })}</p>
      )}
    </fieldset>
  );
}
