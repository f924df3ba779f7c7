import { IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import { auditActorOf, type Context } from '../../graphql/context.ts';
import { SubscriptionService } from './subscription.service.ts';
import { Outbox } from '../mail/mail.service.ts';
import { UsageAlertService, type AlertMail, type UsageAlertState } from './usage-alert.service.ts';
import {
  CreateUsageAlertInput,
  CreateUsageAlertPayload,
  DeleteUsageAlertInput,
  DeleteUsageAlertPayload,
  UpdateUsageAlertInput,
  UpdateUsageAlertPayload,
  UsageAlert,
  UsageAlertTriggerConnection,
  type UsageAlertSettingsInput,
} from './usage-alert.types.ts';

function toUsageAlert(row: UsageAlertState): UsageAlert {
  return {
    id: row.id,
    meter: row.meter,
    kind: row.kind,
    threshold: row.threshold,
    notifyByEmail: row.notify_email,
    notifyByWebhook: row.notify_webhook,
    throttle: row.throttle,
    currentValue: row.value,
    thresholdValue: row.threshold_value,
    crossed: row.value >= row.threshold_value,
    lastTriggeredAt: row.last_fired_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const settings = (input: UsageAlertSettingsInput) => ({
  meter: input.meter ?? null,
  kind: input.kind,
  threshold: input.threshold,
  notifyEmail: input.notifyByEmail,
  notifyWebhook: input.notifyByWebhook,
  throttle: input.throttle,
});

@ArgsType()
class UsageAlertTriggersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this alert’s triggers.' })
  @IsUUID()
  alertId?: string | null;
}

/** Where the alert emails of this request go: its own outbox, dispatched once it commits. */
export function alertMail(context: Context): AlertMail {
  return {
    outbox: new Outbox(context.services.secrets.dataEncryptionKey),
    publicUrl: context.services.config.publicUrl,
  };
}

/** The organization's plan, which resolves percentage thresholds. */
async function planOf(context: Context) {
  return (await new SubscriptionService(context.em).current(context.tenant!.orgId)).plan;
}

@Resolver()
export class UsageAlertResolver {
  @Query(() => [UsageAlert], {
    description: 'The organization’s usage alerts, oldest first, with what each counts so far this period.',
  })
  async usageAlerts(@Ctx() context: Context): Promise<UsageAlert[]> {
    const alerts = await new UsageAlertService(context.em).list(context.tenant!.orgId, await planOf(context));
    return alerts.map(toUsageAlert);
  }

  @Query(() => UsageAlertTriggerConnection, {
    description: 'When usage alerts fired, newest first: all of the organization’s, or one alert’s.',
  })
  async usageAlertTriggers(
    @Args(() => UsageAlertTriggersArgs) args: UsageAlertTriggersArgs,
    @Ctx() context: Context,
  ): Promise<UsageAlertTriggerConnection> {
    const page = await new UsageAlertService(context.em).history(context.tenant!.orgId, args.alertId ?? null, args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          id: node.id,
          alertId: node.alert_id,
          meter: node.meter,
          kind: node.kind,
          periodStart: node.period_starts_at,
          value: Number(node.value),
          thresholdValue: Number(node.threshold_value),
          triggeredAt: node.created_at,
        },
      })),
    };
  }

  @Mutation(() => CreateUsageAlertPayload, {
    nullable: true,
    description: 'Adds a usage alert (at most 25 per organization).',
  })
  async createUsageAlert(
    @Arg('input', () => CreateUsageAlertInput) input: CreateUsageAlertInput,
    @Ctx() context: Context,
  ): Promise<CreateUsageAlertPayload> {
    const mail = alertMail(context);
    const alert = await new UsageAlertService(context.em).create(
      context.tenant!.orgId,
      auditActorOf(context),
      await planOf(context),
      settings(input),
      mail,
    );
    await mail.outbox.dispatch(context.services.queue, context.em);
    return { alert: toUsageAlert(alert) };
  }

  @Mutation(() => UpdateUsageAlertPayload, {
    nullable: true,
    description: 'Changes a usage alert; a changed meter, kind or threshold may fire again this period.',
  })
  async updateUsageAlert(
    @Arg('input', () => UpdateUsageAlertInput) input: UpdateUsageAlertInput,
    @Ctx() context: Context,
  ): Promise<UpdateUsageAlertPayload> {
    const mail = alertMail(context);
    const alert = await new UsageAlertService(context.em).update(
      context.tenant!.orgId,
      auditActorOf(context),
      await planOf(context),
      input.alertId,
      settings(input),
      mail,
    );
    await mail.outbox.dispatch(context.services.queue, context.em);
    return { alert: toUsageAlert(alert) };
  }

  @Mutation(() => DeleteUsageAlertPayload, { nullable: true, description: 'Deletes a usage alert and its history.' })
  async deleteUsageAlert(
    @Arg('input', () => DeleteUsageAlertInput) input: DeleteUsageAlertInput,
    @Ctx() context: Context,
  ): Promise<DeleteUsageAlertPayload> {
    const deletedAlertId = await new UsageAlertService(context.em).delete(
      context.tenant!.orgId,
      auditActorOf(context),
      input.alertId,
    );
    return { deletedAlertId };
  }
}
