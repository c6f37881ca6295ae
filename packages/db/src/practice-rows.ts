import type { Practice } from '@regin/domain';
import type { practices } from './schema/practices.js';

export type PracticeRow = typeof practices.$inferSelect;
export type NewPracticeRow = typeof practices.$inferInsert;

/** The content a practice row stores: the domain record minus identity, version and moderation bookkeeping. */
export type PracticeContent = Omit<
  Practice,
  'id' | 'version' | 'moderationStatus' | 'moderationNote' | 'createdAt' | 'updatedAt'
>;

/** NUTS codes nest by prefix (ES511 ⊂ ES51 ⊂ ES5 ⊂ ES); ISO 3166-2 codes (MA-02) sit in their country. */
export function regionAncestry(code: string): string[] {
  if (code.includes('-')) return [code, code.slice(0, 2)];
  const chain: string[] = [];
  for (let length = code.length; length >= 2; length--) chain.push(code.slice(0, length));
  return chain;
}

/** Columns derived from the content: region scope and countries for facets, strong criteria, year. */
export function practiceRowValues(
  content: PracticeContent,
): Omit<NewPracticeRow, 'moderationStatus' | 'version'> {
  const scope = [...new Set(content.regionCodes.flatMap(regionAncestry))].sort();
  const countries = [...new Set(content.regionCodes.map((code) => code.slice(0, 2)))].sort();
  const strong = Object.entries(content.ratings ?? {})
    .filter(([, rating]) => (rating ?? 0) >= 4)
    .map(([criterion]) => criterion)
    .sort();
  const languages = new Set<string>([content.title.source]);
  for (const text of [content.title, content.summary, content.description])
    for (const lang of Object.keys(text.text)) languages.add(lang);
  for (const lang of content.languages ?? []) languages.add(lang);
  return {
    slug: content.slug,
    title: content.title,
    summary: content.summary,
    description: content.description,
    lessonsLearnt: content.lessons ?? null,
    transferability: content.transferability ?? null,
    sourceLanguage: content.title.source,
    languages: [...languages].sort(),
    lat: content.location?.lat ?? null,
    lon: content.location?.lon ?? null,
    policyAreas: content.policyAreas,
    targetGroups: content.targetGroups,
    authorityKind: content.authorityRole.kind,
    authorityRole: content.authorityRole.role,
    stakeholders: content.stakeholders ?? [],
    periodStart: content.period.start,
    periodEnd: content.period.end ?? null,
    status: content.status,
    result: content.result,
    ratings: content.ratings ?? {},
    funding: content.fundingSources ?? [],
    budgetAmount: content.budget ? String(content.budget.amount) : null,
    budgetCurrency: content.budget?.currency ?? null,
    links: content.links ?? [],
    contacts: content.contacts ?? [],
    regionCodes: content.regionCodes,
    regionScope: scope,
    countries,
    strongCriteria: strong,
    year: Number.parseInt(content.period.start.slice(0, 4), 10),
    illustrative: content.illustrative,
  };
}

const iso = (value: string | null) => (value ? new Date(value).toISOString() : undefined);

/** A row back into the domain record (contacts included: callers strip those without consent). */
export function practiceFromRow(row: PracticeRow): Practice {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description ?? row.summary,
    ...(row.lessonsLearnt ? { lessons: row.lessonsLearnt } : {}),
    ...(row.transferability ? { transferability: row.transferability } : {}),
    regionCodes: row.regionCodes,
    ...(row.lat !== null && row.lon !== null ? { location: { lat: row.lat, lon: row.lon } } : {}),
    policyAreas: row.policyAreas as Practice['policyAreas'],
    targetGroups: row.targetGroups as Practice['targetGroups'],
    authorityRole: { kind: row.authorityKind, role: row.authorityRole } as Practice['authorityRole'],
    stakeholders: row.stakeholders as Practice['stakeholders'],
    period: { start: row.periodStart ?? '1970-01-01', ...(row.periodEnd ? { end: row.periodEnd } : {}) },
    status: row.status as Practice['status'],
    result: row.result as Practice['result'],
    ratings: row.ratings as Practice['ratings'],
    fundingSources: row.funding as Practice['fundingSources'],
    ...(row.budgetAmount !== null && row.budgetCurrency
      ? { budget: { amount: Number(row.budgetAmount), currency: row.budgetCurrency } }
      : {}),
    links: row.links as Practice['links'],
    contacts: row.contacts as Practice['contacts'],
    languages: row.languages,
    moderationStatus: row.moderationStatus as Practice['moderationStatus'],
    ...(row.moderationNote ? { moderationNote: row.moderationNote } : {}),
    version: row.version,
    illustrative: row.illustrative,
    ...(iso(row.createdAt) ? { createdAt: iso(row.createdAt) } : {}),
    ...(iso(row.updatedAt) ? { updatedAt: iso(row.updatedAt) } : {}),
  };
}
