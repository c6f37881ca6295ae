import type { NetworkRole, PolicyArea, RegionCompetence } from '@regin/domain';
import type { RegisterRegionInput } from '@regin/geo';

/**
 * The 25 regions of the MIPEX-R study (AT, BE, DE, IT, PT, ES, SE) and one partner outside the EU.
 * The six pilots and Navarra are named in REGIN's sources; the others are an ILLUSTRATIVE pick of regions
 * that hold integration competences, to be replaced when the official list is imported. Competences and
 * descriptions are illustrative too: every seeded network region carries `illustrative: true`.
 */
export interface NetworkRegionSeed {
  code: string;
  role: NetworkRole;
  joined: string;
  /** True when the region is named as a MIPEX-R region in REGIN's sources. */
  named: boolean;
  note: string;
}

export const NETWORK_REGIONS: readonly NetworkRegionSeed[] = [
  {
    code: 'PT20',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: "REGIN pilot: a Migrant's Guide on web, app and print.",
  },
  {
    code: 'ITF3',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: 'REGIN pilot: REGIN tools used to monitor a rural-inclusion project.',
  },
  {
    code: 'ES51',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: 'REGIN pilot: robotics and programming workshops for migrant pupils aged 13–15.',
  },
  {
    code: 'ES62',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: 'REGIN pilot: a Social Cohesion Commission feeding the regional operational programme.',
  },
  {
    code: 'ITF4',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: 'REGIN pilot: literacy and school–family communication.',
  },
  {
    code: 'SE224',
    role: 'pilot',
    joined: '2020-01-01',
    named: true,
    note: 'REGIN pilot: health-communication testbed on health equity and social inclusion.',
  },
  { code: 'ES22', role: 'associate', joined: '2021-01-01', named: true, note: 'Voluntary MIPEX-R region.' },
  {
    code: 'AT13',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'AT31',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'AT33',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'BE10',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Belgian region).',
  },
  {
    code: 'BE2',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Belgian region).',
  },
  {
    code: 'BE3',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Belgian region).',
  },
  {
    code: 'DE1',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'DE2',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'DE3',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  {
    code: 'DEA',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Land).',
  },
  { code: 'ITC4', role: 'member', joined: '2021-06-01', named: false, note: 'Illustrative MIPEX-R region.' },
  { code: 'ITH5', role: 'member', joined: '2021-06-01', named: false, note: 'Illustrative MIPEX-R region.' },
  { code: 'PT17', role: 'member', joined: '2021-06-01', named: false, note: 'Illustrative MIPEX-R region.' },
  {
    code: 'ES21',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (autonomous community).',
  },
  {
    code: 'ES30',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (autonomous community).',
  },
  {
    code: 'ES61',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (autonomous community).',
  },
  {
    code: 'SE110',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Swedish region).',
  },
  {
    code: 'SE232',
    role: 'member',
    joined: '2021-06-01',
    named: false,
    note: 'Illustrative MIPEX-R region (Swedish region).',
  },
  {
    code: 'MA-02',
    role: 'associate',
    joined: '2021-01-01',
    named: true,
    note: "Partner region outside the EU in REGIN's wider network.",
  },
];

/** Regions outside NUTS that the seed registers (Morocco's Oriental region, shown as a point). */
export const NON_NUTS_REGIONS: readonly RegisterRegionInput[] = [
  {
    code: 'MA-02',
    name: 'Oriental',
    nativeName: 'الشرق',
    country: 'MA',
    level: 2,
    point: { lon: -2.2, lat: 33.9 },
  },
];

// Illustrative competence profiles per country: which policy areas regions govern fully or share with the state.
const COMPETENCE_PROFILES: Record<string, Partial<Record<PolicyArea, RegionCompetence['level']>>> = {
  ES: {
    labour_market: 'shared',
    education: 'full',
    health: 'full',
    housing: 'full',
    language: 'full',
    culture_religion: 'shared',
    social_security: 'full',
    anti_discrimination: 'shared',
  },
  IT: {
    labour_market: 'shared',
    education: 'shared',
    health: 'full',
    housing: 'full',
    language: 'shared',
    culture_religion: 'shared',
    social_security: 'shared',
    anti_discrimination: 'shared',
  },
  PT: {
    labour_market: 'shared',
    education: 'shared',
    health: 'shared',
    housing: 'shared',
    language: 'shared',
    culture_religion: 'none',
    social_security: 'shared',
    anti_discrimination: 'none',
  },
  SE: {
    labour_market: 'none',
    education: 'shared',
    health: 'full',
    housing: 'shared',
    language: 'shared',
    culture_religion: 'shared',
    social_security: 'none',
    anti_discrimination: 'none',
  },
  AT: {
    labour_market: 'shared',
    education: 'shared',
    health: 'shared',
    housing: 'full',
    language: 'shared',
    culture_religion: 'shared',
    social_security: 'full',
    anti_discrimination: 'shared',
  },
  BE: {
    labour_market: 'full',
    education: 'full',
    health: 'shared',
    housing: 'full',
    language: 'full',
    culture_religion: 'full',
    social_security: 'shared',
    anti_discrimination: 'shared',
  },
  DE: {
    labour_market: 'shared',
    education: 'full',
    health: 'shared',
    housing: 'shared',
    language: 'shared',
    culture_religion: 'full',
    social_security: 'shared',
    anti_discrimination: 'shared',
  },
  MA: {
    labour_market: 'shared',
    education: 'none',
    health: 'none',
    housing: 'shared',
    language: 'none',
    culture_religion: 'shared',
    social_security: 'none',
    anti_discrimination: 'none',
  },
};

export function illustrativeCompetences(country: string): RegionCompetence[] {
  const profile = COMPETENCE_PROFILES[country] ?? {};
  return Object.entries(profile).map(([policyArea, level]) => ({
    policyArea: policyArea as PolicyArea,
    level: level as RegionCompetence['level'],
  }));
}
