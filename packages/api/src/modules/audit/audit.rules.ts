import { can, parentGuarded, type RuleMap } from '../../graphql/authorization.ts';

export const auditRules: RuleMap = {
  Query: { auditEvents: can('audit.read') },
  AuditEvent: { '*': parentGuarded },
  AuditEventConnection: { '*': parentGuarded },
  AuditEventEdge: { '*': parentGuarded },
};
