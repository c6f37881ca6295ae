import { type NewPracticeRow, type PracticeContent, practiceRowValues } from '@regin/db';
import {
  AUTHORITY_ROLES,
  EVALUATION_CRITERIA,
  POLICY_AREAS,
  type PolicyArea,
  PRACTICE_RESULTS,
  PRACTICE_STATUSES,
  PRACTICE_TARGET_GROUPS,
} from '@regin/domain';
import { createRegistry } from '@regin/geo';
import { mulberry32 } from '@regin/indicators';

/**
 * Deterministic synthetic practices for the search benchmark: titles, summaries and descriptions built from
 * parallel word pools in six languages (so each practice's own-language stemmer, the English translation and
 * the unaccented simple vector all get realistic input), singular and plural forms, accents, place names from
 * the NUTS registry and invented project names (a long tail of rare words for "did you mean").
 */

export const LANGS = ['en', 'ca', 'es', 'it', 'sv', 'pt'] as const;
type Lang = (typeof LANGS)[number];

/** One concept in en, ca, es, it, sv, pt; `a|b` = singular|plural (or two forms), picked at random. */
type Concept = readonly [string, string, string, string, string, string];

const AREA_NOUNS: Record<PolicyArea, Concept[]> = {
  labour_market: [
    ['job|jobs', 'feina|feines', 'empleo|empleos', 'lavoro|lavori', 'jobb|jobben', 'emprego|empregos'],
    [
      'mentoring|mentors',
      'mentoria|mentories',
      'mentoría|mentorías',
      'tutoraggio|tutor',
      'mentorskap|mentorer',
      'mentoria|mentorias',
    ],
    [
      'training|trainings',
      'formació|formacions',
      'formación|formaciones',
      'formazione|formazioni',
      'utbildning|utbildningar',
      'formação|formações',
    ],
    [
      'apprenticeship|apprenticeships',
      'aprenentatge|aprenentatges',
      'aprendizaje|aprendizajes',
      'apprendistato|apprendistati',
      'lärlingsplats|lärlingsplatser',
      'aprendizagem|aprendizagens',
    ],
    [
      'entrepreneurship|entrepreneurs',
      'emprenedoria|emprenedors',
      'emprendimiento|emprendedores',
      'imprenditorialità|imprenditori',
      'entreprenörskap|entreprenörer',
      'empreendedorismo|empreendedores',
    ],
    [
      'skill|skills',
      'competència|competències',
      'competencia|competencias',
      'competenza|competenze',
      'kompetens|kompetenser',
      'competência|competências',
    ],
    [
      'employer|employers',
      'empresa|empreses',
      'empresa|empresas',
      'impresa|imprese',
      'arbetsgivare|arbetsgivarna',
      'empregador|empregadores',
    ],
    [
      'qualification|qualifications',
      'titulació|titulacions',
      'titulación|titulaciones',
      'qualifica|qualifiche',
      'examen|examina',
      'qualificação|qualificações',
    ],
  ],
  education: [
    [
      'school|schools',
      'escola|escoles',
      'escuela|escuelas',
      'scuola|scuole',
      'skola|skolor',
      'escola|escolas',
    ],
    [
      'teacher|teachers',
      'docent|docents',
      'docente|docentes',
      'insegnante|insegnanti',
      'lärare|lärarna',
      'professor|professores',
    ],
    [
      'mediator|mediators',
      'mediador|mediadors',
      'mediador|mediadores',
      'mediatore|mediatori',
      'medlare|medlarna',
      'mediador|mediadores',
    ],
    [
      'university|universities',
      'universitat|universitats',
      'universidad|universidades',
      'università|atenei',
      'universitet|universiteten',
      'universidade|universidades',
    ],
    [
      'tutoring|tutors',
      'tutoria|tutories',
      'tutoría|tutorías',
      'doposcuola|tutori',
      'läxhjälp|läxhjälpen',
      'explicação|explicações',
    ],
    [
      'classroom|classrooms',
      'aula|aules',
      'aula|aulas',
      'classe|classi',
      'klassrum|klassrummen',
      'sala|salas',
    ],
  ],
  health: [
    ['health|healthcare', 'salut|sanitat', 'salud|sanidad', 'salute|sanità', 'hälsa|vården', 'saúde|saúdes'],
    [
      'hospital|hospitals',
      'hospital|hospitals',
      'hospital|hospitales',
      'ospedale|ospedali',
      'sjukhus|sjukhusen',
      'hospital|hospitais',
    ],
    [
      'interpreting|interpreters',
      'interpretació|intèrprets',
      'interpretación|intérpretes',
      'interpretariato|interpreti',
      'tolkning|tolkar',
      'interpretação|intérpretes',
    ],
    [
      'wellbeing|wellness',
      'benestar|benestars',
      'bienestar|bienestares',
      'benessere|benesseri',
      'välmående|välbefinnande',
      'bem-estar|bem-estares',
    ],
    ['doctor|doctors', 'metge|metges', 'médico|médicos', 'medico|medici', 'läkare|läkarna', 'médico|médicos'],
    [
      'vaccination|vaccinations',
      'vacunació|vacunacions',
      'vacunación|vacunaciones',
      'vaccinazione|vaccinazioni',
      'vaccination|vaccinationer',
      'vacinação|vacinações',
    ],
  ],
  housing: [
    [
      'housing|homes',
      'habitatge|habitatges',
      'vivienda|viviendas',
      'alloggio|alloggi',
      'bostad|bostäder',
      'habitação|habitações',
    ],
    [
      'flat|flats',
      'pis|pisos',
      'piso|pisos',
      'appartamento|appartamenti',
      'lägenhet|lägenheter',
      'apartamento|apartamentos',
    ],
    [
      'rent|rents',
      'lloguer|lloguers',
      'alquiler|alquileres',
      'affitto|affitti',
      'hyra|hyror',
      'arrendamento|arrendamentos',
    ],
    [
      'reception|receptions',
      'acollida|acollides',
      'acogida|acogidas',
      'accoglienza|accoglienze',
      'mottagande|mottagningar',
      'acolhimento|acolhimentos',
    ],
    [
      'shelter|shelters',
      'alberg|albergs',
      'albergue|albergues',
      'rifugio|rifugi',
      'härbärge|härbärgen',
      'abrigo|abrigos',
    ],
  ],
  language: [
    [
      'language|languages',
      'llengua|llengües',
      'lengua|lenguas',
      'lingua|lingue',
      'språk|språken',
      'língua|línguas',
    ],
    ['course|courses', 'curs|cursos', 'curso|cursos', 'corso|corsi', 'kurs|kurser', 'curso|cursos'],
    ['café|cafés', 'cafè|cafès', 'café|cafés', 'caffè|caffè', 'café|caféer', 'café|cafés'],
    [
      'library|libraries',
      'biblioteca|biblioteques',
      'biblioteca|bibliotecas',
      'biblioteca|biblioteche',
      'bibliotek|biblioteken',
      'biblioteca|bibliotecas',
    ],
    [
      'conversation|conversations',
      'conversa|converses',
      'conversación|conversaciones',
      'conversazione|conversazioni',
      'samtal|samtalen',
      'conversa|conversas',
    ],
  ],
  culture_religion: [
    [
      'culture|cultures',
      'cultura|cultures',
      'cultura|culturas',
      'cultura|culture',
      'kultur|kulturer',
      'cultura|culturas',
    ],
    [
      'festival|festivals',
      'festival|festivals',
      'festival|festivales',
      'festival|festival',
      'festival|festivaler',
      'festival|festivais',
    ],
    [
      'religion|religions',
      'religió|religions',
      'religión|religiones',
      'religione|religioni',
      'religion|religioner',
      'religião|religiões',
    ],
    ['museum|museums', 'museu|museus', 'museo|museos', 'museo|musei', 'museum|museer', 'museu|museus'],
    [
      'dialogue|dialogues',
      'diàleg|diàlegs',
      'diálogo|diálogos',
      'dialogo|dialoghi',
      'dialog|dialoger',
      'diálogo|diálogos',
    ],
  ],
  social_security: [
    [
      'benefit|benefits',
      'prestació|prestacions',
      'prestación|prestaciones',
      'prestazione|prestazioni',
      'bidrag|bidragen',
      'prestação|prestações',
    ],
    [
      'income|incomes',
      'renda|rendes',
      'renta|rentas',
      'reddito|redditi',
      'inkomst|inkomster',
      'rendimento|rendimentos',
    ],
    [
      'poverty|deprivation',
      'pobresa|privació',
      'pobreza|privación',
      'povertà|privazione',
      'fattigdom|utsatthet',
      'pobreza|privação',
    ],
    [
      'service|services',
      'servei|serveis',
      'servicio|servicios',
      'servizio|servizi',
      'tjänst|tjänster',
      'serviço|serviços',
    ],
    [
      'counselling|advice',
      'assessorament|assessoraments',
      'asesoramiento|asesoramientos',
      'consulenza|consulenze',
      'rådgivning|rådgivningar',
      'aconselhamento|aconselhamentos',
    ],
  ],
  anti_discrimination: [
    [
      'discrimination|discriminations',
      'discriminació|discriminacions',
      'discriminación|discriminaciones',
      'discriminazione|discriminazioni',
      'diskriminering|diskrimineringar',
      'discriminação|discriminações',
    ],
    [
      'racism|racisms',
      'racisme|racismes',
      'racismo|racismos',
      'razzismo|razzismi',
      'rasism|rasismer',
      'racismo|racismos',
    ],
    [
      'equality|equalities',
      'igualtat|igualtats',
      'igualdad|igualdades',
      'uguaglianza|uguaglianze',
      'jämlikhet|jämställdhet',
      'igualdade|igualdades',
    ],
    [
      'right|rights',
      'dret|drets',
      'derecho|derechos',
      'diritto|diritti',
      'rättighet|rättigheter',
      'direito|direitos',
    ],
    [
      'campaign|campaigns',
      'campanya|campanyes',
      'campaña|campañas',
      'campagna|campagne',
      'kampanj|kampanjer',
      'campanha|campanhas',
    ],
  ],
};

