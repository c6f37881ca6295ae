export {
  type CompiledAxis,
  type CompiledFramework,
  compileFramework,
  isCompiled as isCompiledFramework,
  type ScorableAnswer,
} from './compile.js';
export {
  crossKey,
  dimensionTree,
  type MatrixOptions,
  type ProfileOptions,
  regionProfile,
  score,
  scoreAll,
  scoreIndicator,
  scoreMatrix,
} from './score.js';
