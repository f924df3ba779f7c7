import { startApiProcess, type ApiProcess } from './api-process.ts';
import { startTestApi, testDataDir, type TestApi } from './api.ts';
import { as, signUpUser } from './identity.ts';

/**
 * The real API twice on one database: in this process, and as a second process that runs no
 * jobs unless `secondEnv` says `JOBS_ENABLED: 'true'` (`secondEnv` is added to its environment). Both share the secrets directory, and a request through the second proves it accepts the
 * first's tokens — otherwise every request sent there would be a quiet UNAUTHENTICATED and
 * nothing would race.
 */
export async function startTwoApis(
  env: Record<string, string> = {},
  secondLogLevel = 'warn',
  secondEnv: Record<string, string> = {},
): Promise<{ first: TestApi; second: ApiProcess }> {
  const first = await startTestApi(env);
  const second = await startApiProcess({
    DATABASE_URL: first.databaseUrl,
    DATA_DIR: testDataDir,
    JOBS_ENABLED: 'false',
    LOG_LEVEL: secondLogLevel,
    ...secondEnv,
  });
  const someone = await signUpUser(first);
  const seen = await second.graphql('{ viewer { user { id } } }', {}, as(someone));
  if (seen.status !== 200 || seen.errors) {
    await second.stop();
    await first.stop();
    throw new Error(`The second process refuses the first's tokens: ${JSON.stringify(seen)}`);
  }
  return { first, second };
}

/** Stops both, printing the errors the second process logged first, so that a failed race says what went wrong. */
export async function stopTwoApis(first: TestApi | undefined, second: ApiProcess | undefined): Promise<void> {
  const errors = second
    ?.output()
    .split('\n')
    .filter((line) => line.includes('"level":50'));
  if (errors?.length) console.error(errors.join('\n'));
  await second?.stop();
  await first?.stop();
}
