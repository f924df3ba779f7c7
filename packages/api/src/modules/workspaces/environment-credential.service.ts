import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '../../domain-error.ts';
import { encryptSecret, keyedHash } from '../../security/crypto.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { Environment } from './environment.entity.ts';
import { EnvironmentService, type EnvironmentRow } from './environment.service.ts';
import type { WorkspaceReader } from './workspace.service.ts';

const MAX_CREDENTIALS = 16_384;

/**
 * Environment cloud credentials, write-only: sealed with AES-256-GCM under the data key, and only
 * a keyed fingerprint and the time of the change are ever read back.
 */
export class EnvironmentCredentialService {
  private readonly environments: EnvironmentService;

  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    reader: WorkspaceReader,
  ) {
    this.environments = new EnvironmentService(em, reader);
  }

  /** Stores new credentials sealed; the audit trail records only that they changed and their fingerprint. */
  async setCredentials(orgId: string, actor: AuditActor, id: string, credentials: string): Promise<EnvironmentRow> {
    if (credentials.trim().length === 0 || credentials.length > MAX_CREDENTIALS) {
      throw new ValidationFailedError([{ path: 'credentials', message: `must be 1 to ${MAX_CREDENTIALS} characters` }]);
    }
    const key = this.services.secrets.dataEncryptionKey;
    const fingerprint = `sha256:${keyedHash(key, credentials).toString('hex').slice(0, 16)}`;
    return this.em.transactional(async (em) => {
      const before = await this.environments.getEnvironment(orgId, id, em);
      await em.nativeUpdate(
        Environment,
        { orgId, id },
        {
          credentialsSealed: encryptSecret(key, credentials),
          credentialsFingerprint: fingerprint,
          credentialsUpdatedAt: raw('now()'),
        },
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.credentials_set',
        targetType: 'environment',
        targetId: id,
        before: { fingerprint: before.credentials_fingerprint },
        after: { fingerprint },
      });
      return this.environments.getEnvironment(orgId, id, em);
    });
  }

  async clearCredentials(orgId: string, actor: AuditActor, id: string): Promise<EnvironmentRow> {
    return this.em.transactional(async (em) => {
      const before = await this.environments.getEnvironment(orgId, id, em);
      await em.nativeUpdate(
        Environment,
        { orgId, id },
        { credentialsSealed: null, credentialsFingerprint: null, credentialsUpdatedAt: raw('now()') },
      );
      await recordAudit(em, actor, {
        orgId,
        action: 'environment.credentials_cleared',
        targetType: 'environment',
        targetId: id,
        before: { fingerprint: before.credentials_fingerprint },
        after: { fingerprint: null },
      });
      return this.environments.getEnvironment(orgId, id, em);
    });
  }
}
