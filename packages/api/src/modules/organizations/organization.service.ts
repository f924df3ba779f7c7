import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageByCreation, type CreationKeyed } from '../../database/keyset.ts';
import { enterTenant } from '../../database/tenant.ts';
import { DomainError, ValidationFailedError } from '../../domain-error.ts';
import { requireName } from '../../graphql/names.ts';
import { randomToken } from '../../security/crypto.ts';
import { recordAudit, type Actor } from '../audit/audit.service.ts';
import { startTrial, type TrialSettings } from '../billing/subscription.service.ts';
import { User } from '../users/user.entity.ts';
import { Membership } from './membership.entity.ts';
import { RESERVED_SLUGS, looksLikeId, slugBase, slugProblems, type RoleId } from '@orgplane/schema';
import { Organization, type OrganizationStatus } from './organization.entity.ts';

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
 * Creates an organization with `owner` as its active owner and a trial subscription, inside the
 * caller's transaction, and enters it for the rest of that transaction.
 * A slug taken concurrently surfaces as UniqueConstraintViolationException; callers retry.
 */
export async function createOrganization(
  em: EntityManager,
  name: string,
  owner: User,
  trial: TrialSettings,
  slug?: string,
): Promise<Organization> {
  const id = randomUUID();
  // The rest of the transaction acts in the new organization (its rows are written under RLS).
  await enterTenant(em, id);
  const organization = em.create(Organization, { id, name, slug: slug ?? (await freeSlug(em, name)) });
  em.create(Membership, { organization, user: owner, role: 'owner', status: 'active' });
  startTrial(em, id, trial);
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

/** SLUG_TAKEN (with a suggestion) unless `slug` is free now. */
export async function requireFreeSlug(em: EntityManager, slug: string): Promise<void> {
  if (await em.count(Organization, { slug })) throw await slugTaken(em, slug);
}

/** SLUG_TAKEN for `slug`, with a free suggestion when one is found. */
export async function slugTaken(em: EntityManager, slug: string): Promise<DomainError> {
  const base = slugBase(slug);
  for (let attempt = 2; attempt < 50; attempt++) {
    const suggestion = `${base}-${attempt}`;
    const used = await em.count(Organization, { slug: suggestion });
    if (!used && slugProblems(suggestion).length === 0) {
      return new DomainError('SLUG_TAKEN', {
        extensions: { suggestion, fields: [{ path: 'slug', message: 'is taken' }] },
      });
    }
  }
  return new DomainError('SLUG_TAKEN', { extensions: { fields: [{ path: 'slug', message: 'is taken' }] } });
}

/** Creation of organizations. */
export class OrganizationService {
  constructor(
    private readonly em: EntityManager,
    private readonly trial: TrialSettings,
  ) {}

  /** A new organization owned by the caller; the slug is checked, or made from the name. */
  async create(actor: Actor, input: { name: string; slug?: string | null }): Promise<Organization> {
    const name = requireName(input.name);
    const slug = input.slug?.trim().toLowerCase() || null;
    if (slug) {
      const problems = slugProblems(slug);
      if (problems.length) throw new ValidationFailedError(problems);
      await requireFreeSlug(this.em, slug);
    }
    try {
      // A slug made from the name is made again if taken meanwhile; a chosen one is the caller's to change.
      return await withSlugRetry(
        () =>
          this.em.transactional(async (em) => {
            const user = await em.findOneOrFail(User, actor.userId);
            const organization = await createOrganization(em, name, user, this.trial, slug ?? undefined);
            await recordAudit(em, actor, {
              orgId: organization.id,
              action: 'organization.created',
              targetType: 'organization',
              targetId: organization.id,
              after: { name, slug: organization.slug },
            });
            return organization;
          }),
        slug ? 1 : 3,
      );
    } catch (error) {
      // Another request took the chosen slug between the check above and the insert.
      if (slug && isSlugViolation(error)) throw await slugTaken(this.em, slug);
      throw error;
    }
  }
}

/** One of a user's organizations, as their organization list shows it. */
export interface UserOrganizationRecord {
  membershipId: string;
  role: RoleId;
  isDefault: boolean;
  organization: { id: string; name: string; slug: string; status: OrganizationStatus };
}

/** A page of the organizations `userId` is an active member of (archived ones left out), oldest membership first. */
export function listUserOrganizations(
  em: EntityManager,
  userId: string,
  page: { first: number; after?: string | null },
) {
  return pageByCreation<
    CreationKeyed & {
      membership_id: string;
      role: RoleId;
      name: string;
      slug: string;
      status: OrganizationStatus;
      is_default: boolean;
    },
    UserOrganizationRecord
  >(
    em,
    {
      select: `select m.id as membership_id, m.role, m.created_at::text as created_key, o.id as key,
                      o.name, o.slug, o.status, coalesce(u.default_org_id = o.id, false) as is_default
                 from membership m
                 join organization o on o.id = m.org_id
                 join app_user u on u.id = m.user_id`,
      where: `m.user_id = ? and m.status = 'active' and o.status <> 'archived'`,
      params: [userId],
      alias: 'm',
      key: 'org_id',
      direction: 'asc',
    },
    page,
    (row) => ({
      membershipId: row.membership_id,
      role: row.role,
      isDefault: row.is_default,
      organization: { id: row.key, name: row.name, slug: row.slug, status: row.status },
    }),
  );
}