const GROUP_NOUNS: Record<string, Concept> = {
  tcn: [
    'migrant|migrants',
    'migrant|migrants',
    'migrante|migrantes',
    'migrante|migranti',
    'migrant|migranter',
    'migrante|migrantes',
  ],
  bip: [
    'refugee|refugees',
    'refugiat|refugiats',
    'refugiado|refugiados',
    'rifugiato|rifugiati',
    'flykting|flyktingar',
    'refugiado|refugiados',
  ],
  all_migrants: [
    'newcomer|newcomers',
    'nouvingut|nouvinguts',
    'inmigrante|inmigrantes',
    'neoarrivato|neoarrivati',
    'nyanländ|nyanlända',
    'recém-chegado|recém-chegados',
  ],
  refugees: [
    'refugee|refugees',
    'refugiat|refugiats',
    'refugiado|refugiados',
    'rifugiato|rifugiati',
    'flykting|flyktingar',
    'refugiado|refugiados',
  ],
  asylum_seekers: [
    'asylum|asylum-seekers',
    'asil|sol·licitants',
    'asilo|solicitantes',
    'asilo|richiedenti',
    'asyl|asylsökande',
    'asilo|requerentes',
  ],
  women: ['woman|women', 'dona|dones', 'mujer|mujeres', 'donna|donne', 'kvinna|kvinnor', 'mulher|mulheres'],
  youth: [
    'youth|youngsters',
    'jove|joves',
    'joven|jóvenes',
    'giovane|giovani',
    'ungdom|ungdomar',
    'jovem|jovens',
  ],
  children: [
    'child|children',
    'infant|infants',
    'niño|niños',
    'bambino|bambini',
    'barn|barnen',
    'criança|crianças',
  ],
  unaccompanied_minors: [
    'minor|minors',
    'menor|menors',
    'menor|menores',
    'minore|minori',
    'minderårig|minderåriga',
    'menor|menores',
  ],
  families: [
    'family|families',
    'família|famílies',
    'familia|familias',
    'famiglia|famiglie',
    'familj|familjer',
    'família|famílias',
  ],
  older_people: [
    'elder|elders',
    'avi|avis',
    'mayor|mayores',
    'anziano|anziani',
    'äldre|pensionärer',
    'idoso|idosos',
  ],
  host_community: [
    'neighbour|neighbours',
    'veí|veïns',
    'vecino|vecinos',
    'vicino|vicini',
    'granne|grannar',
    'vizinho|vizinhos',
  ],
};

