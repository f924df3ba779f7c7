import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.ts';

/** The server's own secrets: JWT signing keys and the data encryption key. */
export interface ServerSecrets {
  readonly signingKey: Readonly<{ keyId: string; privateKeyPem: string }>;
  readonly previousVerificationKey: Readonly<{ keyId: string; publicKeyPem: string }> | null;
  readonly dataEncryptionKey: Buffer;
}

const storedSecrets = z.object({
  signingKey: z.object({ keyId: z.string(), privateKeyPem: z.string() }),
  dataEncryptionKey: z.string(),
});

/**
 * Secrets from configuration where given; otherwise generated on first start and kept in
 * DATA_DIR/secrets.json (mode 0600), so tokens and encrypted data survive restarts in
 * development. Production refuses to start without configured secrets (config.ts).
 */
export async function loadServerSecrets(config: Config): Promise<ServerSecrets> {
  const configured = config.jwt.current && config.dataEncryptionKey;
  const stored = configured ? null : await readOrCreateStored(path.join(config.dataDir, 'secrets.json'));
  return {
    signingKey: config.jwt.current ?? stored!.signingKey,
    previousVerificationKey: config.jwt.previous,
    dataEncryptionKey: config.dataEncryptionKey ?? Buffer.from(stored!.dataEncryptionKey, 'base64'),
  };
}

async function readOrCreateStored(file: string): Promise<z.infer<typeof storedSecrets>> {
  try {
    return storedSecrets.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`Unreadable secrets file ${file}`);
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const secrets = {
    signingKey: {
      keyId: `k${Date.now().toString(36)}`,
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
    dataEncryptionKey: randomBytes(32).toString('base64'),
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' }).catch(async (error) => {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  return storedSecrets.parse(JSON.parse(await readFile(file, 'utf8')));
}
