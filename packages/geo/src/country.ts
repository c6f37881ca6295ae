/** NUTS writes Greece as EL and the United Kingdom as UK; ISO 3166-1 says GR and GB. */
const NUTS_BY_ISO: Readonly<Record<string, string>> = Object.freeze({ GR: 'EL', GB: 'UK' });
const ISO_BY_NUTS: Readonly<Record<string, string>> = Object.freeze({ EL: 'GR', UK: 'GB' });

/** `GR` → `EL`, `GB` → `UK`; any other code upper-cased and returned as is. */
export function toNutsCountry(country: string): string {
  const upper = country.trim().toUpperCase();
  return NUTS_BY_ISO[upper] ?? upper;
}

/** `EL` → `GR`, `UK` → `GB`; any other code upper-cased and returned as is. */
export function toIsoCountry(country: string): string {
  const upper = country.trim().toUpperCase();
  return ISO_BY_NUTS[upper] ?? upper;
}
