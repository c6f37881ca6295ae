import type { Lang } from './i18n.js';

/**
 * Country and language names for facet values and profiles, in the interface languages. A static table
 * rather than Intl.DisplayNames: building that loads locale data, a long task on a slow phone.
 */
const INDEX: Record<Lang, number> = { en: 0, ca: 1, es: 2 };

const COUNTRIES: Record<string, [string, string, string]> = {
  AT: ['Austria', 'Àustria', 'Austria'],
  BE: ['Belgium', 'Bèlgica', 'Bélgica'],
  BG: ['Bulgaria', 'Bulgària', 'Bulgaria'],
  CY: ['Cyprus', 'Xipre', 'Chipre'],
  CZ: ['Czechia', 'Txèquia', 'Chequia'],
  DE: ['Germany', 'Alemanya', 'Alemania'],
  DK: ['Denmark', 'Dinamarca', 'Dinamarca'],
  EE: ['Estonia', 'Estònia', 'Estonia'],
  EL: ['Greece', 'Grècia', 'Grecia'],
  ES: ['Spain', 'Espanya', 'España'],
  FI: ['Finland', 'Finlàndia', 'Finlandia'],
  FR: ['France', 'França', 'Francia'],
  HR: ['Croatia', 'Croàcia', 'Croacia'],
  HU: ['Hungary', 'Hongria', 'Hungría'],
  IE: ['Ireland', 'Irlanda', 'Irlanda'],
  IT: ['Italy', 'Itàlia', 'Italia'],
  LT: ['Lithuania', 'Lituània', 'Lituania'],
  LU: ['Luxembourg', 'Luxemburg', 'Luxemburgo'],
  LV: ['Latvia', 'Letònia', 'Letonia'],
  MT: ['Malta', 'Malta', 'Malta'],
  NL: ['Netherlands', 'Països Baixos', 'Países Bajos'],
  PL: ['Poland', 'Polònia', 'Polonia'],
  PT: ['Portugal', 'Portugal', 'Portugal'],
  RO: ['Romania', 'Romania', 'Rumanía'],
  SE: ['Sweden', 'Suècia', 'Suecia'],
  SI: ['Slovenia', 'Eslovènia', 'Eslovenia'],
  SK: ['Slovakia', 'Eslovàquia', 'Eslovaquia'],
  NO: ['Norway', 'Noruega', 'Noruega'],
  CH: ['Switzerland', 'Suïssa', 'Suiza'],
  IS: ['Iceland', 'Islàndia', 'Islandia'],
  LI: ['Liechtenstein', 'Liechtenstein', 'Liechtenstein'],
  UK: ['United Kingdom', 'Regne Unit', 'Reino Unido'],
  AL: ['Albania', 'Albània', 'Albania'],
  ME: ['Montenegro', 'Montenegro', 'Montenegro'],
  MK: ['North Macedonia', 'Macedònia del Nord', 'Macedonia del Norte'],
  RS: ['Serbia', 'Sèrbia', 'Serbia'],
  TR: ['Türkiye', 'Turquia', 'Turquía'],
  MA: ['Morocco', 'Marroc', 'Marruecos'],
};

const LANGUAGES: Record<string, [string, string, string]> = {
  en: ['English', 'anglès', 'inglés'],
  ca: ['Catalan', 'català', 'catalán'],
  es: ['Spanish', 'castellà', 'español'],
  fr: ['French', 'francès', 'francés'],
  de: ['German', 'alemany', 'alemán'],
  it: ['Italian', 'italià', 'italiano'],
  pt: ['Portuguese', 'portuguès', 'portugués'],
  el: ['Greek', 'grec', 'griego'],
  sv: ['Swedish', 'suec', 'sueco'],
  ar: ['Arabic', 'àrab', 'árabe'],
  nl: ['Dutch', 'neerlandès', 'neerlandés'],
  pl: ['Polish', 'polonès', 'polaco'],
  ro: ['Romanian', 'romanès', 'rumano'],
  uk: ['Ukrainian', 'ucraïnès', 'ucraniano'],
  ru: ['Russian', 'rus', 'ruso'],
  tr: ['Turkish', 'turc', 'turco'],
  fa: ['Persian', 'persa', 'persa'],
  so: ['Somali', 'somali', 'somalí'],
  ti: ['Tigrinya', 'tigrinya', 'tigriña'],
  am: ['Amharic', 'amhàric', 'amhárico'],
  ur: ['Urdu', 'urdú', 'urdu'],
  zh: ['Chinese', 'xinès', 'chino'],
  wo: ['Wolof', 'wòlof', 'wolof'],
  ber: ['Berber', 'amazic', 'bereber'],
  fi: ['Finnish', 'finès', 'finés'],
  da: ['Danish', 'danès', 'danés'],
  hu: ['Hungarian', 'hongarès', 'húngaro'],
  sq: ['Albanian', 'albanès', 'albanés'],
  ps: ['Pashto', 'paixtu', 'pastún'],
  ku: ['Kurdish', 'kurd', 'kurdo'],
  bn: ['Bengali', 'bengalí', 'bengalí'],
  hi: ['Hindi', 'hindi', 'hindi'],
  tl: ['Tagalog', 'tagal', 'tagalo'],
  eu: ['Basque', 'basc', 'euskera'],
  gl: ['Galician', 'gallec', 'gallego'],
  bs: ['Bosnian', 'bosnià', 'bosnio'],
  ne: ['Nepali', 'nepalès', 'nepalí'],
  prs: ['Dari', 'dari', 'darí'],
  bg: ['Bulgarian', 'búlgar', 'búlgaro'],
  pa: ['Punjabi', 'panjabi', 'panyabí'],
  tmz: ['Tamazight', 'amazic', 'tamazight'],
  bm: ['Bambara', 'bambara', 'bambara'],
  rom: ['Romani', 'romaní', 'romaní'],
  hr: ['Croatian', 'croat', 'croata'],
  sr: ['Serbian', 'serbi', 'serbio'],
};

/** A country's name (NUTS country codes: `EL` is Greece, `UK` the United Kingdom), else the code. */
export function countryName(code: string, lang: Lang): string {
  return COUNTRIES[code]?.[INDEX[lang]] ?? code;
}

/** A language's name from its ISO 639 code, else the code; capitalised unless `inSentence` (Catalan, Spanish). */
export function languageName(code: string, lang: Lang, inSentence = false): string {
  const name = LANGUAGES[code]?.[INDEX[lang]];
  if (!name) return code;
  return lang === 'en' || inSentence ? name : name.charAt(0).toUpperCase() + name.slice(1);
}
