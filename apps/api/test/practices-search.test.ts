import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type SignedIn, signIn, type TestContext } from './helpers.js';

type Lang = 'en' | 'ca' | 'es' | 'it' | 'sv';

interface Fixture {
  slug: string;
  lang: Lang;
  title: string;
  summary: string;
  en?: { title: string; summary: string };
  regionCodes: string[];
  policyAreas: string[];
  result: 'successful' | 'mixed' | 'failed';
  start: string;
  location?: { lat: number; lon: number };
  ratings?: Record<string, number>;
}

function practice(f: Fixture) {
  const text = (value: string, en?: string) => ({
    source: f.lang,
    text: { [f.lang]: value, ...(en && f.lang !== 'en' ? { en } : {}) },
  });
  return {
    slug: f.slug,
    title: text(f.title, f.en?.title),
    summary: text(f.summary, f.en?.summary),
    description: text(`${f.summary} ${f.title}.`),
    lessons: text('Start with the people it is for.'),
    regionCodes: f.regionCodes,
    ...(f.location ? { location: f.location } : {}),
    policyAreas: f.policyAreas,
    targetGroups: ['tcn'],
    authorityRole: { kind: 'direct', role: 'leader' },
    period: { start: f.start },
    status: 'ended',
    result: f.result,
    ratings: f.ratings ?? {},
    contacts: [
      { name: 'Public Contact', email: 'public@example.org', consent: true },
      { name: 'Private Contact', email: 'private@example.org', consent: false },
    ],
    illustrative: true,
  };
}

const FIXTURES: Fixture[] = [
  {
    slug: 'habitatge-families',
    lang: 'ca',
    title: 'Habitatge assequible per a famílies nouvingudes',
    summary: "Programa d'habitatge social a Catalunya per a famílies refugiades.",
    en: {
      title: 'Affordable housing for newly arrived families',
      summary: 'Social housing programme in Catalonia for refugee families.',
    },
    regionCodes: ['ES51'],
    policyAreas: ['housing'],
    result: 'successful',
    start: '2019-01-01',
    location: { lat: 41.39, lon: 2.17 },
    ratings: { inclusion: 5, sustainability: 3 },
  },
  {
    slug: 'vivienda-andalucia',
    lang: 'es',
    title: 'Viviendas de acogida en Andalucía',
    summary: 'Pisos de acogida temporal para solicitantes de asilo, gestionados con entidades sociales.',
    en: {
      title: 'Reception flats in Andalusia',
      summary: 'Temporary reception flats for asylum seekers, run with NGOs.',
    },
    regionCodes: ['ES61'],
    policyAreas: ['housing', 'social_security'],
    result: 'mixed',
    start: '2020-03-01',
    location: { lat: 37.39, lon: -5.98 },
  },
  {
    slug: 'language-cafes-skane',
    lang: 'sv',
    title: 'Språkcaféer i Skåne',
    summary: 'Språkcaféer på bibliotek där nyanlända övar svenska med volontärer.',
    en: {
      title: 'Language cafés in Skåne',
      summary: 'Library language cafés where newcomers practise Swedish with volunteers.',
    },
    regionCodes: ['SE224'],
    policyAreas: ['language'],
    result: 'successful',
    start: '2021-09-01',
    location: { lat: 55.6, lon: 13.0 },
    ratings: { inclusion: 4 },
  },
  {
    slug: 'mentoring-puglia',
    lang: 'it',
    title: "Mentoring per l'inserimento lavorativo in Puglia",
    summary: 'Mentori volontari accompagnano giovani migranti verso il lavoro.',
    en: { title: 'Job mentoring in Puglia', summary: 'Volunteer mentors guide young migrants into work.' },
    regionCodes: ['ITF4'],
    policyAreas: ['labour_market'],
    result: 'failed',
    start: '2018-05-01',
    location: { lat: 41.12, lon: 16.87 },
  },
  {
    slug: 'housing-first-vienna',
    lang: 'en',
    title: 'Housing First for refugees in Vienna',
    summary: 'Housing programmes placing refugees directly in permanent flats with support.',
    regionCodes: ['AT13'],
    policyAreas: ['housing'],
    result: 'successful',
    start: '2022-01-01',
    location: { lat: 48.21, lon: 16.37 },
  },
  {
    slug: 'interpreting-hospitals-catalonia',
    lang: 'ca',
    title: 'Interpretació als hospitals catalans',
    summary:
      "Servei d'interpretació telefònica als hospitals per a pacients que no parlen català ni castellà.",
    en: {
      title: 'Interpreting in Catalan hospitals',
      summary: 'Telephone interpreting in hospitals for patients who speak neither Catalan nor Spanish.',
    },
    regionCodes: ['ES51'],
    policyAreas: ['health'],
    result: 'mixed',
    start: '2017-02-01',
    location: { lat: 41.4, lon: 2.15 },
  },
  {
    slug: 'school-mediators-campania',
    lang: 'it',
    title: 'Mediatori scolastici in Campania',
    summary: 'Mediatori culturali nelle scuole per la comunicazione tra scuola e famiglie.',
    en: {
      title: 'School mediators in Campania',
      summary: 'Cultural mediators in schools for school–family communication.',
    },
    regionCodes: ['ITF3'],
    policyAreas: ['education'],
    result: 'successful',
    start: '2020-09-01',
  },
];

