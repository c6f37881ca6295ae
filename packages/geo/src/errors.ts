/** Why the registry refused a region; stable strings that an API can map to problem types. */
export type RegionRegistryErrorReason =
  | 'invalid-code'
  | 'nuts-collision'
  | 'duplicate'
  | 'invalid-region'
  | 'invalid-geometry'
  | 'unknown-parent'
  | 'has-children';

export class RegionRegistryError extends Error {
  readonly reason: RegionRegistryErrorReason;
  /** The input field at fault (`code`, `name`, `point`, `geometry`, …). */
  readonly field: string | undefined;

  constructor(reason: RegionRegistryErrorReason, message: string, field?: string) {
    super(message);
    this.name = 'RegionRegistryError';
    this.reason = reason;
    this.field = field;
  }
}
