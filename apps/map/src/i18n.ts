import { useSearchParams } from 'react-router';

export type Lang = 'en' | 'ca' | 'es';
export const LANGS: readonly Lang[] = ['en', 'ca', 'es'];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ca: 'Català', es: 'Español' };

const en = {
  appName: 'REGIN Lab',
  skip: 'Skip to content',
  navMap: 'Map',
  navPractices: 'Practices',
  navExperts: 'Experts',
  navCompare: 'Compare',
  language: 'Language',
  illustrative: 'Illustrative data: these figures are examples, not real measurements.',
  attribution: '© EuroGeographics for the administrative boundaries',
  mapTitle: 'Regional integration policies',
  mapIntro:
    'MIPEX-R scores of the REGIN network regions (0–100) and outcome gaps between migrants and natives.',
  indicator: 'Indicator',
  round: 'Round',
  overall: 'Overall score',
  outcomeGaps: 'Outcome gaps (non-EU born minus natives, points)',
  noData: 'No data',
  legend: 'Legend',
  practicesOnMap: 'Practices',
  showPractices: 'Show practices on the map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Reset view',
  mapHelp:
    'Drag or use the arrow keys to pan, the mouse wheel, pinch or + and − to zoom. Tab to a region, Enter to open it.',
  mapLabel: 'Map of Europe with the network regions coloured by',
  tableTitle: 'The data on the map',
  region: 'Region',
  country: 'Country',
  value: 'Value',
  score: 'Score',
  loading: 'Loading…',
  error: 'Could not load the data.',
  close: 'Close',
  openRegion: 'Open the region page',
  changeSince: 'Change since {round}',
  rank: 'Rank {rank} of {of}',
  countryMean: 'Country average',
  networkMean: 'Network average',
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  byAxis: 'Scores by {axis}',
  gapsTitle: 'Outcome gaps',
  gapNote: 'Non-EU born minus native-born, percentage points, {year}',
  regionPractices: 'Practices in this region',
  regionExperts: 'Experts',
  regionActions: 'Integration actions',
  policyBrief: 'Policy brief (printable)',
  none: 'None yet.',
  compareTitle: 'Compare regions',
  compareIntro: 'Choose up to four regions.',
  addRegion: 'Add a region',
  remove: 'Remove {name}',
  add: 'Add',
  compare: 'Compare',
  practicesTitle: 'Integration Lab: practices',
  search: 'Search practices',
  searchButton: 'Search',
  results: '{count} practices',
  didYouMean: 'Did you mean',
  fuzzyNote: 'No exact matches; showing results for',
  loadMore: 'Load more',
  downloadCsv: 'Download these results (CSV)',
  clearFilters: 'Clear filters',
  filters: 'Filters',
  lessons: 'Lessons learnt',
  transferability: 'Transferability',
  description: 'Description',
  similar: 'Similar practices',
  result: 'Result',
  status: 'Status',
  period: 'Period',
  year: 'Year',
  regions: 'Regions',
  policyAreas: 'Policy areas',
  targetGroups: 'Target groups',
  stakeholders: 'Stakeholders',
  funding: 'Funding',
  backToPractices: 'All practices',
  expertsTitle: 'Expert directory',
  searchExperts: 'Search experts',
  contact: 'Contact',
  languages: 'Languages',
  methods: 'Methods',
  notFound: 'Page not found.',
  home: 'Back to the map',
  mapView: 'Map',
  tableView: 'Table',
  facet_policyArea: 'Policy area',
  facet_country: 'Country',
  facet_region: 'Region',
  facet_targetGroup: 'Target group',
  facet_result: 'Result',
  facet_status: 'Status',
  facet_authorityRole: 'Authority role',
  facet_criteria: 'Strong criteria',
  facet_year: 'Year',
  facet_language: 'Language',
  axis_policy_area: 'Policy area',
  axis_governance_element: 'Governance element',
  axis_policy_cycle: 'Policy cycle',
  axis_target_group: 'Target group',
  v_labour_market: 'Labour market',
  v_education: 'Education',
  v_health: 'Health',
  v_housing: 'Housing',
  v_language: 'Language',
  v_culture_religion: 'Culture and religion',
  v_social_security: 'Social security and assistance',
  v_anti_discrimination: 'Anti-discrimination',
  v_actions: 'Actions',
  v_actors_relations: 'Actors and relations',
  v_resources: 'Resources',
  v_formulation: 'Formulation',
  v_policy_output: 'Policy output',
  v_implementation: 'Implementation',
  v_evaluation: 'Evaluation',
  v_tcn: 'Third-country nationals',
  v_bip: 'Beneficiaries of international protection',
  'v_OUT-ACT': 'Activity rate gap',
  'v_OUT-AROPE': 'At risk of poverty gap',
  'v_OUT-ELET': 'Early school leaving gap',
};

