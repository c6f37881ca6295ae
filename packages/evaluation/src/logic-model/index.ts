export { type KpiLink, LOGIC_MODEL_STAGES, type LogicModelStage, validateLogicModel } from './validate.js';
