import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { listAuditEvents } from './audit.service.ts';
import { AuditEventConnection } from './audit.types.ts';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The current organization’s audit trail, newest first.' })
  async auditEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, tenant }: Context,
  ): Promise<AuditEventConnection> {
    return listAuditEvents(em, tenant!.orgId, page);
  }
}