const GENERAL_NOUNS: Concept[] = [
  [
    'programme|programmes',
    'programa|programes',
    'programa|programas',
    'programma|programmi',
    'program|programmen',
    'programa|programas',
  ],
  [
    'project|projects',
    'projecte|projectes',
    'proyecto|proyectos',
    'progetto|progetti',
    'projekt|projekten',
    'projeto|projetos',
  ],
  [
    'volunteer|volunteers',
    'voluntari|voluntaris',
    'voluntario|voluntarios',
    'volontario|volontari',
    'volontär|volontärer',
    'voluntário|voluntários',
  ],
  ['network|networks', 'xarxa|xarxes', 'red|redes', 'rete|reti', 'nätverk|nätverken', 'rede|redes'],
  [
    'community|communities',
    'comunitat|comunitats',
    'comunidad|comunidades',
    'comunità|comunità',
    'gemenskap|gemenskaper',
    'comunidade|comunidades',
  ],
  [
    'municipality|municipalities',
    'municipi|municipis',
    'municipio|municipios',
    'comune|comuni',
    'kommun|kommuner',
    'município|municípios',
  ],
  [
    'organisation|organisations',
    'entitat|entitats',
    'entidad|entidades',
    'associazione|associazioni',
    'förening|föreningar',
    'associação|associações',
  ],
  ['support|supports', 'suport|suports', 'apoyo|apoyos', 'sostegno|sostegni', 'stöd|stödet', 'apoio|apoios'],
  [
    'guidance|guides',
    'orientació|orientacions',
    'orientación|orientaciones',
    'orientamento|orientamenti',
    'vägledning|vägledare',
    'orientação|orientações',
  ],
  [
    'partnership|partnerships',
    'aliança|aliances',
    'alianza|alianzas',
    'partenariato|partenariati',
    'partnerskap|partnerskapen',
    'parceria|parcerias',
  ],
  [
    'neighbourhood|neighbourhoods',
    'barri|barris',
    'barrio|barrios',
    'quartiere|quartieri',
    'stadsdel|stadsdelar',
    'bairro|bairros',
  ],
  [
    'integration|integrations',
    'integració|integracions',
    'integración|integraciones',
    'integrazione|integrazioni',
    'integration|integrationen',
    'integração|integrações',
  ],
  [
    'inclusion|inclusions',
    'inclusió|inclusions',
    'inclusión|inclusiones',
    'inclusione|inclusioni',
    'inkludering|inkluderingen',
    'inclusão|inclusões',
  ],
  [
    'citizenship|citizens',
    'ciutadania|ciutadans',
    'ciudadanía|ciudadanos',
    'cittadinanza|cittadini',
    'medborgarskap|medborgare',
    'cidadania|cidadãos',
  ],
  [
    'participation|participants',
    'participació|participants',
    'participación|participantes',
    'partecipazione|partecipanti',
    'delaktighet|deltagare',
    'participação|participantes',
  ],
  [
    'sport|sports',
    'esport|esports',
    'deporte|deportes',
    'sport|sport',
    'idrott|idrotter',
    'desporto|desportos',
  ],
  [
    'workshop|workshops',
    'taller|tallers',
    'taller|talleres',
    'laboratorio|laboratori',
    'workshop|workshoppar',
    'oficina|oficinas',
  ],
  [
    'office|offices',
    'oficina|oficines',
    'oficina|oficinas',
    'sportello|sportelli',
    'kontor|kontoren',
    'gabinete|gabinetes',
  ],
];

