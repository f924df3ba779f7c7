import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

describe('logger', () => {
  it('censors credentials in headers and on errors, and keeps the rest', () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => void lines.push(line) });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'orgplane_refresh=r1', host: 'api' } },
        res: { headers: { 'set-cookie': 'orgplane_refresh=r2' } },
        err: { message: 'refused', password: 'hunter2', token: 't0k', secret: 's3' },
      },
      'request completed',
    );
    const line = JSON.parse(lines[0]!);
    expect(line.req.headers).toEqual({ authorization: '[redacted]', cookie: '[redacted]', host: 'api' });
    expect(line.res.headers['set-cookie']).toBe('[redacted]');
    expect(line.err).toMatchObject({
      message: 'refused',
      password: '[redacted]',
      token: '[redacted]',
      secret: '[redacted]',
    });
    expect(lines[0]).not.toMatch(/abc\.def|hunter2|t0k|r1|r2|s3"/);
  });
});
