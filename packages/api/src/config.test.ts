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

  it('reads BODY_LIMIT as bytes, 1kb being 1024, and refuses other units', () => {
    expect(parseConfig({}).bodyLimitBytes).toBe(1024 * 1024);
    expect(parseConfig({ BODY_LIMIT: '10KB' }).bodyLimitBytes).toBe(10_240);
    expect(parseConfig({ BODY_LIMIT: '512b' }).bodyLimitBytes).toBe(512);
    expect(() => parseConfig({ BODY_LIMIT: '1gb' })).toThrow(/BODY_LIMIT/);
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

describe('the development mailbox and proxy trust', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----',
    JWT_KEY_ID: 'k1',
    DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
    DATABASE_URL: 'postgres://app:pw@db:5432/orgplane',
  };

  it('keeps the mailbox off and trusts no proxy by default', () => {
    expect(parseConfig({})).toMatchObject({ devMailbox: false, trustProxyHops: 0 });
  });

  it('turns the mailbox on only when DEV_MAILBOX says so, on a loopback HOST', () => {
    expect(parseConfig({ DEV_MAILBOX: 'true' }).devMailbox).toBe(true);
    expect(parseConfig({ DEV_MAILBOX: 'true', HOST: '::1' }).devMailbox).toBe(true);
    expect(parseConfig({ DEV_MAILBOX: 'true', HOST: 'localhost' }).devMailbox).toBe(true);
    expect(parseConfig({ DEV_MAILBOX: 'false' }).devMailbox).toBe(false);
  });

  it('refuses to start with the mailbox on a non-loopback HOST or in production', () => {
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'api.example.com']) {
      expect(() => parseConfig({ DEV_MAILBOX: 'true', HOST: host }), host).toThrow(/DEV_MAILBOX/);
    }
    expect(() => parseConfig({ ...production, DEV_MAILBOX: 'true' })).toThrow(/DEV_MAILBOX/);
    expect(parseConfig({ ...production, HOST: '0.0.0.0' }).devMailbox).toBe(false);
  });

  it('trusts exactly the configured number of proxy hops', () => {
    expect(parseConfig({ TRUST_PROXY_HOPS: '1' }).trustProxyHops).toBe(1);
    expect(() => parseConfig({ TRUST_PROXY_HOPS: 'loopback' })).toThrow(/TRUST_PROXY_HOPS/);
    expect(() => parseConfig({ TRUST_PROXY_HOPS: '-1' })).toThrow(/TRUST_PROXY_HOPS/);
  });

  it('refuses the old TRUST_PROXY instead of silently ignoring it', () => {
    expect(() => parseConfig({ TRUST_PROXY: 'loopback' })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