const ADJECTIVES: Concept[] = [
  [
    'social|social',
    'social|socials',
    'social|sociales',
    'sociale|sociali',
    'social|sociala',
    'social|sociais',
  ],
  ['local|local', 'local|locals', 'local|locales', 'locale|locali', 'lokal|lokala', 'local|locais'],
  [
    'regional|regional',
    'regional|regionals',
    'regional|regionales',
    'regionale|regionali',
    'regional|regionala',
    'regional|regionais',
  ],
  [
    'temporary|temporary',
    'temporal|temporals',
    'temporal|temporales',
    'temporaneo|temporanei',
    'tillfällig|tillfälliga',
    'temporário|temporários',
  ],
  [
    'permanent|permanent',
    'permanent|permanents',
    'permanente|permanentes',
    'permanente|permanenti',
    'permanent|permanenta',
    'permanente|permanentes',
  ],
  [
    'intercultural|intercultural',
    'intercultural|interculturals',
    'intercultural|interculturales',
    'interculturale|interculturali',
    'interkulturell|interkulturella',
    'intercultural|interculturais',
  ],
  [
    'innovative|innovative',
    'innovador|innovadors',
    'innovador|innovadores',
    'innovativo|innovativi',
    'innovativ|innovativa',
    'inovador|inovadores',
  ],
  [
    'free|free',
    'gratuït|gratuïts',
    'gratuito|gratuitos',
    'gratuito|gratuiti',
    'kostnadsfri|kostnadsfria',
    'gratuito|gratuitos',
  ],
  [
    'digital|digital',
    'digital|digitals',
    'digital|digitales',
    'digitale|digitali',
    'digital|digitala',
    'digital|digitais',
  ],
  [
    'individual|individual',
    'individual|individuals',
    'individual|individuales',
    'individuale|individuali',
    'individuell|individuella',
    'individual|individuais',
  ],
];

