import {
  AUTHORITY_ROLES,
  type AuthorityRole,
  type FundingSource,
  type Link,
  type LocalizedText,
  type Money,
  type PolicyArea,
  type PracticeContact,
  type PracticeInput,
  type PracticeRatings,
  type PracticeResult,
  type PracticeStatus,
  type PracticeTargetGroup,
  type Stakeholder,
  type StakeholderKind,
} from '@regin/domain';

/**
 * Authoring helpers for the Integration Lab's ILLUSTRATIVE practices. The data modules describe each
 * practice compactly (tuples for stakeholders, links and contacts); `practice()` expands that into the
 * domain's input shape. Everything here is fictional demo content: organisations named as stakeholders
 * are generic or invented unless they are the regional authority itself, people are invented, and every
 * link and e-mail address points at example.org.
 */

/** A practice as the seed writes it: the domain input minus identity, version and moderation bookkeeping. */
export type PracticeSeed = Omit<
  PracticeInput,
  'id' | 'version' | 'moderationStatus' | 'moderationNote' | 'illustrative' | 'createdAt' | 'updatedAt'
>;

type RoleName = (typeof AUTHORITY_ROLES)['direct'][number] | (typeof AUTHORITY_ROLES)['indirect'][number];

/** `[name, kind, what it did]` */
export type StakeholderTuple = readonly [name: string, kind: StakeholderKind, role?: string];
/** `[kind, title]`: the URL is made from the practice slug and the title, always on example.org. */
export type LinkTuple = readonly [kind: NonNullable<Link['kind']>, title: string];
/** `[name, organisation, consent, phone?]`: the e-mail address is made from the name, on example.org. */
export type ContactTuple = readonly [name: string, organisation: string, consent: boolean, phone?: string];

export interface PracticeSpec {
  slug: string;
  regions: readonly string[];
  /** `[lat, lon]` of the town where it happens (approximate). */
  at?: readonly [lat: number, lon: number];
  areas: readonly PolicyArea[];
  groups: readonly PracticeTargetGroup[];
  /** The regional authority's role; its kind (direct or indirect) follows from it. */
  role: RoleName;
  period: readonly [start: string, end?: string];
  status: PracticeStatus;
  result: PracticeResult;
  ratings?: PracticeRatings;
  funding?: readonly FundingSource[];
  budget?: Money;
  stakeholders?: readonly StakeholderTuple[];
  /** Languages the practice's services or materials are offered in. */
  languages?: readonly string[];
  links?: readonly LinkTuple[];
  contacts?: readonly ContactTuple[];
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  lessons?: LocalizedText;
  tips?: LocalizedText;
}

/** Lower-case ASCII words joined by `-`: `"Guia do Migrante"` → `guia-do-migrante`. */
export function kebab(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Núria Vidal` → `nuria.vidal@example.org`; `Pieter de Vries` → `pieter.devries@example.org`. */
export function exampleEmail(name: string): string {
  const [first, ...rest] = kebab(name).split('-').filter(Boolean);
  return `${[first, rest.join('')].filter(Boolean).join('.')}@example.org`;
}

export function authorityRole(role: RoleName): AuthorityRole {
  const direct: readonly string[] = AUTHORITY_ROLES.direct;
  return direct.includes(role)
    ? ({ kind: 'direct', role } as AuthorityRole)
    : ({ kind: 'indirect', role } as AuthorityRole);
}

export function practice(spec: PracticeSpec): PracticeSeed {
  const [start, end] = spec.period;
  return {
    slug: spec.slug,
    title: spec.title,
    summary: spec.summary,
    description: spec.description,
    ...(spec.lessons ? { lessons: spec.lessons } : {}),
    ...(spec.tips ? { transferability: spec.tips } : {}),
    regionCodes: [...spec.regions],
    ...(spec.at ? { location: { lat: spec.at[0], lon: spec.at[1] } } : {}),
    policyAreas: [...spec.areas],
    targetGroups: [...spec.groups],
    authorityRole: authorityRole(spec.role),
    stakeholders: (spec.stakeholders ?? []).map(
      ([name, kind, role]): Stakeholder => (role ? { name, kind, role } : { name, kind }),
    ),
    period: end ? { start, end } : { start },
    status: spec.status,
    result: spec.result,
    ratings: spec.ratings ?? {},
    fundingSources: [...(spec.funding ?? [])],
    ...(spec.budget ? { budget: spec.budget } : {}),
    links: (spec.links ?? []).map(
      ([kind, title]): Link => ({ url: `https://example.org/${spec.slug}/${kebab(title)}`, title, kind }),
    ),
    contacts: (spec.contacts ?? []).map(
      ([name, organisation, consent, phone]): PracticeContact => ({
        name,
        organisation,
        email: exampleEmail(name),
        ...(phone ? { phone } : {}),
        consent,
      }),
    ),
    languages: [...(spec.languages ?? [])],
  };
}

/**
 * A writer for one source language: `ca('Tallers de robòtica', 'Robotics workshops')` is Catalan text with an
 * English translation; pass an object for more translations (`{ en: '…', es: '…' }`) or nothing for none.
 */
export function writer(source: string) {
  return (text: string, translations?: string | Record<string, string>): LocalizedText => {
    const extra = typeof translations === 'string' ? { en: translations } : (translations ?? {});
    return { source, text: { [source]: text, ...extra } };
  };
}

export const en = writer('en');
export const ca = writer('ca');
export const es = writer('es');
export const it = writer('it');
export const sv = writer('sv');
export const pt = writer('pt');
export const de = writer('de');
export const fr = writer('fr');
export const el = writer('el');
export const nl = writer('nl');

export const eur = (amount: number): Money => ({ amount, currency: 'EUR' });
export const sek = (amount: number): Money => ({ amount, currency: 'SEK' });
export const mad = (amount: number): Money => ({ amount, currency: 'MAD' });

export const amif: FundingSource = { kind: 'eu', name: 'Asylum, Migration and Integration Fund (AMIF)' };
export const esfPlus: FundingSource = { kind: 'eu', name: 'European Social Fund Plus (ESF+)' };
export const esf: FundingSource = { kind: 'eu', name: 'European Social Fund (ESF 2014–2020)' };
export const erdf: FundingSource = { kind: 'eu', name: 'European Regional Development Fund (ERDF)' };
export const interreg: FundingSource = { kind: 'eu', name: 'Interreg' };
export const eu = (name: string): FundingSource => ({ kind: 'eu', name });
export const national = (name: string): FundingSource => ({ kind: 'national', name });
export const regional = (name: string): FundingSource => ({ kind: 'regional', name });
export const local = (name: string): FundingSource => ({ kind: 'local', name });
export const privateFunds = (name: string): FundingSource => ({ kind: 'private', name });
export const otherFunds = (name: string): FundingSource => ({ kind: 'other', name });
