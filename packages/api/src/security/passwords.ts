import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldError } from '@orgplane/schema';

/**
 * argon2id at the OWASP recommendation (19 MiB, 2 iterations, 1 lane). @node-rs/argon2 runs on
 * libuv's thread pool, off the event loop.
 */
// `algorithm: 2` is Argon2id (a const enum in the typings, which isolated modules cannot read).
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PHC_PARAMETERS = `m=${PARAMETERS.memoryCost},t=${PARAMETERS.timeCost},p=${PARAMETERS.parallelism}`;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary['passwords-common'] as string[]).filter((word) => word.length >= PASSWORD_MIN_LENGTH),
);

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/** Whether `password` matches `passwordHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with other parameters than today's and should be redone. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith('$argon2id$v=19$') || !passwordHash.includes(`$${PHC_PARAMETERS}$`);
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown account answers as slowly as a known one. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that matches nothing');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Problems with a new password: length 10–128, not the email, not a common password. */
export function passwordProblems(password: string, email: string, path = 'password'): FieldError[] {
  const problems: FieldError[] = [];
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    problems.push({
      path,
      message: `must be between ${PASSWORD_MIN_LENGTH} and ${PASSWORD_MAX_LENGTH} characters`,
    });
  }
  const lowered = password.toLowerCase();
  const [localPart] = email.split('@');
  if (lowered === email || (localPart && localPart.length >= 4 && lowered === localPart)) {
    problems.push({ path, message: 'must not be your email address' });
  }
  if (COMMON_PASSWORDS.has(lowered)) problems.push({ path, message: 'is too common; choose a less guessable one' });
  return problems;
}
