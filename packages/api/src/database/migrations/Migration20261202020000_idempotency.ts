import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys for mutations: per caller and organization (`scope`), the hash of the request
 * that claimed the key and, once it finished, its answer sealed with the data key (answers can
 * carry secrets, such as a new API key's).
 */
export class Migration20261202020000_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table idempotency_key (
        scope text not null,
        key text not null check (char_length(key) between 1 and 255),
        request_hash bytea not null,
        state text not null check (state in ('running', 'completed')),
        locked_until timestamptz not null,
        response_sealed text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        primary key (scope, key),
        check ((state = 'completed') = (response_sealed is not null))
      );`);
    this.addSql(`create index idempotency_key_by_expiry on idempotency_key (expires_at);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table idempotency_key;');
  }
}
