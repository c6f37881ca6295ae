import {
  expertSchema,
  localizedTextSchema,
  POLICY_AREAS,
  PRACTICE_TARGET_GROUPS,
  practiceSchema,
  practiceSubmissionSchema,
} from '@regin/domain';
import { createRegistry } from '@regin/geo';
import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../../client.js';
import {
  expertPractices,
  experts,
  practiceRegions,
  practices,
  practiceVersions,
} from '../../schema/practices.js';
import { createTestDatabase } from '../../testing.js';
import { NETWORK_REGIONS, NON_NUTS_REGIONS } from '../network-regions.js';
import { seedDatabase } from '../seed.js';
import { EXPERTS, MODERATION_QUEUE, PUBLISHED_PRACTICES } from './data.js';
import {
  illustrativeExpert,
  illustrativeExpertId,
  illustrativePractice,
  illustrativePracticeId,
  illustrativePublishedAt,
  seedPractices,
  uuidV5,
} from './seed-practices.js';

const ALL_PRACTICES = [...PUBLISHED_PRACTICES, ...MODERATION_QUEUE.map((entry) => entry.practice)];
const sourceText = (value: { source: string; text: Record<string, string> }) =>
  value.text[value.source] ?? '';
const everyText = (practice: (typeof ALL_PRACTICES)[number]) =>
  [practice.title, practice.summary, practice.description, practice.lessons, practice.transferability]
    .flatMap((value) => (value ? Object.values(value.text) : []))
    .join(' ')
    .toLowerCase();

