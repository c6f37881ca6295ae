import {
  frameworkImportBodySchema,
  frameworkListResponseSchema,
  frameworkParamsSchema,
  frameworkQuerySchema,
  frameworkResponseSchema,
  problemSchema,
} from '@regin/api-contract';
import { frameworks } from '@regin/db';
import { type FrameworkIssue, parseIndicatorCsv, validateFramework } from '@regin/indicators';
import type { App } from '../../lib/app-types.js';
import { recordAudit } from '../../lib/audit.js';
import { HttpProblem } from '../../lib/problem.js';
import { findFramework, listFrameworks, toSummary } from './repository.js';

function issuesToProblem(issues: readonly FrameworkIssue[]): HttpProblem {
  const errors = issues.slice(0, 200).map((issue) => ({
    in: 'body',
    field: issue.field,
    pointer: `/${issue.path.map(String).join('/')}`,
    detail: issue.indicator ? `indicator ${issue.indicator}: ${issue.message}` : issue.message,
    ...(issue.indicator ? { indicator: issue.indicator } : {}),
    ...(issue.line ? { line: issue.line } : {}),
  }));
  return new HttpProblem(
    'validation',
    `The framework has ${issues.length} problem(s); nothing was stored`,
    errors,
  );
}

export async function frameworkRoutes(app: App) {
  app.get(
    '/api/v1/frameworks',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Indicator frameworks and their versions',
        response: { 200: frameworkListResponseSchema },
      },
    },
    async () => ({ items: await listFrameworks(app.db) }),
  );

  app.get(
    '/api/v1/frameworks/:id',
    {
      schema: {
        tags: ['indicators'],
        summary:
          'One framework (newest version unless `version` is given): axes, indicators, options, scoring rules',
        params: frameworkParamsSchema,
        querystring: frameworkQuerySchema,
        response: { 200: frameworkResponseSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const stored = await findFramework(app.db, request.params.id, request.query.version);
      if (!stored) throw new HttpProblem('not-found', `No framework ${request.params.id}`);
      return stored;
    },
  );

  app.post(
    '/api/v1/frameworks',
    {
      config: { access: { roles: ['admin', 'coordinator'] } },
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['indicators'],
        summary: 'Import a framework (JSON, or the CSV indicator list) after validating every indicator',
        description:
          'A version is immutable: importing an existing id and version answers 409. See docs/file-formats.md of @regin/indicators.',
        security: [{ session: [], csrf: [] }],
        body: frameworkImportBodySchema,
        response: {
          201: frameworkResponseSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result =
        body.format === 'json'
          ? validateFramework(body.framework)
          : parseIndicatorCsv(body.content, body.meta as unknown as Parameters<typeof parseIndicatorCsv>[1]);
      if (!result.ok) throw issuesToProblem(result.issues);
      const framework = result.framework;
      if (await findFramework(app.db, framework.id, framework.version)) {
        throw new HttpProblem(
          'conflict',
          `Framework ${framework.id} version ${framework.version} exists; import a new version`,
          [{ in: 'body', field: 'version', pointer: '/framework/version', detail: 'already imported' }],
        );
      }
      const actor = request.session!.user;
      const row = await app.db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(frameworks)
          .values({
            id: framework.id,
            version: framework.version,
            name: framework.name,
            definition: framework,
            indicatorCount: framework.indicators.length,
            illustrative: framework.illustrative,
            importedBy: actor.id,
          })
          .returning();
        if (!inserted) throw new Error('framework insert returned no row');
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'import',
          entityType: 'framework',
          entityId: `${framework.id}@${framework.version}`,
          after: { id: framework.id, version: framework.version, indicators: framework.indicators.length },
        });
        return inserted;
      });
      return reply.code(201).send({ framework, summary: toSummary(row) });
    },
  );
}
