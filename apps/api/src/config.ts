import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const commaList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** Every environment variable the API reads; README's configuration table mirrors this. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  REGIN_DATA_DIR: z.string().min(1).default('./data'),
  REGIN_SEED: booleanFromEnv.default(true),
  REGIN_ADMIN_EMAIL: z.email().optional(),
  REGIN_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  REGIN_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  REGIN_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  REGIN_CORS_ORIGINS: commaList.default([]),
  REGIN_TRUST_PROXY: booleanFromEnv.default(false),
  REGIN_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  REGIN_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  REGIN_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  REGIN_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  ${problem.variable}: ${problem.message}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming each bad variable. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(configSchema.shape);
  const input = Object.fromEntries(
    known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const result = configSchema.safeParse(input);
  if (result.success) {
    const config = result.data;
    if (config.REGIN_ADMIN_EMAIL && !config.REGIN_ADMIN_PASSWORD) {
      throw new ConfigError([
        { variable: 'REGIN_ADMIN_PASSWORD', message: 'must be set when REGIN_ADMIN_EMAIL is set' },
      ]);
    }
    if (config.REGIN_ADMIN_PASSWORD && !config.REGIN_ADMIN_EMAIL) {
      throw new ConfigError([
        { variable: 'REGIN_ADMIN_EMAIL', message: 'must be set when REGIN_ADMIN_PASSWORD is set' },
      ]);
    }
    return config;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      const got = variable === 'REGIN_ADMIN_PASSWORD' ? '' : ` (got "${String(input[variable])}")`;
      return { variable, message: `${issue.message}${got}` };
    }),
  );
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...configSchema.parse({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REGIN_SEED: 'false' }),
    ...overrides,
  };
}
