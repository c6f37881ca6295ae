import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client.js';
import { auditEvents } from '../schema/audit.js';
import { regions } from '../schema/regions.js';
import { createTestDatabase } from '../testing.js';
import { NETWORK_REGIONS } from './network-regions.js';
import { seedDatabase } from './seed.js';

describe('seedDatabase', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('loads the 25 MIPEX-R regions in seven countries, the six pilots and one non-EU region', async () => {
    const first = await seedDatabase(handle.db);
    expect(first.regionsInserted).toBeGreaterThan(1500);

    const network = await handle.db.select().from(regions).where(isNotNull(regions.networkRole));
    expect(network).toHaveLength(26);
    const eu = network.filter((region) => region.scheme === 'nuts');
    expect(eu).toHaveLength(25);
    expect(new Set(eu.map((region) => region.country))).toEqual(
      new Set(['AT', 'BE', 'DE', 'IT', 'PT', 'ES', 'SE']),
    );
    const pilots = network.filter((region) => region.networkRole === 'pilot').map((region) => region.name);
    expect(pilots.sort()).toEqual(
      [
        'Campania',
        'Cataluña',
        'Puglia',
        'Región de Murcia',
        'Região Autónoma dos Açores',
        'Skåne län',
      ].sort(),
    );
    const oriental = network.find((region) => region.code === 'MA-02');
    expect(oriental).toMatchObject({ scheme: 'iso3166-2', country: 'MA', networkRole: 'associate' });
    expect(oriental?.shape).toEqual({ type: 'Point', coordinates: [-2.2, 33.9] });
    // Demo data says so.
    expect(network.every((region) => region.illustrative)).toBe(true);
    const [plain] = await handle.db.select().from(regions).where(eq(regions.code, 'FR10'));
    expect(plain).toMatchObject({ name: 'Ile-de-France', networkRole: null, illustrative: false });
  });

  it('leaves one copy and keeps user edits when run again', async () => {
    const [before] = await handle.db.select({ value: count() }).from(regions);
    await handle.db
      .update(regions)
      .set({ profile: { website: 'https://example.org/catalonia' } })
      .where(eq(regions.code, 'ES51'));
    const second = await seedDatabase(handle.db);
    expect(second.regionsInserted).toBe(0);
    const [after] = await handle.db.select({ value: count() }).from(regions);
    expect(after?.value).toBe(before?.value);
    const [catalonia] = await handle.db.select().from(regions).where(eq(regions.code, 'ES51'));
    expect(catalonia?.profile).toEqual({ website: 'https://example.org/catalonia' });
    const seedEvents = await handle.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'seed'));
    expect(seedEvents).toHaveLength(1);
  });

  it('lists every network region code once', () => {
    const codes = NETWORK_REGIONS.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
