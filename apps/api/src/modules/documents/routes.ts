import {
  actionParamsSchema,
  documentQuerySchema,
  looseRecordSchema,
  problemSchema,
  regionParamsSchema,
  toolkitListQuerySchema,
  toolkitModuleParamsSchema,
  toolkitModuleQuerySchema,
} from '@regin/api-contract';
import { evaluations, integrationActions, outcomeObservations, practices, regions } from '@regin/db';
import { type LocalizedText, type PolicyArea, type PracticeResult, pickText } from '@regin/domain';
import { DAC_CRITERIA_SET, REGIN_ASPECTS_SET, suggestActions } from '@regin/evaluation';
import { change, scoreAll } from '@regin/indicators';
import { facilitatorPackHtml, getModule, listModules, tracks } from '@regin/toolkit';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { HttpProblem } from '../../lib/problem.js';
import { actionFromRow, evaluationFromRow, findAction } from '../actions/repository.js';
import { progressOf } from '../actions/routes.js';
import { loadScoreContext, previousRound, roundAnswers } from '../scores/service.js';
import { esc, formatNumber, htmlDocument } from './html.js';
import { type DocumentLang, KPI_STATUS_LABELS, LABELS, POLICY_AREA_LABELS } from './labels.js';

const text = (value: LocalizedText | null | undefined, lang: string) =>
  value ? pickText(value, lang).text : '';

/** A criterion's name from the DAC and REGIN rubrics, in the document's language. */
function criterionName(id: string, lang: string): string {
  const criterion = [...DAC_CRITERIA_SET.criteria, ...REGIN_ASPECTS_SET.criteria].find(
    (item) => item.id === id,
  );
  return criterion ? text(criterion.name, lang) : id;
}

async function publishedPractices(app: App) {
  const rows = await app.db
    .select({
      id: practices.id,
      slug: practices.slug,
      title: practices.title,
      regionCodes: practices.regionCodes,
      policyAreas: practices.policyAreas,
      result: practices.result,
      ratings: practices.ratings,
    })
    .from(practices)
    .where(and(eq(practices.moderationStatus, 'published'), isNull(practices.deletedAt)));
  return rows.map((row) => ({
    ...row,
    result: (row.result ?? 'mixed') as PracticeResult,
    ratings: row.ratings as Record<string, number>,
  }));
}

/** The scores of every region in the latest round and the region's suggestions, or null without scores. */
async function regionScores(app: App, code: string) {
  const context = await loadScoreContext(app.db, {}).catch(() => undefined);
  if (!context || context.round === null) return null;
  const profiles = scoreAll(context.compiled, roundAnswers(context), context.options);
  const own = profiles.find((profile) => profile.regionCode === code);
  if (!own) return null;
  const previous = previousRound(context);
  const earlier =
    previous === null
      ? undefined
      : scoreAll(context.compiled, roundAnswers(context, previous), context.options).find(
          (p) => p.regionCode === code,
        );
  const suggestions = suggestActions({
    profiles,
    regionCode: code,
    practices: await publishedPractices(app),
    count: 3,
  });
  return { context, profiles, own, earlier, previous, suggestions };
}

