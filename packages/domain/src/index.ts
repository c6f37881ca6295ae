export * from './audit.js';
export * from './enums.js';
export * from './localized-text.js';
export * from './region.js';
export * from './user.js';
