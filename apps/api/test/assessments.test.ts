import { answers, assessments } from '@regin/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

const FRAMEWORK = 'regin-lab-mipex-r';
const ROUND = 2025;

interface AssessmentBody {
  id: string;
  status: string;
  regionCode: string;
  progress: { answered: number; notApplicable: number; total: number };
  answers: {
    indicatorCode: string;
    optionId: string | null;
    comments: { text: string }[];
    validatedBy: string | null;
  }[];
}

describe('assessment workflow: answer, submit, review, validate, publish', () => {
  let context: TestContext;
  let editor: SignedIn;
  let pugliaEditor: SignedIn;
  let coordinator: SignedIn;
  let indicator: {
    code: string;
    options: { id: string; score: number }[];
    tags: Record<string, string | string[]>;
  };
  let assessmentId: string;

  beforeAll(async () => {
    context = await createTestApp();
    editor = await signIn(context, ['regional_editor'], ['ES51']);
    pugliaEditor = await signIn(context, ['regional_editor'], ['ITF4']);
    coordinator = await signIn(context, ['coordinator']);
    const framework = (
      await context.app.inject({ method: 'GET', url: `/api/v1/frameworks/${FRAMEWORK}` })
    ).json<{
      framework: { indicators: (typeof indicator & { kind: string })[] };
    }>().framework;
    indicator = framework.indicators.find((item) => item.kind === 'policy')!;
  });
  afterAll(async () => {
    await context.close();
  });

  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, who?: SignedIn, payload?: object) =>
    context.app.inject({
      method,
      url,
      ...(who ? { headers: who.headers } : {}),
      ...(payload ? { payload } : {}),
    });

  it('an editor of Catalonia opens a draft for ES51 but not for Puglia', async () => {
    expectProblem(
      await inject('POST', '/api/v1/assessments', editor, {
        regionCode: 'ITF4',
        frameworkId: FRAMEWORK,
        round: ROUND,
      }),
      403,
    );
    const created = await inject('POST', '/api/v1/assessments', editor, {
      regionCode: 'ES51',
      frameworkId: FRAMEWORK,
      round: ROUND,
    });
    expect(created.statusCode).toBe(201);
    const body = created.json<AssessmentBody>();
    expect(body).toMatchObject({ status: 'draft', regionCode: 'ES51', progress: { answered: 0 } });
    expect(body.progress.total).toBeGreaterThanOrEqual(60);
    assessmentId = body.id;
    const again = await inject('POST', '/api/v1/assessments', editor, {
      regionCode: 'ES51',
      frameworkId: FRAMEWORK,
      round: ROUND,
    });
    expect(expectProblem(again, 409).errors?.[0]?.field).toBe('round');
  });

  it('refuses unknown frameworks, regions, indicators and options, naming the field', async () => {
    const admin = await signIn(context, ['admin']);
    const noFramework = expectProblem(
      await inject('POST', '/api/v1/assessments', admin, {
        regionCode: 'ES51',
        frameworkId: 'nope',
        round: ROUND,
      }),
      422,
    );
    expect(noFramework.errors?.[0]?.field).toBe('frameworkId');
    const noRegion = expectProblem(
      await inject('POST', '/api/v1/assessments', admin, {
        regionCode: 'ZZ99',
        frameworkId: FRAMEWORK,
        round: ROUND,
      }),
      422,
    );
    expect(noRegion.errors?.[0]?.field).toBe('regionCode');
    const noIndicator = expectProblem(
      await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/XX-99`, editor, { optionId: 'yes' }),
      422,
    );
    expect(noIndicator.detail).toContain('XX-99');
    expect(noIndicator.errors?.[0]?.field).toBe('indicatorCode');
    const noOption = expectProblem(
      await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`, editor, {
        optionId: 'maybe-not',
      }),
      400,
    );
    expect(noOption.errors?.[0]?.field).toBe('optionId');
    const both = expectProblem(
      await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`, editor, {
        optionId: indicator.options[0]!.id,
        notApplicable: true,
      }),
      400,
    );
    expect(both.errors?.[0]?.field).toBe('notApplicable');
    const stored = await context.database.db
      .select()
      .from(answers)
      .where(eq(answers.assessmentId, assessmentId));
    expect(stored).toHaveLength(0);
  });

  it("the editor answers with a source; Puglia's editor can neither see nor change it", async () => {
    const best = [...indicator.options].sort((a, b) => b.score - a.score)[0]!;
    const saved = await inject(
      'PUT',
      `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`,
      editor,
      {
        optionId: best.id,
        justification: 'Adopted by the regional government in 2024.',
        sources: [
          {
            kind: 'url',
            title: 'Regional strategy',
            url: 'https://example.org/strategy',
            date: '2024-05-02',
          },
        ],
      },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      optionId: best.id,
      sources: [{ title: 'Regional strategy' }],
      answeredBy: editor.userId,
    });
    expectProblem(
      await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`, pugliaEditor, {
        optionId: best.id,
      }),
      404,
    );
    expectProblem(await inject('GET', `/api/v1/assessments/${assessmentId}`, pugliaEditor), 404);
    expectProblem(await inject('GET', `/api/v1/assessments/${assessmentId}`), 404);
    const own = await inject('GET', `/api/v1/assessments/${assessmentId}`, editor);
    expect(own.json<AssessmentBody>().progress.answered).toBe(1);
  });

  it('only coordinators move it past submission; answers freeze once submitted', async () => {
    const submitted = await inject('POST', `/api/v1/assessments/${assessmentId}/submit`, editor);
    expect(submitted.json(), submitted.body).toMatchObject({ status: 'submitted' });
    expectProblem(
      await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`, editor, {
        notApplicable: true,
      }),
      409,
    );
    expectProblem(await inject('POST', `/api/v1/assessments/${assessmentId}/validate`, editor), 403);
    expectProblem(await inject('POST', `/api/v1/assessments/${assessmentId}/publish`, coordinator), 409);
    expect((await inject('POST', `/api/v1/assessments/${assessmentId}/review`, coordinator)).statusCode).toBe(
      200,
    );
    const commented = await inject(
      'POST',
      `/api/v1/assessments/${assessmentId}/answers/${indicator.code}/comments`,
      coordinator,
      {
        text: 'Please add the decree number.',
      },
    );
    expect(commented.statusCode).toBe(201);
    const returned = await inject('POST', `/api/v1/assessments/${assessmentId}/return`, coordinator, {
      reason: 'Source incomplete',
    });
    expect(returned.json()).toMatchObject({ status: 'draft' });
    await inject('PUT', `/api/v1/assessments/${assessmentId}/answers/${indicator.code}`, editor, {
      optionId: [...indicator.options].sort((a, b) => b.score - a.score)[0]!.id,
      justification: 'Decree 12/2024 of the regional government.',
      sources: [{ kind: 'document', title: 'Decree 12/2024', date: '2024-05-02' }],
    });
    await inject('POST', `/api/v1/assessments/${assessmentId}/submit`, editor);
    const validated = await inject('POST', `/api/v1/assessments/${assessmentId}/validate`, coordinator);
    const body = validated.json<AssessmentBody>();
    expect(body.status).toBe('validated');
    expect(body.answers[0]).toMatchObject({
      validatedBy: coordinator.userId,
      comments: [{ text: 'Please add the decree number.' }],
    });
  });

  it('scores count the assessment only once it is published', async () => {
    const before = await inject('GET', `/api/v1/scores?framework=${FRAMEWORK}&round=${ROUND}`);
    expectProblem(before, 404);
    expect(
      (await inject('POST', `/api/v1/assessments/${assessmentId}/publish`, coordinator)).json(),
    ).toMatchObject({ status: 'published' });
    const after = await inject('GET', `/api/v1/scores?framework=${FRAMEWORK}&round=${ROUND}&by=policy_area`);
    expect(after.statusCode).toBe(200);
    const { matrix } = after.json<{
      matrix: {
        regions: string[];
        cells: Record<string, Record<string, { value: number; answered: number }>>;
      };
    }>();
    expect(matrix.regions).toEqual(['ES51']);
    const area = indicator.tags.policy_area as string;
    // One answer, the best option: 100 on its policy area, resting on one answer.
    expect(matrix.cells.ES51?.[area]).toMatchObject({ value: 100, answered: 1 });
    const publicView = await inject('GET', `/api/v1/assessments/${assessmentId}`);
    expect(publicView.statusCode).toBe(200);
    const [row] = await context.database.db
      .select()
      .from(assessments)
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, 'published')));
    expect(row?.publishedBy).toBe(coordinator.userId);
  });

  it('lists assessments with their progress; the public sees published ones only', async () => {
    const publicList = (await inject('GET', '/api/v1/assessments?region=ES51&limit=100')).json<{
      items: AssessmentBody[];
    }>();
    expect(publicList.items.every((item) => item.status === 'published')).toBe(true);
    expect(publicList.items.map((item) => item.id)).toContain(assessmentId);
  });
});

describe('answer sheets (CSV) into a draft', () => {
  let context: TestContext;
  let editor: SignedIn;
  let assessmentId: string;
  let codes: string[];
  beforeAll(async () => {
    context = await createTestApp();
    editor = await signIn(context, ['regional_editor'], ['ES62']);
    const created = await context.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: editor.headers,
      payload: { regionCode: 'ES62', frameworkId: FRAMEWORK, round: 2026 },
    });
    assessmentId = created.json<{ id: string }>().id;
    const framework = (
      await context.app.inject({ method: 'GET', url: `/api/v1/frameworks/${FRAMEWORK}` })
    ).json<{
      framework: { indicators: { code: string; kind: string }[] };
    }>().framework;
    codes = framework.indicators.filter((i) => i.kind === 'policy').map((i) => i.code);
  });
  afterAll(async () => {
    await context.close();
  });

  const upload = (content: string) =>
    context.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${assessmentId}/answers.csv`,
      headers: editor.headers,
      payload: { content },
    });
  const header = 'region;round;indicator;option;na;justification;source_title;source_url;source_date';

  it('imports every row of a valid sheet (semicolons, quoted text)', async () => {
    const sheet = [
      header,
      `ES62;2026;${codes[0]};yes;no;"Plan adopted; in force since 2025";Regional plan;https://example.org/plan;2025-03-01`,
      `ES62;2026;${codes[1]};;yes;No regional competence;;;`,
    ].join('\r\n');
    const response = await upload(sheet);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<{
      imported: number;
      assessment: { progress: { answered: number; notApplicable: number } };
    }>();
    expect(body.imported).toBe(2);
    expect(body.assessment.progress).toMatchObject({ answered: 1, notApplicable: 1 });
  });

  it('refuses the whole sheet with line numbers when one row is wrong', async () => {
    const unknown = [header, `ES62;2026;${codes[2]};yes;no;;;;`, 'ES62;2026;XX-99;yes;no;;;;'].join('\n');
    const problem = expectProblem(await upload(unknown), 400);
    expect(problem.errors?.[0]).toMatchObject({
      line: 3,
      field: 'indicator',
      detail: expect.stringMatching(/line 3: .*XX-99/),
    });
    const otherRegion = [header, `ES62;2026;${codes[2]};yes;no;;;;`, `ITF4;2026;${codes[3]};yes;no;;;;`].join(
      '\n',
    );
    const refused = expectProblem(await upload(otherRegion), 400);
    expect(refused.errors?.[0]).toMatchObject({ line: 3, field: 'region' });
    const saved = await context.database.db
      .select()
      .from(answers)
      .where(eq(answers.assessmentId, assessmentId));
    expect(saved.map((a) => a.indicatorCode).sort()).toEqual([codes[0], codes[1]].sort());
  });
});