const VERBS: Concept[] = [
  ['helps|helped', 'ajuda|ajudava', 'ayuda|ayudaba', 'aiuta|aiutava', 'hjälper|hjälpte', 'ajuda|ajudava'],
  [
    'offers|offered',
    'ofereix|oferia',
    'ofrece|ofrecía',
    'offre|offriva',
    'erbjuder|erbjöd',
    'oferece|oferecia',
  ],
  [
    'connects|connected',
    'connecta|connectava',
    'conecta|conectaba',
    'collega|collegava',
    'kopplar|kopplade',
    'liga|ligava',
  ],
  [
    'trains|trained',
    'forma|formava',
    'forma|formaba',
    'forma|formava',
    'utbildar|utbildade',
    'forma|formava',
  ],
  [
    'accompanies|accompanied',
    'acompanya|acompanyava',
    'acompaña|acompañaba',
    'accompagna|accompagnava',
    'stödjer|stödde',
    'acompanha|acompanhava',
  ],
  [
    'coordinates|coordinated',
    'coordina|coordinava',
    'coordina|coordinaba',
    'coordina|coordinava',
    'samordnar|samordnade',
    'coordena|coordenava',
  ],
  [
    'funds|funded',
    'finança|finançava',
    'financia|financiaba',
    'finanzia|finanziava',
    'finansierar|finansierade',
    'financia|financiava',
  ],
];

const FN: Record<'for' | 'in' | 'with' | 'and' | 'through', Record<Lang, string>> = {
  for: { en: 'for', ca: 'per a', es: 'para', it: 'per', sv: 'för', pt: 'para' },
  in: { en: 'in', ca: 'a', es: 'en', it: 'in', sv: 'i', pt: 'em' },
  with: { en: 'with', ca: 'amb', es: 'con', it: 'con', sv: 'med', pt: 'com' },
  and: { en: 'and', ca: 'i', es: 'y', it: 'e', sv: 'och', pt: 'e' },
  through: { en: 'through', ca: 'mitjançant', es: 'mediante', it: 'attraverso', sv: 'genom', pt: 'através' },
};

const LESSONS: Record<Lang, string[]> = {
  en: [
    'Start small and involve the people it is for.',
    'Stable funding matters more than a large budget.',
    'Train the staff before opening the service.',
  ],
  ca: [
    'Comenceu petit i impliqueu les persones destinatàries.',
    'El finançament estable importa més que un pressupost gran.',
  ],
  es: [
    'Empezar pequeño e implicar a las personas destinatarias.',
    'La financiación estable importa más que un gran presupuesto.',
  ],
  it: [
    'Iniziare in piccolo e coinvolgere i destinatari.',
    'Un finanziamento stabile conta più di un grande bilancio.',
  ],
  sv: ['Börja smått och involvera målgruppen.', 'Stabil finansiering betyder mer än en stor budget.'],
  pt: [
    'Começar pequeno e envolver os destinatários.',
    'O financiamento estável importa mais do que um grande orçamento.',
  ],
};

