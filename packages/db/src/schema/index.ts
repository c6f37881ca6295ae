export * from './actions.js';
export * from './audit.js';
export * from './indicators.js';
export * from './practices.js';
export * from './regions.js';
export * from './users.js';