export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const ca: Catalogue = {
  appName: 'REGIN Lab',
  skip: 'Salta al contingut',
  navMap: 'Mapa',
  navPractices: 'Pràctiques',
  navExperts: 'Experts',
  navCompare: 'Compara',
  language: 'Llengua',
  illustrative: 'Dades il·lustratives: aquestes xifres són exemples, no mesures reals.',
  attribution: '© EuroGeographics per als límits administratius',
  mapTitle: "Polítiques regionals d'integració",
  mapIntro:
    'Puntuacions MIPEX-R de les regions de la xarxa REGIN (0–100) i bretxes de resultats entre migrants i autòctons.',
  indicator: 'Indicador',
  round: 'Edició',
  overall: 'Puntuació global',
  outcomeGaps: 'Bretxes de resultats (nascuts fora de la UE menys autòctons, punts)',
  noData: 'Sense dades',
  legend: 'Llegenda',
  practicesOnMap: 'Pràctiques',
  showPractices: 'Mostra les pràctiques al mapa',
  zoomIn: 'Apropa',
  zoomOut: 'Allunya',
  resetView: 'Restableix la vista',
  mapHelp:
    'Arrossegueu o feu servir les fletxes per desplaçar-vos; la roda, el pessic o + i − per fer zoom. Tabulador per anar a una regió, Retorn per obrir-la.',
  mapLabel: "Mapa d'Europa amb les regions de la xarxa acolorides segons",
  tableTitle: 'Les dades del mapa',
  region: 'Regió',
  country: 'País',
  value: 'Valor',
  score: 'Puntuació',
  loading: 'Carregant…',
  error: "No s'han pogut carregar les dades.",
  close: 'Tanca',
  openRegion: 'Obre la pàgina de la regió',
  changeSince: 'Canvi des de {round}',
  rank: 'Posició {rank} de {of}',
  countryMean: 'Mitjana del país',
  networkMean: 'Mitjana de la xarxa',
  strengths: 'Punts forts',
  weaknesses: 'Punts febles',
  byAxis: 'Puntuacions per {axis}',
  gapsTitle: 'Bretxes de resultats',
  gapNote: 'Nascuts fora de la UE menys nascuts al país, punts percentuals, {year}',
  regionPractices: "Pràctiques d'aquesta regió",
  regionExperts: 'Experts',
  regionActions: "Accions d'integració",
  policyBrief: 'Informe de polítiques (imprimible)',
  none: 'Encara no n\u2019hi ha.',
  compareTitle: 'Compara regions',
  compareIntro: 'Trieu fins a quatre regions.',
  addRegion: 'Afegeix una regió',
  remove: 'Treu {name}',
  add: 'Afegeix',
  compare: 'Compara',
  practicesTitle: 'Integration Lab: pràctiques',
  search: 'Cerca pràctiques',
  searchButton: 'Cerca',
  results: '{count} pràctiques',
  didYouMean: 'Volíeu dir',
  fuzzyNote: 'Cap coincidència exacta; es mostren els resultats de',
  loadMore: "Carrega'n més",
  downloadCsv: 'Baixa aquests resultats (CSV)',
  clearFilters: 'Esborra els filtres',
  filters: 'Filtres',
  lessons: 'Lliçons apreses',
  transferability: 'Transferibilitat',
  description: 'Descripció',
  similar: 'Pràctiques semblants',
  result: 'Resultat',
  status: 'Estat',
  period: 'Període',
  year: 'Any',
  regions: 'Regions',
  policyAreas: 'Àmbits de política',
  targetGroups: 'Col·lectius destinataris',
  stakeholders: 'Actors implicats',
  funding: 'Finançament',
  backToPractices: 'Totes les pràctiques',
  expertsTitle: "Directori d'experts",
  searchExperts: 'Cerca experts',
  contact: 'Contacte',
  languages: 'Llengües',
  methods: 'Mètodes',
  notFound: "No s'ha trobat la pàgina.",
  home: 'Torna al mapa',
  mapView: 'Mapa',
  tableView: 'Taula',
  facet_policyArea: 'Àmbit de política',
  facet_country: 'País',
  facet_region: 'Regió',
  facet_targetGroup: 'Col·lectiu destinatari',
  facet_result: 'Resultat',
  facet_status: 'Estat',
  facet_authorityRole: "Paper de l'administració",
  facet_criteria: 'Criteris forts',
  facet_year: 'Any',
  facet_language: 'Llengua',
  axis_policy_area: 'Àmbit de política',
  axis_governance_element: 'Element de governança',
  axis_policy_cycle: 'Cicle de la política',
  axis_target_group: 'Col·lectiu destinatari',
  v_labour_market: 'Mercat de treball',
  v_education: 'Educació',
  v_health: 'Salut',
  v_housing: 'Habitatge',
  v_language: 'Llengua',
  v_culture_religion: 'Cultura i religió',
  v_social_security: 'Seguretat i assistència social',
  v_anti_discrimination: 'Antidiscriminació',
  v_actions: 'Accions',
  v_actors_relations: 'Actors i relacions',
  v_resources: 'Recursos',
  v_formulation: 'Formulació',
  v_policy_output: 'Resultat de la política',
  v_implementation: 'Implementació',
  v_evaluation: 'Avaluació',
  v_tcn: 'Nacionals de tercers països',
  v_bip: 'Beneficiaris de protecció internacional',
  'v_OUT-ACT': "Bretxa en la taxa d'activitat",
  'v_OUT-AROPE': 'Bretxa en el risc de pobresa',
  'v_OUT-ELET': "Bretxa en l'abandonament escolar prematur",
};

