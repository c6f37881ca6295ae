import { createRegistry, type GeoRegion, type RegionRegistry } from '@regin/geo';
import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { auditEvents } from '../schema/audit.js';
import { type NewRegionRow, regions } from '../schema/regions.js';
import { seedActions } from './actions.js';
import { type IndicatorSeedReport, seedIndicators } from './indicators.js';
import { illustrativeCompetences, NETWORK_REGIONS, NON_NUTS_REGIONS } from './network-regions.js';
import { type PracticeSeedReport, seedPractices } from './practices/seed-practices.js';

export interface SeedReport extends IndicatorSeedReport, PracticeSeedReport {
  regionsInserted: number;
  actionsInserted: number;
  evaluationsInserted: number;
}

const CHUNK = 500;

function regionRow(region: GeoRegion, registry: RegionRegistry): NewRegionRow {
  const network = NETWORK_REGIONS.find((entry) => entry.code === region.code);
  const row: NewRegionRow = {
    code: region.code,
    name: region.name,
    nativeName: region.nativeName,
    country: region.country,
    level: region.level,
    parent: region.parent,
    scheme: region.scheme,
    shape:
      region.scheme === 'nuts'
        ? null
        : (registry.geometry(region.code) ?? { type: 'Point', coordinates: [...region.label] }),
  };
  if (!network) return row;
  return {
    ...row,
    networkRole: network.role,
    joined: network.joined,
    competences: illustrativeCompetences(region.country),
    profile: { description: { source: 'en', text: { en: network.note } } },
    illustrative: true,
  };
}

/**
 * Loads the region registry (all NUTS 2021 regions, levels 0–3, plus non-NUTS partners), the network's
 * demo profiles, the default framework and the illustrative assessments and outcomes. Idempotent: rows that exist are left untouched, so re-running never duplicates nor
 * overwrites what users edited. Runs in one transaction.
 */
export interface SeedOptions {
  /** false: only the region registry and network profiles (tests that bring their own content). */
  demoContent?: boolean;
}

export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<SeedReport> {
  const registry = createRegistry({ regions: NON_NUTS_REGIONS });
  const rows = registry.all().map((region) => regionRow(region, registry));
  return db.transaction(async (tx) => {
    // One seeder at a time when replicas start together against one server.
    await tx.execute(sql`select pg_advisory_xact_lock(7413920002)`);
    let inserted = 0;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const result = await tx
        .insert(regions)
        .values(rows.slice(start, start + CHUNK))
        .onConflictDoNothing({ target: regions.code })
        .returning({ code: regions.code });
      inserted += result.length;
    }
    const demo = options.demoContent !== false;
    const indicators = demo
      ? await seedIndicators(tx)
      : { frameworksInserted: 0, assessmentsInserted: 0, answersInserted: 0, outcomeObservationsInserted: 0 };
    const lab = demo ? await seedPractices(tx) : { practicesInserted: 0, expertsInserted: 0 };
    const actions = demo ? await seedActions(tx) : { actionsInserted: 0, evaluationsInserted: 0 };
    const report = { regionsInserted: inserted, ...indicators, ...lab, ...actions };
    if (Object.values(report).some((count) => count > 0)) {
      await tx.insert(auditEvents).values({
        actorId: null,
        action: 'import',
        entityType: 'seed',
        entityId: 'demo-data',
        after: { ...report, networkRegions: NETWORK_REGIONS.map((entry) => entry.code) },
      });
    }
    return report;
  });
}
