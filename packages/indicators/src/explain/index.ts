export { type Explanation, explain } from './explain.js';
