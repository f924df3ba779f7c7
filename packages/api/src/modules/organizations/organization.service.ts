import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enterTenant } from '../../database/tenant.ts';
import { randomToken } from '../../security/crypto.ts';
import { type User } from '../users/user.entity.ts';
import { Membership } from './membership.entity.ts';
import { RESERVED_SLUGS, looksLikeId, slugBase } from '@orgplane/schema';
import { Organization } from './organization.entity.ts';

/** A slug that is free now: the base, else the base with a short random suffix. */
async function freeSlug(em: EntityManager, name: string): Promise<string> {
  const plain = slugBase(name);
  // A reserved word never stands alone.
  const base = RESERVED_SLUGS.has(plain) ? `${plain}-org` : plain;
  // A random suffix could complete 32 hex digits; such a candidate is never offered.
  const candidates = [base, ...Array.from({ length: 4 }, () => `${base}-${suffix()}`)].filter(
    (candidate) => !looksLikeId(candidate),
  );
  const taken = new Set(
    (await em.find(Organization, { slug: { $in: candidates } }, { fields: ['slug'] })).map((org) => org.slug),
  );
  return candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${suffix()}${suffix()}`;
}

function suffix(): string {
  return randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 5)
    .padEnd(5, '0');
}

/**
 * Creates an organization with `owner` as its active owner, inside the caller's transaction,
 * and enters it for the rest of that transaction.
 * A slug taken concurrently surfaces as UniqueConstraintViolationException; callers retry.
 */
export async function createOrganization(
  em: EntityManager,
  name: string,
  owner: User,
  slug?: string,
): Promise<Organization> {
  const id = randomUUID();
  // The rest of the transaction acts in the new organization (its rows are written under RLS).
  await enterTenant(em, id);
  const organization = em.create(Organization, { id, name, slug: slug ?? (await freeSlug(em, name)) });
  em.create(Membership, { organization, user: owner, role: 'owner', status: 'active' });
  await em.flush();
  return organization;
}

/**
 * Whether `error` is PostgreSQL refusing an organization slug that another transaction took
 * first (a unique violation on the slug, through the unit of work or raw SQL).
 */
export function isSlugViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException && /slug/.test(error.message);
}

/** Runs `work` in a transaction, once more if a unique slug was taken at the same moment. */
export async function withSlugRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isSlugViolation(error) || attempt >= attempts) throw error;
    }
  }
}
