import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig, REPO_ROOT } from './config.ts';

describe('parseConfig', () => {
  it('has working defaults: embedded database under .data, port 4000, development', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: path.join(REPO_ROOT, '.data'),
      consoleDist: null,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', API_PORT: '' })).toMatchObject({ databaseUrl: null, port: 4000 });
  });

  it('names every invalid variable without echoing its value', () => {
    const secret = 'mysql://root:hunter2@db/app';
    let message = '';
    try {
      parseConfig({ DATABASE_URL: secret, API_PORT: 'eighty', NODE_ENV: 'staging' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/API_PORT/);
    expect(message).toMatch(/NODE_ENV/);
    expect(message).not.toContain('hunter2');
  });

  it('accepts a PostgreSQL URL', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://app:pw@db:5432/orgplane' }).databaseUrl).toBe(
      'postgres://app:pw@db:5432/orgplane',
    );
  });
});
