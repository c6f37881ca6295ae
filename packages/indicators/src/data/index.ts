export { DEFAULT_FRAMEWORK_ID, DEFAULT_FRAMEWORK_VERSION, defaultFramework } from './default-framework.js';