describe('illustrative practices and experts (data)', () => {
  it('parses every published practice with the domain schema', () => {
    for (const seed of PUBLISHED_PRACTICES) {
      const record = illustrativePractice(seed);
      expect(record.illustrative).toBe(true);
      expect(record.moderationStatus).toBe('published');
      // Round trip: the parsed record is itself valid input.
      expect(practiceSchema.safeParse(record).success, seed.slug).toBe(true);
    }
  });

  it('holds the moderation queue: submitted and changes-requested entries that pass the public form', () => {
    const statuses = MODERATION_QUEUE.map((entry) => entry.moderationStatus);
    expect(statuses.filter((status) => status === 'submitted').length).toBeGreaterThanOrEqual(2);
    expect(statuses).toContain('changes_requested');
    for (const entry of MODERATION_QUEUE) {
      const result = practiceSchema.safeParse({
        ...entry.practice,
        id: illustrativePracticeId(entry.practice.slug),
        moderationStatus: entry.moderationStatus,
        ...(entry.moderationNote ? { moderationNote: entry.moderationNote } : {}),
        version: 1,
        illustrative: true,
      });
      expect(result.success, entry.practice.slug).toBe(true);
      const {
        title,
        summary,
        description,
        lessons,
        transferability,
        regionCodes,
        policyAreas,
        targetGroups,
      } = entry.practice;
      const form = practiceSubmissionSchema.safeParse({
        title,
        summary,
        description,
        ...(lessons ? { lessons } : {}),
        ...(transferability ? { transferability } : {}),
        regionCodes,
        policyAreas,
        targetGroups,
        authorityRole: entry.practice.authorityRole,
        period: entry.practice.period,
        status: entry.practice.status,
        result: entry.practice.result,
        submitter: entry.submittedBy,
        consent: true,
      });
      expect(form.success, entry.practice.slug).toBe(true);
      expect(entry.submittedBy.email).toMatch(/@example\.org$/);
    }
    expect(
      MODERATION_QUEUE.find((entry) => entry.moderationStatus === 'changes_requested')?.moderationNote,
    ).toBeTruthy();
  });

  it('gives every practice a unique slug and id', () => {
    const slugs = ALL_PRACTICES.map((practice) => practice.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(slugs.map(illustrativePracticeId)).size).toBe(slugs.length);
  });

  it('writes each practice in its source language with lessons, tips and an English title and summary', () => {
    for (const practice of PUBLISHED_PRACTICES) {
      const source = practice.title.source;
      for (const field of [
        practice.summary,
        practice.description,
        practice.lessons,
        practice.transferability,
      ]) {
        expect(field?.source, practice.slug).toBe(source);
      }
      expect(practice.title.text.en, practice.slug).toBeTruthy();
      expect(practice.summary.text.en, practice.slug).toBeTruthy();
      // "A few sentences": at least two.
      expect(
        sourceText(practice.description)
          .split(/[.!?;](\s|$)/)
          .filter((s) => s.trim()).length,
      ).toBeGreaterThan(1);
    }
    const byLanguage = new Map<string, number>();
    for (const practice of PUBLISHED_PRACTICES) {
      byLanguage.set(practice.title.source, (byLanguage.get(practice.title.source) ?? 0) + 1);
    }
    for (const language of ['en', 'ca', 'es', 'it', 'sv', 'pt']) {
      expect(byLanguage.get(language) ?? 0, language).toBeGreaterThanOrEqual(10);
    }
    // Some carry a Catalan or Spanish translation as well.
    expect(
      PUBLISHED_PRACTICES.filter((p) => p.title.source !== 'ca' && p.title.text.ca !== undefined).length,
    ).toBeGreaterThan(0);
    expect(
      PUBLISHED_PRACTICES.filter((p) => p.title.source !== 'es' && p.title.text.es !== undefined).length,
    ).toBeGreaterThan(3);
  });

  it('covers the network, all policy areas, many target groups, and failures as well as successes', () => {
    expect(PUBLISHED_PRACTICES.length).toBeGreaterThanOrEqual(160);
    const regions = new Set(PUBLISHED_PRACTICES.flatMap((practice) => practice.regionCodes));
    expect(regions.size).toBeGreaterThanOrEqual(30);
    for (const network of NETWORK_REGIONS) expect(regions.has(network.code), network.code).toBe(true);
    const areas = new Set(PUBLISHED_PRACTICES.flatMap((practice) => practice.policyAreas));
    expect([...areas].sort()).toEqual([...POLICY_AREAS].sort());
    const groups = new Set(PUBLISHED_PRACTICES.flatMap((practice) => practice.targetGroups));
    expect([...groups].sort()).toEqual([...PRACTICE_TARGET_GROUPS].sort());
    const notSuccessful = PUBLISHED_PRACTICES.filter((practice) => practice.result !== 'successful').length;
    expect(notSuccessful / PUBLISHED_PRACTICES.length).toBeGreaterThanOrEqual(0.25);
    expect(
      PUBLISHED_PRACTICES.filter((practice) => practice.result === 'failed').length,
    ).toBeGreaterThanOrEqual(15);
    for (const status of ['ongoing', 'ended', 'discontinued']) {
      expect(PUBLISHED_PRACTICES.some((practice) => practice.status === status)).toBe(true);
    }
    for (const role of ['leader', 'partner', 'coordinator', 'funding', 'support']) {
      expect(
        PUBLISHED_PRACTICES.some((practice) => practice.authorityRole.role === role),
        role,
      ).toBe(true);
    }
    const share = (test: (practice: (typeof PUBLISHED_PRACTICES)[number]) => boolean) =>
      PUBLISHED_PRACTICES.filter(test).length / PUBLISHED_PRACTICES.length;
    expect(share((practice) => Object.keys(practice.ratings ?? {}).length >= 3)).toBeGreaterThan(0.8);
    expect(share((practice) => (practice.fundingSources ?? []).length > 0)).toBeGreaterThan(0.9);
    expect(share((practice) => practice.budget !== undefined)).toBeGreaterThan(0.4);
    expect(share((practice) => practice.location !== undefined)).toBeGreaterThan(0.9);
    expect(share((practice) => (practice.stakeholders ?? []).length >= 2)).toBeGreaterThan(0.9);
  });

  it('uses region codes the registry knows, and map points inside their region', () => {
    const registry = createRegistry({ regions: NON_NUTS_REGIONS });
    for (const practice of ALL_PRACTICES) {
      for (const code of practice.regionCodes)
        expect(registry.has(code), `${practice.slug}: ${code}`).toBe(true);
      if (!practice.location) continue;
      const { lat, lon } = practice.location;
      const inside = practice.regionCodes.some((code) => {
        const [minLon, minLat, maxLon, maxLat] = registry.bbox(code) ?? [0, 0, 0, 0];
        // Regions registered as a point have no extent: accept a point within a degree or so.
        const pad = maxLon - minLon < 0.01 ? 1.5 : 0.05;
        return lon >= minLon - pad && lon <= maxLon + pad && lat >= minLat - pad && lat <= maxLat + pad;
      });
      expect(inside, `${practice.slug} at ${lat},${lon}`).toBe(true);
    }
    for (const expert of EXPERTS) expect(registry.has(expert.regionCode), expert.name).toBe(true);
  });

  it('links and e-mail addresses point at example.org only, and contacts include both consents', () => {
    const contacts = ALL_PRACTICES.flatMap((practice) => practice.contacts ?? []);
    for (const practice of ALL_PRACTICES) {
      for (const link of practice.links ?? []) expect(link.url).toMatch(/^https:\/\/example\.org\//);
    }
    for (const contact of contacts) expect(contact.email).toMatch(/^[a-z.]+@example\.org$/);
    expect(contacts.some((contact) => contact.consent)).toBe(true);
    expect(contacts.some((contact) => !contact.consent)).toBe(true);
  });

  it('holds the words search tests look for', () => {
    const withWord = (word: string) =>
      ALL_PRACTICES.filter((practice) => everyText(practice).includes(word)).length;
    for (const word of ['housing', 'habitatge', 'vivienda', 'abitazione', 'bostad', 'habitação']) {
      expect(withWord(word), word).toBeGreaterThanOrEqual(2);
    }
    for (const word of ['interpret', 'mentor', 'language café', 'cafès lingüístics', 'språkcafé', 'mediat']) {
      expect(withWord(word), word).toBeGreaterThanOrEqual(1);
    }
  });

  it('grounds the six REGIN pilots in what they did', () => {
    const bySlug = new Map(PUBLISHED_PRACTICES.map((practice) => [practice.slug, practice]));
    expect(bySlug.get('tallers-robotica-programacio-alumnat-migrat')?.regionCodes).toEqual(['ES51']);
    expect(bySlug.get('guia-do-migrante-acores')?.languages).toEqual(expect.arrayContaining(['pt', 'en']));
    expect(bySlug.get('comision-cohesion-social-murcia')?.regionCodes).toEqual(['ES62']);
    expect(bySlug.get('alfabetizzazione-comunicazione-scuola-famiglia-puglia')?.regionCodes).toEqual([
      'ITF4',
    ]);
    expect(bySlug.get('monitoraggio-inclusione-rurale-campania')?.regionCodes).toEqual(['ITF3']);
    expect(bySlug.get('halsokommunikatorer-samhallsorientering-skane')?.regionCodes).toEqual(['SE224']);
    expect(bySlug.get('radgivningstjanst-halsa-nyanlanda-skane')?.regionCodes).toEqual(['SE224']);
  });

  it('parses the 40 experts, their bios and links to published practices', () => {
    expect(EXPERTS).toHaveLength(40);
    const published = new Set(PUBLISHED_PRACTICES.map((practice) => practice.slug));
    for (const seed of EXPERTS) {
      const record = illustrativeExpert(seed);
      expect(expertSchema.safeParse(record).success, seed.name).toBe(true);
      expect(localizedTextSchema.safeParse(seed.bio).success, seed.name).toBe(true);
      expect(seed.bio.text.en, seed.name).toBeTruthy();
      expect(seed.practiceSlugs.length, seed.name).toBeGreaterThanOrEqual(1);
      expect(seed.practiceSlugs.length, seed.name).toBeLessThanOrEqual(4);
      for (const slug of seed.practiceSlugs) expect(published.has(slug), `${seed.name}: ${slug}`).toBe(true);
      expect(record.contact.email).toMatch(/@example\.org$/);
    }
    const names = EXPERTS.map((seed) => seed.name);
    expect(new Set(names).size).toBe(names.length);
    const emails = EXPERTS.map((seed) => seed.contact?.email);
    expect(new Set(emails).size).toBe(emails.length);
    const consenting = EXPERTS.filter((seed) => seed.contactConsent).length / EXPERTS.length;
    expect(consenting).toBeGreaterThan(0.5);
    expect(consenting).toBeLessThan(0.75);
    expect(EXPERTS.some((seed) => seed.bio.source !== 'en')).toBe(true);
  });

  it('makes ids and dates deterministic', () => {
    // RFC 9562 test vector: v5 of "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(illustrativeExpertId('Núria Vidal')).toBe(illustrativeExpertId('Núria Vidal'));
    for (const seed of PUBLISHED_PRACTICES) {
      const publishedAt = illustrativePublishedAt(seed);
      expect(publishedAt >= '2021-02-01', seed.slug).toBe(true);
      expect(publishedAt <= '2025-01-01', seed.slug).toBe(true);
    }
  });
});

describe('seedPractices', () => {
  let handle: DatabaseHandle;
  let seeded: Awaited<ReturnType<typeof seedDatabase>>;
  beforeAll(async () => {
    handle = await createTestDatabase();
    // seedDatabase seeds the regions, then calls seedPractices in the same transaction.
    seeded = await seedDatabase(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('publishes the practices with regions, versions and search vectors, and queues the rest', async () => {
    expect(seeded).toMatchObject({
      practicesInserted: PUBLISHED_PRACTICES.length + MODERATION_QUEUE.length,
      expertsInserted: 40,
    });
    const db = handle.db;

    const published = await db.select().from(practices).where(eq(practices.moderationStatus, 'published'));
    expect(published.length).toBeGreaterThanOrEqual(160);
    expect(published.every((row) => row.publishedAt !== null && row.illustrative && row.version === 1)).toBe(
      true,
    );
    expect(published.every((row) => row.searchSource !== null && row.searchEnglish !== null)).toBe(true);
    expect(new Set(published.map((row) => row.sourceLanguage)).size).toBeGreaterThanOrEqual(5);
    const notSuccessful = published.filter((row) => row.result === 'mixed' || row.result === 'failed').length;
    expect(notSuccessful / published.length).toBeGreaterThanOrEqual(0.25);
    // Derived facet columns come from practiceRowValues.
    const catalonia = published.find((row) => row.slug === 'mediacio-habitatge-llogaters-migrats');
    expect(catalonia).toMatchObject({ countries: ['ES'], year: 2019, authorityKind: 'indirect' });
    expect(catalonia?.regionScope).toEqual(expect.arrayContaining(['ES', 'ES5', 'ES51', 'ES511']));

    const [regionCount] = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct pr.region_code)::int as n from ${practiceRegions} pr
          join ${practices} p on p.id = pr.practice_id where p.moderation_status = 'published'`,
    );
    expect(regionCount?.n).toBeGreaterThanOrEqual(30);
    const [links] = await db.select({ n: count() }).from(practiceRegions);
    expect(links?.n).toBe(ALL_PRACTICES.reduce((sum, practice) => sum + practice.regionCodes.length, 0));
    const [versions] = await db
      .select({ n: count() })
      .from(practiceVersions)
      .where(isNull(practiceVersions.authorId));
    expect(versions?.n).toBe(ALL_PRACTICES.length);

    const queued = await db.select().from(practices).where(isNull(practices.publishedAt));
    expect(queued.map((row) => row.moderationStatus).sort()).toEqual(
      MODERATION_QUEUE.map((entry) => entry.moderationStatus).sort(),
    );
    expect(queued.filter((row) => row.moderationStatus === 'submitted').length).toBeGreaterThanOrEqual(1);
    expect(queued.every((row) => row.submittedBy !== null)).toBe(true);
    expect(queued.find((row) => row.moderationStatus === 'changes_requested')?.moderationNote).toBeTruthy();

    const expertRows = await db.select().from(experts);
    expect(expertRows).toHaveLength(40);
    expect(expertRows.every((row) => row.illustrative && row.bio !== null)).toBe(true);
    const [expertLinks] = await db.select({ n: count() }).from(expertPractices);
    expect(expertLinks?.n).toBe(EXPERTS.reduce((sum, seed) => sum + seed.practiceSlugs.length, 0));
  });

  it('is found by its English summary and by words in its own language', async () => {
    const english = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from ${practices}
          where search_english @@ websearch_to_tsquery('public.regin_en', 'housing')
            and moderation_status = 'published'`,
    );
    expect(english.length).toBeGreaterThanOrEqual(10);
    expect(english.map((row) => row.slug)).toContain('mediacio-habitatge-llogaters-migrats');
    const catalan = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from ${practices}
          where search_source @@ websearch_to_tsquery('public.regin_ca', 'habitatge') and source_language = 'ca'`,
    );
    expect(catalan.map((row) => row.slug)).toContain('mediacio-habitatge-llogaters-migrats');
    const swedish = await queryRows<{ slug: string }>(
      handle.db,
      sql`select slug from ${practices}
          where search_source @@ websearch_to_tsquery('public.regin_sv', 'hälsokommunikatörer')`,
    );
    expect(swedish.map((row) => row.slug)).toContain('halsokommunikatorer-samhallsorientering-skane');
  });

  it('inserts nothing on a second run and leaves edits alone', async () => {
    const id = illustrativePracticeId('cafes-linguistics-biblioteques');
    await handle.db
      .update(practices)
      .set({ moderationNote: 'edited by a moderator' })
      .where(eq(practices.id, id));
    await handle.db
      .delete(expertPractices)
      .where(eq(expertPractices.expertId, illustrativeExpertId('Marta Roca')));
    const again = await handle.db.transaction((tx) => seedPractices(tx));
    expect(again).toEqual({ practicesInserted: 0, expertsInserted: 0 });
    const [row] = await handle.db.select().from(practices).where(eq(practices.id, id));
    expect(row?.moderationNote).toBe('edited by a moderator');
    const [relinked] = await handle.db
      .select({ n: count() })
      .from(expertPractices)
      .where(eq(expertPractices.expertId, illustrativeExpertId('Marta Roca')));
    expect(relinked?.n).toBe(0);
    const [total] = await handle.db
      .select({ n: count() })
      .from(practices)
      .where(and(isNotNull(practices.publishedAt), eq(practices.illustrative, true)));
    expect(total?.n).toBe(PUBLISHED_PRACTICES.length);
  });
});
