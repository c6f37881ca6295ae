import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

/**
 * Security headers with a CSP the served apps satisfy (no inline scripts; styles may be inline because
 * Swagger UI and map libraries set them), and CORS closed unless REGIN_CORS_ORIGINS lists origins.
 */
export const securityPlugin = fp<{ config: Config }>(async (app: FastifyInstance, { config }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Partners embed the public map (`?embed=1`) in their own sites.
        frameAncestors: ['*'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Replaced by frame-ancestors above; X-Frame-Options would forbid embedding.
    frameguard: false,
    hsts: config.NODE_ENV === 'production',
  });
  if (config.REGIN_CORS_ORIGINS.length > 0) {
    await app.register(cors, {
      origin: config.REGIN_CORS_ORIGINS,
      credentials: true,
      allowedHeaders: ['content-type', 'x-csrf-token'],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    });
  }
});
