import { ApolloServer } from '@apollo/server';
import { Length, IsEmail } from 'class-validator';
import { Arg, Field, InputType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@orgplane/schema';
import { buildBareSchema } from './schema.ts';
import { createErrorFormatter, serviceUnavailablePlugin } from './errors.ts';
import { DomainError, ValidationFailedError } from '../domain-error.ts';

@InputType({ description: 'Test-only.' })
class ProbeInput {
  @Field(() => String, { description: 'Test-only.' })
  @Length(2, 10)
  name: string;

  @Field(() => String, { description: 'Test-only.' })
  @IsEmail()
  email: string;
}

@Resolver()
class FailingResolver {
  @Query(() => String, { description: 'Test-only.' })
  domainFailure(): string {
    throw new DomainError('INVITATION_EXPIRED', { extensions: { invitationId: 'inv-1' } });
  }

  @Query(() => String, { description: 'Test-only.' })
  driverFailure(): string {
    throw new Error('duplicate key value violates unique constraint "user_email_unique" at INSERT INTO "user" …');
  }

  @Query(() => String, { description: 'Test-only.' })
  databaseDown(): string {
    // What pg gives knex when nothing listens on the database's port.
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), {
      code: 'ECONNREFUSED',
      syscall: 'connect',
    });
  }

  @Query(() => String, { description: 'Test-only.' })
  fieldsFailure(): string {
    throw new ValidationFailedError([{ path: 'input.slug', message: 'is reserved' }]);
  }

  @Query(() => String, { description: 'Test-only.' })
  validated(@Arg('input', () => ProbeInput) input: ProbeInput): string {
    return input.name;
  }
}

function createServer() {
  return buildBareSchema([FailingResolver]).then(
    (schema) =>
      new ApolloServer({
        schema,
        formatError: createErrorFormatter(),
        includeStacktraceInErrorResponses: false,
        plugins: [serviceUnavailablePlugin()],
      }),
  );
}

async function errorsOf(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors ?? [];
}

describe('the error formatter', () => {
  let server: ApolloServer;
  beforeAll(async () => {
    server = await createServer();
  });
  afterAll(() => server.stop());

  it('passes a domain error’s code, message and extensions', async () => {
    const [error] = await errorsOf(server, '{ domainFailure }');
    expect(error?.message).toBe(ERROR_CODES.INVITATION_EXPIRED);
    expect(error?.extensions).toEqual({ code: 'INVITATION_EXPIRED', invitationId: 'inv-1' });
    expect(error?.path).toEqual(['domainFailure']);
  });

  it('masks anything unknown as INTERNAL_SERVER_ERROR, with no SQL, driver message, constraint or stack', async () => {
    const [error] = await errorsOf(server, '{ driverFailure }');
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error?.message).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR);
    expect(JSON.stringify(error)).not.toMatch(/duplicate|unique|constraint|INSERT|user_email|stack/i);
  });

  it('answers SERVICE_UNAVAILABLE with 503 and Retry-After when the database cannot be reached, without the driver’s words', async () => {
    const response = await server.executeOperation({ query: '{ databaseDown }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.http.status).toBe(503);
    expect(response.http.headers.get('retry-after')).toBe('5');
    const [error] = response.body.singleResult.errors ?? [];
    expect(error?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(error?.message).toBe(ERROR_CODES.SERVICE_UNAVAILABLE);
    expect(JSON.stringify(error)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect/);
    const other = await server.executeOperation({ query: '{ driverFailure }' });
    expect(other.http.status).toBeUndefined();
  });

  it('answers VALIDATION_FAILED with the path of every invalid field', async () => {
    const [error] = await errorsOf(server, 'query($input: ProbeInput!) { validated(input: $input) }', {
      input: { name: 'x', email: 'not-an-email' },
    });
    expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(error?.extensions?.fields).toEqual([
      { path: 'name', message: expect.stringContaining('longer than or equal to 2') },
      { path: 'email', message: expect.stringContaining('email') },
    ]);
    const [domain] = await errorsOf(server, '{ fieldsFailure }');
    expect(domain?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'input.slug', message: 'is reserved' }],
    });
  });

  it('answers VALIDATION_FAILED for variables of the wrong type', async () => {
    const [error] = await errorsOf(server, 'query($input: ProbeInput!) { validated(input: $input) }', {
      input: { name: 12 },
    });
    expect(error?.extensions).toEqual({ code: 'VALIDATION_FAILED' });
  });

  it('keeps Apollo’s codes for malformed documents', async () => {
    expect((await errorsOf(server, '{ nope'))[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect((await errorsOf(server, '{ nope }'))[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