export async function documentRoutes(app: App) {
  app.get(
    '/api/v1/regions/:code/action-suggestions',
    {
      schema: {
        tags: ['actions'],
        summary:
          'From gaps to actions: the policy areas to act on, peer regions that score well there, practices to learn from',
        params: regionParamsSchema,
        response: { 200: looseRecordSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const scores = await regionScores(app, request.params.code);
      if (!scores) throw new HttpProblem('not-found', `${request.params.code} has no published scores`);
      return { illustrative: scores.context.illustrative, ...scores.suggestions };
    },
  );

  app.get(
    '/api/v1/regions/:code/brief',
    {
      schema: {
        tags: ['actions'],
        summary:
          'Regional policy brief (HTML fit for print to PDF): scores, outcome gaps, actions, practices; English or Catalan',
        params: regionParamsSchema,
        querystring: documentQuerySchema,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const lang = request.query.lang as DocumentLang;
      const t = LABELS[lang];
      const [region] = await app.db.select().from(regions).where(eq(regions.code, code));
      if (!region) throw new HttpProblem('not-found', `No region ${code}`);
      const scores = await regionScores(app, code);
      const actionRows = await app.db
        .select()
        .from(integrationActions)
        .where(eq(integrationActions.regionCode, code))
        .orderBy(asc(integrationActions.startDate));
      const gaps = await outcomeGaps(app, code);
      const illustrative =
        region.illustrative ||
        !!scores?.context.illustrative ||
        actionRows.some((row) => row.illustrative) ||
        gaps.some((gap) => gap.illustrative);
      const parts: string[] = [];
      parts.push(
        `<header><h1>${esc(t.briefTitle)}: ${esc(region.name)}</h1><p class="meta">${esc(region.nativeName)} · ${esc(code)}${scores ? ` · ${esc(t.round)} ${scores.context.round}` : ''}</p></header>`,
      );
      if (illustrative) parts.push(`<p class="illustrative">${esc(t.illustrative)}</p>`);
      parts.push(`<section><h2>${esc(t.scores)}</h2>`);
      if (!scores) parts.push(`<p>${esc(t.noScores)}</p>`);
      else {
        const { own, earlier, previous, profiles } = scores;
        const mean = (area: string) => {
          const values = profiles
            .map((p) => p.byAxis.policy_area?.[area]?.value)
            .filter((v): v is number => typeof v === 'number');
          return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
        };
        const row = (
          label: string,
          value: number | null,
          before: number | null | undefined,
          network: number | null,
        ) => {
          const delta = change(before ?? null, value);
          return `<tr><td>${esc(label)}</td><td class="num">${formatNumber(value, lang)}</td><td><span class="bar" style="width:${Math.max(0, Math.min(100, value ?? 0)) * 0.8}px"></span></td><td class="num">${delta ? `${delta.absolute >= 0 ? '+' : ''}${formatNumber(delta.absolute, lang)}` : '–'}</td><td class="num">${formatNumber(network, lang)}</td></tr>`;
        };
        const overallMean = (() => {
          const values = profiles
            .map((p) => p.overall.value)
            .filter((v): v is number => typeof v === 'number');
          return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
        })();
        parts.push(
          `<table><thead><tr><th>${esc(t.area)}</th><th>${esc(t.score)}</th><th></th><th>${esc(t.change)} ${previous ?? ''}</th><th>${esc(t.networkMean)}</th></tr></thead><tbody>`,
        );
        parts.push(row(t.overall, own.overall.value, earlier?.overall.value, overallMean));
        for (const [area, label] of Object.entries(POLICY_AREA_LABELS[lang])) {
          parts.push(
            row(
              label,
              own.byAxis.policy_area?.[area]?.value ?? null,
              earlier?.byAxis.policy_area?.[area]?.value,
              mean(area),
            ),
          );
        }
        parts.push('</tbody></table>');
        const areaLabel = (area: string) => POLICY_AREA_LABELS[lang][area as PolicyArea] ?? area;
        parts.push(
          `<h3>${esc(t.weaknesses)}</h3><ul>${scores.suggestions.areas.map((area) => `<li>${esc(areaLabel(area.policyArea))}: ${formatNumber(area.score, lang)}${area.peers.length ? ` (${esc(area.peers.map((peer) => `${peer.regionCode} ${formatNumber(peer.score, lang)}`).join(', '))})` : ''}</li>`).join('')}</ul>`,
        );
      }
      parts.push('</section>');
      const indicatorName = (code: string) => {
        const indicator = scores?.context.framework.indicators.find((item) => item.code === code);
        return indicator ? text(indicator.question, lang) : code;
      };
      parts.push(`<section><h2>${esc(t.outcomes)}</h2><p class="meta">${esc(t.outcomeNote)}</p>`);
      parts.push(
        `<table><thead><tr><th>${esc(t.indicator)}</th><th>${esc(t.year)}</th><th>${esc(t.gap)}</th></tr></thead><tbody>${gaps.map((gap) => `<tr><td>${esc(indicatorName(gap.indicator))}${gap.age ? ` (${esc(gap.age)})` : ''}</td><td>${gap.year}</td><td class="num">${gap.gap >= 0 ? '+' : ''}${formatNumber(gap.gap, lang)}</td></tr>`).join('')}</tbody></table></section>`,
      );
      parts.push(`<section><h2>${esc(t.actions)}</h2>`);
      if (actionRows.length === 0) parts.push(`<p>${esc(t.noActions)}</p>`);
      for (const row of actionRows) {
        const action = actionFromRow(row);
        const progress = progressOf(action);
        parts.push(
          `<h3>${esc(text(action.title, lang))}</h3><p class="meta">${esc(action.timeline.start)} – ${esc(action.timeline.end)}</p>${action.summary ? `<p>${esc(text(action.summary, lang))}</p>` : ''}`,
        );
        parts.push(
          `<table><thead><tr><th>${esc(t.kpi)}</th><th>${esc(t.status)}</th><th>${esc(t.progress)}</th></tr></thead><tbody>${action.kpis
            .map((kpi) => {
              const p = progress.find((item) => item.kpiId === kpi.id);
              const status = p && 'status' in p ? (KPI_STATUS_LABELS[lang][p.status] ?? p.status) : '–';
              const share =
                p && 'progress' in p && p.progress !== null
                  ? `${formatNumber(p.progress * 100, lang, 0)} %`
                  : '–';
              return `<tr><td>${esc(text(kpi.name, lang))}</td><td>${esc(status)}</td><td class="num">${share}</td></tr>`;
            })
            .join('')}</tbody></table>`,
        );
      }
      parts.push('</section>');
      if (scores) {
        const listed = scores.suggestions.areas.flatMap((area) => area.practices).slice(0, 6);
        parts.push(
          `<section><h2>${esc(t.practices)}</h2><ul>${listed.map((item) => `<li>${esc(text(item.practice.title as LocalizedText, lang))} (${esc(item.practice.regionCodes.join(', '))}, ${esc(item.practice.result)})</li>`).join('')}</ul></section>`,
        );
      }
      parts.push(
        `<footer>${esc(t.generated)} ${esc(new Date().toISOString().slice(0, 10))} · © EuroGeographics for the administrative boundaries</footer>`,
      );
      return reply
        .type('text/html; charset=utf-8')
        .send(htmlDocument(lang, `${t.briefTitle}: ${region.name}`, parts.join('\n')));
    },
  );

  app.get(
    '/api/v1/actions/:id/report',
    {
      schema: {
        tags: ['actions'],
        summary:
          'Printable evaluation report of an action (HTML): logic model, KPI progress, final evaluations',
        params: actionParamsSchema,
        querystring: documentQuerySchema,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const lang = request.query.lang as DocumentLang;
      const t = LABELS[lang];
      const row = await findAction(app.db, request.params.id);
      if (!row) throw new HttpProblem('not-found', `No action ${request.params.id}`);
      const action = actionFromRow(row);
      const progress = progressOf(action);
      const finals = (
        await app.db
          .select()
          .from(evaluations)
          .where(eq(evaluations.actionId, row.id))
          .orderBy(asc(evaluations.date))
      )
        .map(evaluationFromRow)
        .filter((evaluation) => evaluation.status === 'final');
      const parts: string[] = [];
      parts.push(
        `<header><h1>${esc(t.reportTitle)}: ${esc(text(action.title, lang))}</h1><p class="meta">${esc(action.regionCode)} · ${esc(t.timeline)} ${esc(action.timeline.start)} – ${esc(action.timeline.end)}</p></header>`,
      );
      if (action.illustrative) parts.push(`<p class="illustrative">${esc(t.illustrative)}</p>`);
      if (action.summary) parts.push(`<p>${esc(text(action.summary, lang))}</p>`);
      const stages: [string, { id: string; text: LocalizedText }[]][] = [
        [t.inputs, action.logicModel.inputs],
        [t.activities, action.logicModel.activities],
        [t.outputs, action.logicModel.outputs],
        [t.outcomesStage, action.logicModel.outcomes],
        [t.impact, action.logicModel.impact],
      ];
      parts.push(
        `<section><h2>${esc(t.logicModel)}</h2>${stages.map(([label, steps]) => `<h3>${esc(label)}</h3><ul>${steps.map((step) => `<li>${esc(step.id)}: ${esc(text(step.text, lang))}</li>`).join('')}</ul>`).join('')}</section>`,
      );
      parts.push(
        `<section><h2>${esc(t.kpi)}</h2><table><thead><tr><th>${esc(t.kpi)}</th><th>${esc(t.baseline)}</th><th>${esc(t.target)}</th><th>${esc(t.latest)}</th><th>${esc(t.status)}</th></tr></thead><tbody>${action.kpis
          .map((kpi) => {
            const p = progress.find((item) => item.kpiId === kpi.id);
            const latest = p && 'latest' in p && p.latest ? formatNumber(p.latest.value, lang) : '–';
            const status = p && 'status' in p ? (KPI_STATUS_LABELS[lang][p.status] ?? p.status) : '–';
            return `<tr><td>${esc(text(kpi.name, lang))} (${esc(kpi.unit)})</td><td class="num">${formatNumber(kpi.baseline.value, lang)} (${kpi.baseline.year})</td><td class="num">${formatNumber(kpi.target.value, lang)} (${kpi.target.year})</td><td class="num">${latest}</td><td>${esc(status)}</td></tr>`;
          })
          .join('')}</tbody></table></section>`,
      );
      parts.push(`<section><h2>${esc(t.evaluations)}</h2>`);
      if (finals.length === 0) parts.push(`<p>${esc(t.noEvaluations)}</p>`);
      for (const evaluation of finals) {
        parts.push(`<h3>${esc(evaluation.date)} · ${esc(evaluation.evaluatorKind)}</h3>`);
        parts.push(
          `<table><thead><tr><th>${esc(t.criterion)}</th><th>${esc(t.rating)}</th><th>${esc(t.evidence)}</th></tr></thead><tbody>${evaluation.ratings.map((rating) => `<tr><td>${esc(criterionName(rating.criterion, lang))}</td><td class="num">${rating.rating} / 4</td><td>${esc(rating.evidence)}</td></tr>`).join('')}</tbody></table>`,
        );
        parts.push(
          `<h3>${esc(t.findings)}</h3><ul>${evaluation.findings.map((finding) => `<li>${esc(text(finding, lang))}</li>`).join('')}</ul>`,
        );
        parts.push(
          `<h3>${esc(t.recommendations)}</h3><ul>${evaluation.recommendations.map((item) => `<li>${esc(text(item, lang))}</li>`).join('')}</ul>`,
        );
      }
      parts.push('</section>');
      parts.push(`<footer>${esc(t.generated)} ${esc(new Date().toISOString().slice(0, 10))}</footer>`);
      return reply
        .type('text/html; charset=utf-8')
        .send(htmlDocument(lang, `${t.reportTitle}: ${text(action.title, lang)}`, parts.join('\n')));
    },
  );

  app.get(
    '/api/v1/toolkit/modules',
    {
      schema: {
        tags: ['toolkit'],
        summary:
          'Training modules of the regional toolkit, by track, in a language (falling back to English)',
        querystring: toolkitListQuerySchema,
        response: { 200: looseRecordSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const { track, lang } = request.query;
      const items = listModules({ ...(track ? { track } : {}), language: lang }).map((lookup) => ({
        slug: lookup.module.slug,
        track: lookup.module.track,
        title: lookup.module.title,
        durationMinutes: lookup.module.durationMinutes,
        language: lookup.language,
        isFallback: lookup.isFallback,
        outdated: lookup.outdated,
      }));
      return { tracks: tracks(lang), items };
    },
  );

  app.get(
    '/api/v1/toolkit/modules/:slug',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'One training module in `lang` (English when not translated; says so)',
        params: toolkitModuleParamsSchema,
        querystring: toolkitModuleQuerySchema,
        response: { 200: looseRecordSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const lookup = getModule(request.params.slug, request.query.lang, { fallback: ['en'] });
      if (!lookup) throw new HttpProblem('not-found', `No toolkit module ${request.params.slug}`);
      return lookup as unknown as Record<string, unknown>;
    },
  );

  app.get(
    '/api/v1/toolkit/tracks/:track/pack',
    {
      schema: {
        tags: ['toolkit'],
        summary: 'Printable facilitator pack of a track (HTML)',
        params: z.object({ track: z.enum(['stakeholders', 'regional_staff']) }).strict(),
        querystring: toolkitModuleQuerySchema,
        produces: ['text/html'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(facilitatorPackHtml(request.params.track, request.query.lang)),
  );
}

/** The latest non-EU-born minus native-born gap per outcome indicator (all sexes), for one region. */
async function outcomeGaps(app: App, code: string) {
  const rows = await app.db
    .select()
    .from(outcomeObservations)
    .where(and(eq(outcomeObservations.regionCode, code), eq(outcomeObservations.sex, 'T')));
  const byKey = new Map<
    string,
    {
      indicator: string;
      year: number;
      age: string | null;
      native?: number;
      nonEu?: number;
      illustrative: boolean;
    }
  >();
  for (const row of rows) {
    if (row.birth !== 'native' && row.birth !== 'non_eu') continue;
    const key = `${row.indicatorCode}|${row.year}|${row.age ?? ''}`;
    const entry = byKey.get(key) ?? {
      indicator: row.indicatorCode,
      year: row.year,
      age: row.age,
      illustrative: row.illustrative,
    };
    if (row.birth === 'native') entry.native = row.value;
    else entry.nonEu = row.value;
    byKey.set(key, entry);
  }
  const latest = new Map<
    string,
    { indicator: string; year: number; age: string | null; gap: number; illustrative: boolean }
  >();
  for (const entry of byKey.values()) {
    if (entry.native === undefined || entry.nonEu === undefined) continue;
    const current = latest.get(entry.indicator);
    if (!current || entry.year > current.year)
      latest.set(entry.indicator, {
        indicator: entry.indicator,
        year: entry.year,
        age: entry.age,
        gap: entry.nonEu - entry.native,
        illustrative: entry.illustrative,
      });
  }
  return [...latest.values()].sort((a, b) => a.indicator.localeCompare(b.indicator));
}
