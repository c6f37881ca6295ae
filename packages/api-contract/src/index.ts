export * from './audit.js';
export * from './auth.js';
export * from './client.js';
export * from './common.js';
export * from './health.js';
export * from './indicators.js';
export * from './problem.js';
export * from './regions.js';