const es: Catalogue = {
  appName: 'REGIN Lab',
  skip: 'Saltar al contenido',
  navMap: 'Mapa',
  navPractices: 'Prácticas',
  navExperts: 'Expertos',
  navCompare: 'Comparar',
  language: 'Idioma',
  illustrative: 'Datos ilustrativos: estas cifras son ejemplos, no mediciones reales.',
  attribution: '© EuroGeographics para los límites administrativos',
  mapTitle: 'Políticas regionales de integración',
  mapIntro:
    'Puntuaciones MIPEX-R de las regiones de la red REGIN (0–100) y brechas de resultados entre migrantes y autóctonos.',
  indicator: 'Indicador',
  round: 'Edición',
  overall: 'Puntuación global',
  outcomeGaps: 'Brechas de resultados (nacidos fuera de la UE menos autóctonos, puntos)',
  noData: 'Sin datos',
  legend: 'Leyenda',
  practicesOnMap: 'Prácticas',
  showPractices: 'Mostrar las prácticas en el mapa',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  resetView: 'Restablecer la vista',
  mapHelp:
    'Arrastre o use las flechas para desplazarse; la rueda, el pellizco o + y − para el zoom. Tabulador para ir a una región, Intro para abrirla.',
  mapLabel: 'Mapa de Europa con las regiones de la red coloreadas según',
  tableTitle: 'Los datos del mapa',
  region: 'Región',
  country: 'País',
  value: 'Valor',
  score: 'Puntuación',
  loading: 'Cargando…',
  error: 'No se pudieron cargar los datos.',
  close: 'Cerrar',
  openRegion: 'Abrir la página de la región',
  changeSince: 'Cambio desde {round}',
  rank: 'Posición {rank} de {of}',
  countryMean: 'Media del país',
  networkMean: 'Media de la red',
  strengths: 'Fortalezas',
  weaknesses: 'Debilidades',
  byAxis: 'Puntuaciones por {axis}',
  gapsTitle: 'Brechas de resultados',
  gapNote: 'Nacidos fuera de la UE menos nacidos en el país, puntos porcentuales, {year}',
  regionPractices: 'Prácticas de esta región',
  regionExperts: 'Expertos',
  regionActions: 'Acciones de integración',
  policyBrief: 'Informe de políticas (imprimible)',
  none: 'Todavía no hay.',
  compareTitle: 'Comparar regiones',
  compareIntro: 'Elija hasta cuatro regiones.',
  addRegion: 'Añadir una región',
  remove: 'Quitar {name}',
  add: 'Añadir',
  compare: 'Comparar',
  practicesTitle: 'Integration Lab: prácticas',
  search: 'Buscar prácticas',
  searchButton: 'Buscar',
  results: '{count} prácticas',
  didYouMean: 'Quizá quiso decir',
  fuzzyNote: 'Ninguna coincidencia exacta; se muestran los resultados de',
  loadMore: 'Cargar más',
  downloadCsv: 'Descargar estos resultados (CSV)',
  clearFilters: 'Borrar los filtros',
  filters: 'Filtros',
  lessons: 'Lecciones aprendidas',
  transferability: 'Transferibilidad',
  description: 'Descripción',
  similar: 'Prácticas similares',
  result: 'Resultado',
  status: 'Estado',
  period: 'Periodo',
  year: 'Año',
  regions: 'Regiones',
  policyAreas: 'Ámbitos de política',
  targetGroups: 'Colectivos destinatarios',
  stakeholders: 'Actores implicados',
  funding: 'Financiación',
  backToPractices: 'Todas las prácticas',
  expertsTitle: 'Directorio de expertos',
  searchExperts: 'Buscar expertos',
  contact: 'Contacto',
  languages: 'Idiomas',
  methods: 'Métodos',
  notFound: 'No se encontró la página.',
  home: 'Volver al mapa',
  mapView: 'Mapa',
  tableView: 'Tabla',
  facet_policyArea: 'Ámbito de política',
  facet_country: 'País',
  facet_region: 'Región',
  facet_targetGroup: 'Colectivo destinatario',
  facet_result: 'Resultado',
  facet_status: 'Estado',
  facet_authorityRole: 'Papel de la administración',
  facet_criteria: 'Criterios fuertes',
  facet_year: 'Año',
  facet_language: 'Idioma',
  axis_policy_area: 'Ámbito de política',
  axis_governance_element: 'Elemento de gobernanza',
  axis_policy_cycle: 'Ciclo de la política',
  axis_target_group: 'Colectivo destinatario',
  v_labour_market: 'Mercado de trabajo',
  v_education: 'Educación',
  v_health: 'Salud',
  v_housing: 'Vivienda',
  v_language: 'Lengua',
  v_culture_religion: 'Cultura y religión',
  v_social_security: 'Seguridad y asistencia social',
  v_anti_discrimination: 'Antidiscriminación',
  v_actions: 'Acciones',
  v_actors_relations: 'Actores y relaciones',
  v_resources: 'Recursos',
  v_formulation: 'Formulación',
  v_policy_output: 'Resultado de la política',
  v_implementation: 'Implementación',
  v_evaluation: 'Evaluación',
  v_tcn: 'Nacionales de terceros países',
  v_bip: 'Beneficiarios de protección internacional',
  'v_OUT-ACT': 'Brecha en la tasa de actividad',
  'v_OUT-AROPE': 'Brecha en el riesgo de pobreza',
  'v_OUT-ELET': 'Brecha en el abandono escolar temprano',
};

