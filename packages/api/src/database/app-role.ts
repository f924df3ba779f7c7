import { createHmac } from 'node:crypto';
import pg from 'pg';

/**
 * The database role requests run as. Migrations and jobs connect as the owner of the schema (the
 * `DATABASE_URL` user); every request connects as this role instead, which is not a superuser,
 * has no BYPASSRLS and owns no table, so the row-level security policies always apply to it.
 */
export interface AppRole {
  /** The connection URL for the application role. */
  readonly url: string;
  readonly name: string;
}

/**
 * Creates (or updates) the application role of the database at `ownerUrl` and grants it plain
 * data access to the public schema, nothing more (no migrations table, no job queue schema). Its
 * name follows the database (`<database>_app`) and its password is derived from the owner's, so
 * every API process on the same database arrives at the same role without sharing any state.
 * Runs at every start, after migrations, so tables added since are granted too. Needs an owner
 * that may create roles; otherwise configure `DATABASE_APP_URL` with a role made by hand.
 */
export async function provisionAppRole(ownerUrl: string): Promise<AppRole> {
  const url = new URL(ownerUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const name = appRoleName(database);
  const password = createHmac('sha256', decodeURIComponent(url.password) || database)
    .update(`orgplane application role ${name}`)
    .digest('base64url');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(name);
    await client.query('begin');
    // Two processes starting at once: one creates, the other waits and finds it.
    await client.query(`select pg_advisory_xact_lock(hashtext('orgplane application role'))`);
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [name]);
    const attributes = `login nosuperuser nobypassrls nocreatedb nocreaterole noinherit password ${client.escapeLiteral(password)}`;
    await client.query(rowCount ? `alter role ${role} with ${attributes}` : `create role ${role} with ${attributes}`);
    await client.query(`grant connect on database ${client.escapeIdentifier(database)} to ${role}`);
    await client.query(`grant usage on schema public to ${role}`);
    await client.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await client.query(`grant usage, select on all sequences in schema public to ${role}`);
    await client.query(`revoke all on table mikro_orm_migrations from ${role}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  url.username = encodeURIComponent(name);
  url.password = encodeURIComponent(password);
  return { url: url.toString(), name };
}

/** `<database>_app`, shortened to PostgreSQL's 63-byte identifier limit when needed. */
function appRoleName(database: string): string {
  const name = `${database}_app`;
  if (Buffer.byteLength(name) <= 63) return name;
  const digest = createHmac('sha256', 'role').update(database).digest('hex').slice(0, 8);
  return `${database.slice(0, 50)}_${digest}_app`;
}

/**
 * Refuses to serve requests through a role that row-level security would not bind: a superuser,
 * a BYPASSRLS role, or the owner of any table in the public schema (owners skip policies unless
 * forced, and may alter them).
 */
export async function assertBoundByRowLevelSecurity(
  query: (text: string) => Promise<Array<Record<string, unknown>>>,
): Promise<void> {
  const [role] = await query(
    `select current_user as name, r.rolsuper as superuser, r.rolbypassrls as bypass,
            (select count(*)::int from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owned
       from pg_roles r where r.rolname = current_user`,
  );
  if (!role || role.superuser || role.bypass || Number(role.owned) > 0) {
    throw new Error(
      `The application database role ${String(role?.name)} bypasses row-level security (superuser, BYPASSRLS or a table owner); use a plain role (see DATABASE_APP_URL).`,
    );
  }
}
