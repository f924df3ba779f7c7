import { Migration } from '@mikro-orm/migrations';

/**
 * A usage event may name the model that produced it (an AI model label, such as `gpt-4o`), and the
 * hourly rollups keep it as a dimension, so costs can be read per model without scanning events.
 * Rollups of events without a model keep an empty label; queries sum across labels as before.
 */
export class Migration20261203040000_usage_models extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table usage_event add column model text,
        add constraint usage_event_model_check check (char_length(model) >= 1 and char_length(model) <= 100);`);
    this.addSql(`
      alter table usage_rollup add column model text not null default '',
        drop constraint usage_rollup_pkey,
        add constraint usage_rollup_pkey primary key (org_id, scope, scope_id, meter, hour, model);`);
  }

  override async down(): Promise<void> {
    // Each labelled hour folds into the unlabelled one.
    this.addSql(`
      insert into usage_rollup (org_id, scope, scope_id, meter, hour, model, quantity, credits, events)
      select org_id, scope, scope_id, meter, hour, '', sum(quantity), sum(credits), sum(events)
        from usage_rollup where model <> '' group by 1, 2, 3, 4, 5
      on conflict (org_id, scope, scope_id, meter, hour, model) do update
        set quantity = usage_rollup.quantity + excluded.quantity, credits = usage_rollup.credits + excluded.credits,
            events = usage_rollup.events + excluded.events;`);
    this.addSql(`
      delete from usage_rollup where model <> '';
      alter table usage_rollup drop constraint usage_rollup_pkey, drop column model,
        add constraint usage_rollup_pkey primary key (org_id, scope, scope_id, meter, hour);`);
    this.addSql('alter table usage_event drop column model;');
  }
}
