import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      REGIN_DATA_DIR: './data',
      REGIN_SEED: true,
      REGIN_CORS_ORIGINS: [],
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names each bad variable in its message', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.map((p) => p.variable).sort();
      expect(problems).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
      expect((error as Error).message).toMatch(/PORT: .*"eighty"/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres:\/\//);
    }
  });

  it('treats empty strings as unset and parses lists and booleans', () => {
    const config = loadConfig({
      PORT: '',
      REGIN_CORS_ORIGINS: 'https://a.example, https://b.example',
      REGIN_SEED: 'false',
    });
    expect(config.PORT).toBe(3000);
    expect(config.REGIN_CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.REGIN_SEED).toBe(false);
  });

  it('requires the admin email and password together and never echoes the password', () => {
    expect(() => loadConfig({ REGIN_ADMIN_EMAIL: 'a@example.org' })).toThrow(/REGIN_ADMIN_PASSWORD/);
    expect(() => loadConfig({ REGIN_ADMIN_PASSWORD: 'long enough password' })).toThrow(/REGIN_ADMIN_EMAIL/);
    try {
      loadConfig({ REGIN_ADMIN_EMAIL: 'a@example.org', REGIN_ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/REGIN_ADMIN_PASSWORD: must be at least 12 characters/);
      expect((error as Error).message).not.toContain('short"');
    }
  });
});
