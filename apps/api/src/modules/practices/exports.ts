import { practiceExportQuerySchema } from '@regin/api-contract';
import { type PracticeRow, practiceFromRow, practices, queryRows } from '@regin/db';
import { pickText } from '@regin/domain';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../lib/app-types.js';
import { csvCell } from '../../lib/csv.js';
import { publicPractice } from './repository.js';
import { facetConditions, PUBLISHED } from './search.js';

const EXPORT_LIMIT = 10_000;

function xml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

async function exportRows(
  app: App,
  query: z.infer<typeof practiceExportQuerySchema>,
): Promise<PracticeRow[]> {
  const facets = Object.values(facetConditions(query));
  const text = query.q?.trim()
    ? sql`(p.search_source @@ websearch_to_tsquery(regin_ts_config(${query.lang}), ${query.q}) or p.search_english @@ websearch_to_tsquery('public.regin_en', ${query.q}) or p.search_simple @@ websearch_to_tsquery('public.regin_simple', ${query.q}))`
    : undefined;
  const where = sql.join([PUBLISHED, ...(text ? [text] : []), ...facets] as SQL[], sql` and `);
  const ids = await queryRows<{ id: string }>(
    app.db,
    sql`select p.id from practices p where ${where} order by p.published_at desc, p.id limit ${EXPORT_LIMIT}`,
  );
  if (ids.length === 0) return [];
  const rows = await app.db
    .select()
    .from(practices)
    .where(
      inArray(
        practices.id,
        ids.map((row) => row.id),
      ),
    );
  const order = new Map(ids.map((row, index) => [row.id, index]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export async function exportRoutes(app: App) {
  const exportSchema = (summary: string) => ({
    tags: ['practices'],
    summary,
    description:
      'The same filters as the search (`q`, facets, `bbox`), published practices only, up to 10,000.',
    querystring: practiceExportQuerySchema,
  });

  app.get(
    '/api/v1/practices.csv',
    { schema: exportSchema('Published practices as CSV (what the search shows)') },
    async (request, reply) => {
      const rows = await exportRows(app, request.query);
      const lang = request.query.lang;
      const header = [
        'id',
        'slug',
        'title',
        'summary',
        'regions',
        'countries',
        'policy_areas',
        'target_groups',
        'authority_role',
        'status',
        'result',
        'start',
        'end',
        'lessons_learnt',
        'transferability',
        'languages',
        'illustrative',
      ];
      const lines = [header.join(',')];
      for (const row of rows) {
        const p = practiceFromRow(row);
        lines.push(
          [
            p.id,
            p.slug,
            pickText(p.title, lang).text,
            pickText(p.summary, lang).text,
            p.regionCodes,
            row.countries,
            p.policyAreas,
            p.targetGroups,
            `${p.authorityRole.kind}:${p.authorityRole.role}`,
            p.status,
            p.result,
            p.period.start,
            p.period.end,
            p.lessons ? pickText(p.lessons, lang).text : '',
            p.transferability ? pickText(p.transferability, lang).text : '',
            p.languages,
            p.illustrative ? 'yes' : 'no',
          ]
            .map(csvCell)
            .join(','),
        );
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="regin-practices.csv"')
        .send(`\uFEFF${lines.join('\r\n')}\r\n`);
    },
  );

  app.get(
    '/api/v1/practices.json',
    { schema: exportSchema('Published practices as JSON (full records, contacts only with consent)') },
    async (request) => {
      const rows = await exportRows(app, request.query);
      return { items: rows.map((row) => publicPractice(practiceFromRow(row))), total: rows.length };
    },
  );

  app.get(
    '/api/v1/practices.geojson',
    { schema: exportSchema('Published practices with a location, as a GeoJSON FeatureCollection') },
    async (request, reply) => {
      const rows = await exportRows(app, request.query);
      const lang = request.query.lang;
      const features = rows
        .filter((row) => row.lat !== null && row.lon !== null)
        .map((row) => {
          const p = practiceFromRow(row);
          return {
            type: 'Feature',
            id: p.id,
            geometry: { type: 'Point', coordinates: [row.lon, row.lat] },
            properties: {
              slug: p.slug,
              title: pickText(p.title, lang).text,
              regions: p.regionCodes,
              policyAreas: p.policyAreas,
              result: p.result,
              status: p.status,
              year: row.year,
              illustrative: p.illustrative,
            },
          };
        });
      return reply.type('application/geo+json').send({ type: 'FeatureCollection', features });
    },
  );

  app.get(
    '/api/v1/feeds/practices.atom',
    {
      schema: {
        tags: ['practices'],
        summary: 'Atom feed of newly published practices',
        querystring: z
          .object({
            lang: z
              .string()
              .regex(/^[a-z]{2,3}$/)
              .default('en'),
          })
          .strict(),
      },
    },
    async (request, reply) => {
      const lang = request.query.lang;
      const rows = await queryRows<{ id: string }>(
        app.db,
        sql`select p.id from practices p where ${PUBLISHED} order by p.published_at desc, p.id limit 50`,
      );
      const full = rows.length
        ? await app.db
            .select()
            .from(practices)
            .where(
              inArray(
                practices.id,
                rows.map((r) => r.id),
              ),
            )
        : [];
      full.sort(
        (a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || a.id.localeCompare(b.id),
      );
      const base = `${request.protocol}://${request.host}`;
      const updated = full[0]?.publishedAt
        ? new Date(full[0].publishedAt).toISOString()
        : new Date(0).toISOString();
      const entries = full.map((row) => {
        const p = practiceFromRow(row);
        const title = pickText(p.title, lang).text;
        const summary = pickText(p.summary, lang).text;
        const link = `${base}/practices/${encodeURIComponent(p.slug)}?lang=${lang}`;
        return `  <entry>
    <id>urn:uuid:${p.id}</id>
    <title>${xml(p.illustrative ? `${title} (illustrative)` : title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${new Date(row.updatedAt).toISOString()}</updated>
    <published>${row.publishedAt ? new Date(row.publishedAt).toISOString() : ''}</published>
    <summary type="text">${xml(summary)}</summary>
${p.policyAreas.map((area) => `    <category term="${xml(area)}"/>`).join('\n')}
  </entry>`;
      });
      const feed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(lang)}">
  <id>${xml(`${base}/api/v1/feeds/practices.atom`)}</id>
  <title>REGIN Lab: new integration practices</title>
  <link rel="self" href="${xml(`${base}/api/v1/feeds/practices.atom?lang=${lang}`)}"/>
  <updated>${updated}</updated>
  <author><name>REGIN Lab</name></author>
${entries.join('\n')}
</feed>
`;
      return reply.type('application/atom+xml; charset=utf-8').send(feed);
    },
  );
}
