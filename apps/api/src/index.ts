export { API_VERSION, type BuildAppOptions, buildApp } from './app.js';
export { type Config, ConfigError, configSchema, loadConfig, testConfig } from './config.js';
export type { App } from './lib/app-types.js';
export { type RunningServer, type StartServerOptions, startServer } from './server.js';
