import { type Framework, type FrameworkInput, frameworkSchema } from '@regin/domain';
import { DEFAULT_AXES } from './default-axes.js';
import { DEFAULT_OUTCOME_INDICATORS } from './default-outcome-indicators.js';
import { DEFAULT_POLICY_INDICATORS } from './default-policy-indicators.js';
import { enCa } from './text.js';

/** Id of the framework REGIN Lab ships: its own questions on the MIPEX-R axes and scale. */
export const DEFAULT_FRAMEWORK_ID = 'regin-lab-mipex-r';
export const DEFAULT_FRAMEWORK_VERSION = '1.0.0';

const DESCRIPTION = enCa([
  "REGIN Lab's framework for assessing regional policies for the integration of migrants and refugees. Each policy question is answered 100 (in place), 50 (partly in place) or 0 (not in place) and is tagged on four axes: policy area, governance element, policy cycle phase and target group, so scores can be read along any axis or a cross of two, such as housing × implementation. Questions on matters the region has no competence for are answered 'not applicable' and left out of the averages, never counted as 0. Outcome indicators follow the EU's Zaragoza integration indicators at NUTS 2 level and compare people born in the country, in another EU country and outside the EU. The questions are the REGIN Lab project's own: the framework is modelled on MIPEX-R, but it is not the official MIPEX-R questionnaire and its scores are not MIPEX-R scores.",
  "Marc de REGIN Lab per avaluar les polítiques regionals d'integració de les persones migrades i refugiades. Cada pregunta de política es respon amb 100 (implantat), 50 (implantat en part) o 0 (no implantat) i s'etiqueta en quatre eixos: àmbit de política, element de governança, fase del cicle de les polítiques i grup destinatari, de manera que les puntuacions es poden llegir per qualsevol eix o pel creuament de dos, com ara habitatge × implementació. Les preguntes sobre matèries en què la regió no té competències es responen com a «no aplicable» i queden fora de les mitjanes; mai no compten com a 0. Els indicadors de resultats segueixen els indicadors d'integració de Saragossa de la UE a escala NUTS 2 i comparen les persones nascudes al país, en un altre país de la UE i fora de la UE. Les preguntes són pròpies del projecte REGIN Lab: el marc es basa en el MIPEX-R, però no és el qüestionari oficial del MIPEX-R i les seves puntuacions no són puntuacions MIPEX-R.",
]);

const DEFAULT_FRAMEWORK_INPUT = {
  id: DEFAULT_FRAMEWORK_ID,
  version: DEFAULT_FRAMEWORK_VERSION,
  name: enCa(
    [
      'REGIN Lab regional integration policy framework',
      "Marc de polítiques regionals d'integració de REGIN Lab",
    ],
    'Marco de políticas regionales de integración de REGIN Lab',
  ),
  description: DESCRIPTION,
  modelledOn:
    'Modelled on the axes (policy area, governance element, policy cycle, target group) and the 0/50/100 scale of MIPEX-R, the regional Migrant Integration Policy Index by the Migration Policy Group and CIDOB. The questions are written by the REGIN Lab project in its own words; this is not the official MIPEX-R questionnaire and its scores are not MIPEX-R scores.',
  // Real project content, not demo data: the scores regions give it are their own. Being modelled on
  // MIPEX-R rather than being MIPEX-R is said by `modelledOn` and the description.
  illustrative: false,
  axes: DEFAULT_AXES,
  indicators: [...DEFAULT_POLICY_INDICATORS, ...DEFAULT_OUTCOME_INDICATORS],
  scoring: { aggregation: 'arithmetic', missing: 'exclude', notApplicable: 'exclude' },
} satisfies FrameworkInput;

/**
 * REGIN Lab's default framework, validated at load: 66 policy questions in English and Catalan tagged on the
 * four MIPEX-R axes, and 10 outcome indicators after the Zaragoza indicators.
 */
export const defaultFramework: Framework = frameworkSchema.parse(DEFAULT_FRAMEWORK_INPUT);