describe('practice search', () => {
  let context: TestContext;
  let admin: SignedIn;
  beforeAll(async () => {
    context = await createTestApp({ seed: 'regions' });
    admin = await signIn(context, ['admin']);
    for (const fixture of FIXTURES) {
      const response = await context.app.inject({
        method: 'POST',
        url: '/api/v1/practices',
        headers: admin.headers,
        payload: practice(fixture),
      });
      if (response.statusCode !== 201) throw new Error(`${fixture.slug}: ${response.body}`);
    }
  });
  afterAll(async () => {
    await context.close();
  });

  const search = async (query: string) => {
    const response = await context.app.inject({ method: 'GET', url: `/api/v1/practices?${query}` });
    if (response.statusCode !== 200) throw new Error(`${query}: ${response.statusCode} ${response.body}`);
    return response.json<{
      items: { slug: string; snippet: string | null }[];
      total: number;
      facets: Record<string, { value: string; count: number }[]>;
      next: string | null;
      didYouMean: string | null;
      fuzzy: boolean;
    }>();
  };
  const slugs = async (query: string) => (await search(query)).items.map((item) => item.slug).sort();

  it('stems per language: Catalan "famílies" finds "famílies", English "programme" finds "programmes"', async () => {
    expect(await slugs('q=fam%C3%ADlia&lang=ca')).toContain('habitatge-families');
    expect(await slugs('q=programme&lang=en')).toEqual(
      expect.arrayContaining(['housing-first-vienna', 'habitatge-families']),
    );
  });

  it('ignores accents: "Skane", "familias" and "interpretacio" match', async () => {
    expect(await slugs('q=Skane')).toEqual(['language-cafes-skane']);
    expect(await slugs('q=interpretacio&lang=ca')).toEqual(['interpreting-hospitals-catalonia']);
  });

  it('finds every practice by its English summary', async () => {
    expect(await slugs('q=volunteer%20mentors&lang=en')).toEqual(['mentoring-puglia']);
    expect(await slugs('q=housing&lang=en')).toEqual(['habitatge-families', 'housing-first-vienna']);
  });

  it('matches related languages word for word: a Spanish query finds a Catalan practice', async () => {
    // "social" and "famílies/familias" differ, but "programa" is the same word in both languages.
    expect(await slugs('q=programa%20social&lang=es')).toContain('habitatge-families');
  });

  it('supports phrases, OR and exclusion', async () => {
    expect(await slugs('q=%22housing%20first%22')).toEqual(['housing-first-vienna']);
    expect(await slugs('q=mediators%20OR%20mentors')).toEqual([
      'mentoring-puglia',
      'school-mediators-campania',
    ]);
    expect(await slugs('q=housing%20-vienna')).toEqual(['habitatge-families']);
  });

  it('highlights matches in escaped snippets', async () => {
    const result = await search('q=interpreting');
    expect(result.items[0]?.snippet).toMatch(/<mark>[Ii]nterpret/);
  });

  it('counts facets for the current query: OR within a facet, AND across facets', async () => {
    const all = await search('');
    expect(all.total).toBe(7);
    const area = (result: typeof all, value: string) =>
      result.facets.policyArea?.find((f) => f.value === value)?.count;
    expect(area(all, 'housing')).toBe(3);
    const housingOrHealth = await search('policyArea=housing,health');
    expect(housingOrHealth.total).toBe(4);
    // The policy-area facet ignores its own filter, so the other areas still show their counts.
    expect(area(housingOrHealth, 'language')).toBe(1);
    const spanishHousing = await search('policyArea=housing&country=ES');
    expect(spanishHousing.total).toBe(2);
    expect(spanishHousing.facets.country?.find((f) => f.value === 'ES')?.count).toBe(2);
    expect(spanishHousing.facets.country?.find((f) => f.value === 'AT')?.count).toBe(1);
    expect(spanishHousing.facets.result).toEqual(
      expect.arrayContaining([
        { value: 'successful', count: 1 },
        { value: 'mixed', count: 1 },
      ]),
    );
  });

  it('includes sub-regions in a region filter and filters by criteria, year and bounding box', async () => {
    expect(await slugs('region=ES5')).toEqual(['habitatge-families', 'interpreting-hospitals-catalonia']);
    expect(await slugs('criteria=inclusion')).toEqual(['habitatge-families', 'language-cafes-skane']);
    expect(await slugs('year=2020')).toEqual(['school-mediators-campania', 'vivienda-andalucia']);
    // Roughly Catalonia.
    expect(await slugs('bbox=0.1,40.5,3.4,42.9')).toEqual([
      'habitatge-families',
      'interpreting-hospitals-catalonia',
    ]);
  });

  it('pages with a stable cursor: no duplicates, no gaps, in every sort', async () => {
    for (const sort of ['newest', 'region', 'relevance']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const result: Awaited<ReturnType<typeof search>> = await search(
          `limit=2&sort=${sort}${sort === 'relevance' ? '&q=housing%20OR%20language%20OR%20school%20OR%20mentoring%20OR%20interpreting%20OR%20reception' : ''}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...result.items.map((item) => item.slug));
        cursor = result.next;
        pages += 1;
      } while (cursor && pages < 10);
      expect(new Set(seen).size, sort).toBe(seen.length);
      expect(seen.length, sort).toBe(
        sort === 'relevance'
          ? (
              await search(
                'q=housing%20OR%20language%20OR%20school%20OR%20mentoring%20OR%20interpreting%20OR%20reception',
              )
            ).total
          : 7,
      );
    }
    expectProblem(await context.app.inject({ method: 'GET', url: '/api/v1/practices?cursor=garbage' }), 400);
  });

  it('proposes "did you mean" and fuzzy results for typos', async () => {
    const typo = await search('q=hosuing');
    expect(typo.didYouMean).toBe('housing');
    expect(typo.fuzzy).toBe(true);
    expect(typo.items.map((item) => item.slug)).toContain('housing-first-vienna');
  });

  it('survives hostile input: long, unbalanced, SQL, emoji, right-to-left', async () => {
    for (const q of [
      '"unbalanced',
      "'; drop table practices; --",
      'housing 🏠 👩‍👧',
      'سكن اللاجئين',
      '((())) & | ! :*',
      '\\',
    ]) {
      const response = await context.app.inject({
        method: 'GET',
        url: `/api/v1/practices?q=${encodeURIComponent(q)}`,
      });
      expect(response.statusCode, q).toBe(200);
    }
    const tooLong = await context.app.inject({
      method: 'GET',
      url: `/api/v1/practices?q=${'a'.repeat(10_000)}`,
    });
    expect(expectProblem(tooLong, 400).errors?.[0]?.field).toBe('q');
    expect((await search('q=housing')).total).toBe(2);
  });

  it('autocompletes titles, regions and tags', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/v1/practices/autocomplete?q=hous',
    });
    const body = response.json<{ titles: { slug: string }[]; tags: { value: string }[] }>();
    expect(body.titles.map((t) => t.slug)).toContain('housing-first-vienna');
    expect(body.tags).toContainEqual({ facet: 'policyArea', value: 'housing' });
    const regions = (
      await context.app.inject({ method: 'GET', url: '/api/v1/practices/autocomplete?q=catalu' })
    ).json<{ regions: { code: string }[] }>();
    expect(regions.regions.map((r) => r.code)).toContain('ES51');
  });

  it('suggests similar practices', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/v1/practices/housing-first-vienna/similar',
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json<{ items: { slug: string }[] }>().items.map((item) => item.slug);
    // The other two housing practices come first.
    expect(items.slice(0, 2).sort()).toEqual(['habitatge-families', 'vivienda-andalucia']);
    expect(items).not.toContain('housing-first-vienna');
  });
});
