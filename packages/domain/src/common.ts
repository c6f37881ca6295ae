import { z } from 'zod';

/**
 * Building blocks shared by several entities (ids, dates, money, stakeholders, links).
 * Entity files import these so the same field means the same thing everywhere.
 */

/** URL-safe lower-case identifier such as `regin-r` or `mapping_stakeholders`: used in paths and file names. */
export const slugSchema = z
  .string()
  .max(64)
  .regex(
    /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/,
    'must be lower-case letters and digits separated by single "-" or "_", such as "regin-r"',
  );
export type Slug = z.infer<typeof slugSchema>;

/** Semantic version `MAJOR.MINOR.PATCH` with optional pre-release, e.g. `1.0.0`, `2.1.0-draft.1`. */
export const semverSchema = z
  .string()
  .max(64)
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/,
    'must be a semantic version such as "1.0.0"',
  );
export type Semver = z.infer<typeof semverSchema>;

/**
 * Id of an item inside one document (an axis value, an answer option, a logic-model step, a KPI):
 * short, readable in exports and stable across edits, unlike a database uuid.
 */
export const localIdSchema = z
  .string()
  .max(64)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'must start with a letter or digit and hold only letters, digits, "_", "." or "-"',
  );
export type LocalId = z.infer<typeof localIdSchema>;

/** Calendar date `YYYY-MM-DD` (validated, so `2023-02-30` fails). */
export const isoDateSchema = z.iso.date();
/** Timestamp with an explicit offset, e.g. `2024-03-01T09:30:00Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A year in the range any integration statistic or assessment round can plausibly fall in. */
export const yearSchema = z.number().int().min(1950).max(2100);

/** Whether a larger value of an indicator or KPI is an improvement. */
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export const directionSchema = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof directionSchema>;

/** ISO 4217 alphabetic currency code, e.g. `EUR`, `SEK`, `MAD`. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "EUR"');

/** An amount of money; no conversion is implied, so sums across currencies are the caller's choice. */
export const moneySchema = z
  .object({
    amount: z.number().nonnegative().max(1e12),
    currency: currencyCodeSchema,
  })
  .strict();
export type Money = z.infer<typeof moneySchema>;

/** The kinds of organisation REGIN's stakeholder mapping distinguished. */
export const STAKEHOLDER_KINDS = [
  'regional_authority',
  'local_authority',
  'national_authority',
  'eu_international',
  'public_service',
  'ngo',
  'migrant_organisation',
  'social_partner',
  'private_sector',
  'academic',
  'faith_based',
  'other',
] as const;
export const stakeholderKindSchema = z.enum(STAKEHOLDER_KINDS);
export type StakeholderKind = z.infer<typeof stakeholderKindSchema>;

/** An organisation involved in a practice or an action (organisations only: no personal data). */
export const stakeholderSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: stakeholderKindSchema,
    /** What it did, in a phrase: "delivered the workshops", "co-funded". */
    role: z.string().trim().max(300).optional(),
  })
  .strict();
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const LINK_KINDS = ['website', 'report', 'evaluation', 'media', 'video', 'other'] as const;
export const linkSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    title: z.string().trim().min(1).max(300).optional(),
    kind: z.enum(LINK_KINDS).optional(),
  })
  .strict();
export type Link = z.infer<typeof linkSchema>;

/**
 * Adds an issue at `endPath` when `end` is before `start`. ISO dates compare correctly as strings.
 * Shared by every period-like object so the message is the same everywhere.
 */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  start: string | undefined,
  end: string | undefined,
  endPath: PropertyKey[] = ['end'],
): void {
  if (start !== undefined && end !== undefined && end < start) {
    ctx.addIssue({
      code: 'custom',
      path: endPath,
      message: `must not be before the start (${start})`,
    });
  }
}

/** A period that may still be running: `end` is optional and, when given, not before `start`. */
export const openPeriodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema.optional() })
  .strict()
  .superRefine((period, ctx) => checkDateOrder(ctx, period.start, period.end));
export type OpenPeriod = z.infer<typeof openPeriodSchema>;

/** A planned period with both ends, `end` not before `start`. */
export const closedPeriodSchema = z
  .object({ start: isoDateSchema, end: isoDateSchema })
  .strict()
  .superRefine((period, ctx) => checkDateOrder(ctx, period.start, period.end));
export type ClosedPeriod = z.infer<typeof closedPeriodSchema>;

/** Adds an issue at each later occurrence of a repeated key, naming the first one. */
export function checkUnique<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  key: (item: T) => string,
  pathOf: (index: number) => PropertyKey[],
  what: string,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, index);
    } else {
      ctx.addIssue({
        code: 'custom',
        path: pathOf(index),
        message: `duplicate ${what} "${value}" (first at index ${first})`,
      });
    }
  });
}