const catalogues: Record<Lang, Catalogue> = { en, ca, es };

export function toLang(value: string | null | undefined): Lang {
  return value === 'ca' || value === 'es' ? value : 'en';
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** A label for an axis value, facet value or code; falls back to the value made readable. */
  label: (value: string) => string;
  num: (value: number, digits?: number) => string;
  date: (iso: string) => string;
}

const cache = new Map<Lang, I18n>();

export function i18n(lang: Lang): I18n {
  const hit = cache.get(lang);
  if (hit) return hit;
  const messages = catalogues[lang];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const dateFormat = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' });
  const value: I18n = {
    lang,
    t(key, vars) {
      let text = messages[key] ?? en[key];
      for (const [name, replacement] of Object.entries(vars ?? {})) {
        text = text.replace(`{${name}}`, String(replacement));
      }
      return text;
    },
    label(raw) {
      const key = `v_${raw}` as MessageKey;
      if (key in messages) return messages[key];
      const text = raw.replace(/[_-]+/g, ' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    num(n, digits = 1) {
      let format = numberFormats.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
        numberFormats.set(digits, format);
      }
      return format.format(n);
    },
    date(iso) {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
    },
  };
  cache.set(lang, value);
  return value;
}

/** The `lang` query parameter is the source of truth. */
export function useI18n(): I18n {
  const [params] = useSearchParams();
  return i18n(toLang(params.get('lang')));
}

/** A multilingual text from the API: the reader's language, else the source language, else any. */
export interface LocalisedText {
  text: Record<string, string | undefined>;
  source?: string;
}

export function pick(value: LocalisedText | null | undefined, lang: Lang): string {
  if (!value) return '';
  const text = value.text ?? {};
  return (
    text[lang] ?? (value.source ? text[value.source] : undefined) ?? text.en ?? Object.values(text)[0] ?? ''
  );
}
