import { defineModule } from '../module.ts';
import { AuditResolver } from './audit.resolver.ts';
import { auditRules } from './audit.rules.ts';
import { AuditEvent } from './audit-event.entity.ts';

/** The audit trail of every change of tenant state. */
export const auditModule = defineModule({
  name: 'audit',
  resolvers: [AuditResolver],
  rules: auditRules,
  entities: [AuditEvent],
});
