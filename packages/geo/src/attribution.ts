/** Must be shown wherever the NUTS boundaries are displayed (GISCO's licence terms). */
export const ATTRIBUTION = '© EuroGeographics for the administrative boundaries';

/** Where the NUTS data of this package comes from. */
export const NUTS_SOURCE = Object.freeze({
  publisher: 'Eurostat GISCO',
  dataset: 'NUTS 2021',
  scale: '1:60 million',
  crs: 'EPSG:4326',
  url: 'https://ec.europa.eu/eurostat/web/gisco/geodata/statistical-units/territorial-units-statistics',
  attribution: ATTRIBUTION,
});
