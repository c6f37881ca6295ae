import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = loadConfig();
  const server = await startServer(config);
  closeWithGrace({ delay: config.REGIN_REQUEST_TIMEOUT_MS + 5_000 }, async ({ signal, err }) => {
    if (err) server.app.log.error({ err }, 'shutting down after an error');
    else server.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await server.close();
  });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error);
  process.exit(1);
}
