import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/support/api.ts';
import { as, codes, signUpUser, type TestUser } from '../../../test/support/identity.ts';
import { addMember } from '../../../test/support/members.ts';

const CREATE =
  'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name slug } } }';
const RENAME =
  'mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { name slug } } }';
const UPDATE = `mutation($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) {
    organization {
      general { primaryDomain industry contactEmail billingEmail supportTier }
      branding { primaryColor secondaryColor accentColor fontFamily }
      security { requireMfa allowUserKeyOverride }
      banner { message variant dismissible updatedAt dismissedByViewer }
      tracing { mode sampleRate retentionDays }
    }
  }
}`;
const ORGANIZATION =
  '{ organization { id name slug status banner { message dismissedByViewer } security { requireMfa } } }';

function fieldsOf(response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) {
  return (response.errors?.[0]?.extensions?.fields as Array<{ path: string }> | undefined)?.map((field) => field.path);
}

describe('organizations', () => {
  let api: TestApi;
  let owner: TestUser;
  let admin: TestUser & { membershipId: string };
  let member: TestUser & { membershipId: string };
  beforeAll(async () => {
    api = await startTestApi({ DEV_MAILBOX: 'true' });
    owner = await signUpUser(api, { displayName: 'Org Settings' });
    admin = await addMember(api, owner, 'ADMIN');
    member = await addMember(api, owner, 'MEMBER');
  });
  afterAll(() => api.stop());

  it('creates an organization owned by the caller, with a checked slug and a suggestion on conflict', async () => {
    const created = await api.graphql<{ createOrganization: { organization: { id: string; slug: string } } }>(
      CREATE,
      { input: { name: 'Acme Robotics', slug: 'acme-robotics' } },
      as(member),
    );
    expect(created.data?.createOrganization.organization.slug).toBe('acme-robotics');
    const orgId = created.data!.createOrganization.organization.id;
    const mine = await api.graphql<{ viewer: { role: string } }>('{ viewer { role } }', {}, as(member, orgId));
    expect(mine.data?.viewer.role).toBe('OWNER');

    const taken = await api.graphql(CREATE, { input: { name: 'Another Acme', slug: 'acme-robotics' } }, as(admin));
    expect(codes(taken)).toEqual(['SLUG_TAKEN']);
    expect(taken.errors?.[0]?.extensions?.suggestion).toBe('acme-robotics-2');

    for (const slug of ['ab', 'Has Space', '-dash', 'admin', 'x'.repeat(49)]) {
      const bad = await api.graphql(CREATE, { input: { name: 'Bad Slug', slug } }, as(admin));
      expect(codes(bad), slug).toEqual(['VALIDATION_FAILED']);
      expect(fieldsOf(bad)).toEqual(['slug']);
    }
    const derived = await api.graphql<{ createOrganization: { organization: { slug: string } } }>(
      CREATE,
      { input: { name: 'Settings' } },
      as(admin),
    );
    expect(derived.data?.createOrganization.organization.slug).toBe('settings-org');
    expect(codes(await api.graphql(CREATE, { input: { name: 'Anonymous' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('renames and re-slugs for the owner only', async () => {
    const renamed = await api.graphql<{ renameOrganization: { organization: { name: string; slug: string } } }>(
      RENAME,
      { input: { name: 'Renamed Org', slug: 'renamed-org' } },
      as(owner, owner.orgId),
    );
    expect(renamed.data?.renameOrganization.organization).toEqual({ name: 'Renamed Org', slug: 'renamed-org' });
    // The tenant header follows the new slug.
    const bySlug = await api.graphql<{ organization: { id: string } }>(ORGANIZATION, {}, as(owner, 'renamed-org'));
    expect(bySlug.data?.organization.id).toBe(owner.orgId);
    expect(codes(await api.graphql(RENAME, { input: { name: 'Admin Wants' } }, as(admin, owner.orgId)))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('validates every settings section and changes nothing when one is invalid', async () => {
    const bad = await api.graphql(
      UPDATE,
      {
        input: {
          general: {
            primaryDomain: 'not a domain',
            industry: 'Robots',
            contactEmail: 'nope',
            billingEmail: null,
            supportTier: 'PREMIUM',
          },
          branding: {
            primaryColor: 'red',
            secondaryColor: '#12345G',
            accentColor: '#ABCDEF',
            fontFamily: 'Comic Sans',
          },
          tracing: { mode: 'SAMPLED', sampleRate: 1.5, retentionDays: 0 },
        },
      },
      as(admin, owner.orgId),
    );
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
    expect(fieldsOf(bad)).toEqual([
      'general.contactEmail',
      'general.primaryDomain',
      'branding.primaryColor',
      'branding.secondaryColor',
      'branding.fontFamily',
      'tracing.sampleRate',
      'tracing.retentionDays',
    ]);
    const [row] = await api.query<{ industry: string | null }>('select industry from organization where id = $1', [
      owner.orgId,
    ]);
    expect(row?.industry).toBeNull();
  });

  it('saves valid sections for admins and keeps the others as they were', async () => {
    const saved = await api.graphql<{ updateOrganizationSettings: { organization: Record<string, unknown> } }>(
      UPDATE,
      {
        input: {
          general: {
            primaryDomain: 'Example.COM',
            industry: ' Robotics ',
            contactEmail: 'Ops@Example.com',
            billingEmail: null,
            supportTier: 'PREMIUM',
          },
          branding: { primaryColor: '#1A2B3C', secondaryColor: null, accentColor: '#ff8800', fontFamily: 'Inter' },
          tracing: { mode: 'SAMPLED', sampleRate: 0.25, retentionDays: 14 },
        },
      },
      as(admin, owner.orgId),
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateOrganizationSettings.organization).toMatchObject({
      general: {
        primaryDomain: 'example.com',
        industry: 'Robotics',
        contactEmail: 'ops@example.com',
        billingEmail: null,
        supportTier: 'PREMIUM',
      },
      branding: { primaryColor: '#1a2b3c', secondaryColor: null, accentColor: '#ff8800', fontFamily: 'Inter' },
      security: { requireMfa: false, allowUserKeyOverride: false },
      tracing: { mode: 'SAMPLED', sampleRate: 0.25, retentionDays: 14 },
    });
    const audit = await api.query<{ action: string }>(
      "select action from audit_event where org_id = $1 and action = 'organization.settings_updated'",
      [owner.orgId],
    );
    expect(audit).toHaveLength(1);
    expect(
      codes(
        await api.graphql(
          UPDATE,
          { input: { tracing: { mode: 'NONE', sampleRate: 1, retentionDays: 30 } } },
          as(member, owner.orgId),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('shows a banner to every member until each dismisses it; a new message shows again', async () => {
    const post = (message: string) =>
      api.graphql(
        UPDATE,
        { input: { banner: { message, variant: 'WARNING', dismissible: true } } },
        as(admin, owner.orgId),
      );
    expect((await post('Maintenance on Sunday.')).errors).toBeUndefined();
    type Banner = { organization: { banner: { message: string; dismissedByViewer: boolean } } };
    const seen = await api.graphql<Banner>(ORGANIZATION, {}, as(member, owner.orgId));
    expect(seen.data?.organization.banner).toEqual({ message: 'Maintenance on Sunday.', dismissedByViewer: false });
    expect(
      (await api.graphql('mutation { dismissBanner { organization { id } } }', {}, as(member, owner.orgId))).errors,
    ).toBeUndefined();
    expect(
      (await api.graphql<Banner>(ORGANIZATION, {}, as(member, owner.orgId))).data?.organization.banner
        .dismissedByViewer,
    ).toBe(true);
    expect(
      (await api.graphql<Banner>(ORGANIZATION, {}, as(admin, owner.orgId))).data?.organization.banner.dismissedByViewer,
    ).toBe(false);
    await post('Maintenance moved to Monday.');
    expect(
      (await api.graphql<Banner>(ORGANIZATION, {}, as(member, owner.orgId))).data?.organization.banner
        .dismissedByViewer,
    ).toBe(false);
    const tooLong = await post('x'.repeat(501));
    expect(fieldsOf(tooLong)).toEqual(['banner.message']);
  });

  it('requires MFA of every member once the org turns it on, and lets them in after enrolling', async () => {
    const org = await signUpUser(api, { displayName: 'Strict Org' });
    const teammate = await addMember(api, org, 'MEMBER');
    const turnOn = () =>
      api.graphql(
        UPDATE,
        { input: { security: { requireMfa: true, allowUserKeyOverride: false } } },
        as(org, org.orgId),
      );
    // The owner must not lock themselves out.
    expect(fieldsOf(await turnOn())).toEqual(['security.requireMfa']);

    const enrol = async (user: TestUser) => {
      const begin = await api.graphql<{ beginTotpEnrollment: { secret: string } }>(
        'mutation($p: String!) { beginTotpEnrollment(input: { password: $p }) { secret } }',
        { p: user.password },
        as(user),
      );
      const code = new TOTP({ secret: Secret.fromBase32(begin.data!.beginTotpEnrollment.secret) }).generate();
      await api.graphql(
        'mutation($c: String!) { confirmTotpEnrollment(input: { code: $c }) { recoveryCodes } }',
        { c: code },
        as(user),
      );
    };
    await enrol(org);
    expect((await turnOn()).errors).toBeUndefined();

    const refused = await api.graphql(ORGANIZATION, {}, as(teammate, org.orgId));
    expect(codes(refused)).toEqual(['MFA_REQUIRED']);
    expect(refused.status).toBe(403);
    // Enrolling needs no tenant, and then the org opens.
    await enrol(teammate);
    expect((await api.graphql(ORGANIZATION, {}, as(teammate, org.orgId))).errors).toBeUndefined();
  });
});