const SYLLABLES =
  'ka ro ven da mi lu sa to ne ri bo le fa gu ti mo ar el in or us an is on ur al ek ob'.split(' ');

/** Countries and the language their practices are written in (English for the rest of the network). */
const COUNTRIES: { code: string; weight: number; lang: (region: string) => Lang }[] = [
  { code: 'ES', weight: 24, lang: (r) => (/^ES5[123]/.test(r) ? 'ca' : 'es') },
  { code: 'IT', weight: 22, lang: () => 'it' },
  { code: 'SE', weight: 12, lang: () => 'sv' },
  { code: 'PT', weight: 10, lang: () => 'pt' },
  { code: 'AT', weight: 8, lang: () => 'en' },
  { code: 'IE', weight: 6, lang: () => 'en' },
  { code: 'EL', weight: 8, lang: () => 'en' },
  { code: 'NL', weight: 6, lang: () => 'en' },
  { code: 'BE', weight: 4, lang: () => 'en' },
];

export interface GeneratedPractice {
  id: string;
  row: Omit<NewPracticeRow, 'moderationStatus' | 'version'>;
  moderationStatus: string;
  publishedAt: string | null;
  deletedAt: string | null;
}

export function createPracticeGenerator(seed = 20_260_101) {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  /** Skewed towards the first items (roughly Zipf-like): a few words are common, most are rare. */
  const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 2)] as T;
  const weighted = <T extends { weight: number }>(items: readonly T[]): T => {
    let total = 0;
    for (const item of items) total += item.weight;
    let x = random() * total;
    for (const item of items) {
      x -= item.weight;
      if (x < 0) return item;
    }
    return items.at(-1) as T;
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[int(4)] as string;
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  const registry = createRegistry();
  const regionsByCountry = new Map(
    COUNTRIES.map(({ code }) => [
      code,
      [...registry.byCountry(code, 2), ...registry.byCountry(code, 3)].filter(
        (region) => !region.code.endsWith('Z'),
      ),
    ]),
  );
  const langIndex = (lang: Lang) => LANGS.indexOf(lang);
  /** A concept in one language; `form` 0 or 1 is shared by all languages of one practice (parallel texts). */
  const word = (concept: Concept, lang: Lang, form: number) => {
    const forms = (concept[langIndex(lang)] ?? '').split('|');
    return forms[Math.min(form, forms.length - 1)] as string;
  };
  const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  let serial = 0;

  return function next(): GeneratedPractice {
    serial += 1;
    const country = weighted(COUNTRIES);
    const regions = regionsByCountry.get(country.code) ?? [];
    const primary = pick(regions);
    const regionCodes = [primary.code];
    if (random() < 0.15) {
      const second = pick(regions);
      if (second.code !== primary.code) regionCodes.push(second.code);
    }
    const lang = country.lang(primary.code);
    const areas = [pickSkewed(POLICY_AREAS)];
    if (random() < 0.45) {
      const other = pick(POLICY_AREAS);
      if (!areas.includes(other)) areas.push(other);
    }
    const groups = [pick(PRACTICE_TARGET_GROUPS)];
    if (random() < 0.5) {
      const other = pick(PRACTICE_TARGET_GROUPS);
      if (!groups.includes(other)) groups.push(other);
    }
    const mainArea = areas[0] as PolicyArea;
    const topic = () => pickSkewed(AREA_NOUNS[areas[int(areas.length)] as PolicyArea]);
    const plan = {
      noun: pickSkewed(AREA_NOUNS[mainArea]),
      adj: pick(ADJECTIVES),
      group: GROUP_NOUNS[groups[0] as string] as Concept,
      group2: GROUP_NOUNS[(groups[1] ?? pick(PRACTICE_TARGET_GROUPS)) as string] as Concept,
      subject: pick(GENERAL_NOUNS.slice(4, 8)),
      verb: pick(VERBS),
      verb2: pick(VERBS),
      object: topic(),
      object2: topic(),
      general: pickSkewed(GENERAL_NOUNS),
      general2: pick(GENERAL_NOUNS),
      adj2: pick(ADJECTIVES),
      forms: Array.from({ length: 8 }, () => int(2)),
      project: cap(Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join('')),
      place: registry.get(primary.code)?.nativeName ?? primary.name,
    };
    const f = plan.forms as [number, number, number, number, number, number, number, number];
    const render = (l: Lang) => {
      const adjNoun =
        l === 'en'
          ? `${word(plan.adj, l, f[0])} ${word(plan.noun, l, f[0])}`
          : `${word(plan.noun, l, f[0])} ${word(plan.adj, l, f[0])}`;
      const title = `${cap(adjNoun)} ${FN.for[l]} ${word(plan.group, l, 1)} ${FN.in[l]} ${plan.place}`;
      const summary = `${cap(word(plan.general, l, f[1]))} ${plan.project}: ${word(plan.subject, l, 0)} ${word(plan.verb, l, f[2])} ${word(plan.group, l, 1)} ${FN.with[l]} ${word(plan.object, l, f[3])} ${FN.and[l]} ${word(plan.object2, l, f[4])} ${FN.in[l]} ${plan.place}.`;
      const description = `${summary} ${cap(word(plan.general2, l, f[5]))} ${word(plan.adj2, l, f[5])} ${word(plan.verb2, l, f[6])} ${word(plan.group2, l, 1)} ${FN.through[l]} ${word(plan.noun, l, f[7])} ${FN.and[l]} ${word(plan.general, l, 1)}. ${cap(word(plan.object2, l, 1))} ${FN.with[l]} ${word(plan.general2, l, 1)} ${FN.and[l]} ${word(plan.subject, l, 1)}.`;
      return { title, summary, description };
    };
    const own = render(lang);
    const translated = lang !== 'en' && random() < 0.8 ? render('en') : undefined;
    const text = (key: 'title' | 'summary' | 'description') => ({
      source: lang,
      text: { [lang]: own[key], ...(translated ? { en: translated[key] } : {}) },
    });
    const kind = random() < 0.7 ? 'direct' : 'indirect';
    const ratings: Record<string, number> = {};
    for (const criterion of EVALUATION_CRITERIA) if (random() < 0.4) ratings[criterion] = 1 + int(5);
    const startYear = 2005 + Math.floor(20 * Math.sqrt(random()));
    const start = `${startYear}-${String(1 + int(12)).padStart(2, '0')}-01`;
    const status = pick(PRACTICE_STATUSES);
    const label = registry.label(primary.code);
    const content: PracticeContent = {
      slug: `bench-${serial}-${plan.project.toLowerCase()}`,
      title: text('title'),
      summary: text('summary'),
      description: text('description'),
      lessons: { source: lang, text: { [lang]: pick(LESSONS[lang]) } },
      regionCodes,
      ...(label && random() < 0.9
        ? {
            location: {
              lon: Math.round((label[0] + (random() - 0.5) * 0.4) * 1e4) / 1e4,
              lat: Math.round((label[1] + (random() - 0.5) * 0.4) * 1e4) / 1e4,
            },
          }
        : {}),
      policyAreas: areas,
      targetGroups: groups,
      authorityRole: { kind, role: pick(AUTHORITY_ROLES[kind]) } as PracticeContent['authorityRole'],
      period: {
        start,
        ...(status !== 'ongoing' ? { end: `${Math.min(2025, startYear + 1 + int(5))}-12-31` } : {}),
      },
      status,
      result: pick(PRACTICE_RESULTS),
      ratings: ratings as PracticeContent['ratings'],
      contacts: [],
      languages: [],
      stakeholders: [],
      fundingSources: [],
      links: [],
      illustrative: true,
    };
    const moderation = random();
    const moderationStatus = moderation < 0.95 ? 'published' : moderation < 0.98 ? 'submitted' : 'draft';
    const published = moderationStatus === 'published';
    const publishedAt = published
      ? new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 11 * 365 * 86_400_000)).toISOString()
      : null;
    return {
      id: uuid(),
      row: practiceRowValues(content),
      moderationStatus,
      publishedAt,
      deletedAt: published && random() < 0.01 ? (publishedAt as string) : null,
    };
  };
}
