import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldError } from '@orgplane/schema';
import { DomainError } from '../domain-error.ts';

/**
 * argon2id at the OWASP recommendation (19 MiB, 2 iterations, 1 lane). @node-rs/argon2 runs on
 * libuv's thread pool, off the event loop.
 */
// `algorithm: 2` is Argon2id (a const enum in the typings, which isolated modules cannot read).
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PHC_PARAMETERS = `m=${PARAMETERS.memoryCost},t=${PARAMETERS.timeCost},p=${PARAMETERS.parallelism}`;

const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 128;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary['passwords-common'] as string[]).filter((word) => word.length >= PASSWORD_MIN_LENGTH),
);

/** How long a caller refused by a full hashing queue is asked to wait (`Retry-After`). */
const HASHING_RETRY_AFTER_SECONDS = 1;

/**
 * Bounds password hashing in this process. libuv's thread pool (4 threads by default) is shared
 * with everything else asynchronous in Node, so a flood of sign-ins would otherwise take every
 * thread and stall unrelated requests: at most `concurrency` hashes run at once, at most
 * `maxWaiting` more wait, and anything beyond that is refused at once with RATE_LIMITED (HTTP 429
 * with Retry-After). One per process, as the thread pool is.
 */
class HashingQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    public concurrency: number,
    public maxWaiting: number,
  ) {}

  /** Refuses with RATE_LIMITED if a hash would not even find a place to wait now. */
  requireRoom(): void {
    if (this.running >= this.concurrency && this.waiting.length >= this.maxWaiting) throw busy();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      this.requireRoom();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

function busy(): DomainError {
  return new DomainError('RATE_LIMITED', { extensions: { retryAfter: HASHING_RETRY_AFTER_SECONDS } });
}

const queue = new HashingQueue(1, 32);

/** Sets this process's hashing bounds (from configuration, at start). */
export function configurePasswordHashing(options: { concurrency: number; maxWaiting: number }): void {
  queue.concurrency = options.concurrency;
  queue.maxWaiting = options.maxWaiting;
}

/**
 * Refuses with RATE_LIMITED when the hashing queue is full, before an attempt is counted against
 * an account: a flood must not use up the real user's attempts with guesses it never checked.
 */
export function requireHashingRoom(): void {
  queue.requireRoom();
}

export function hashPassword(password: string): Promise<string> {
  return queue.run(() => hash(password, PARAMETERS));
}

/** Whether `password` matches `passwordHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return queue.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

/** Whether a stored hash was made with other parameters than today's and should be redone. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith('$argon2id$v=19$') || !passwordHash.includes(`$${PHC_PARAMETERS}$`);
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown account answers as slowly as a known one. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that matches nothing');
  // A failed first hash (a full queue) is not remembered.
  dummyHash.catch(() => (dummyHash = undefined));
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
