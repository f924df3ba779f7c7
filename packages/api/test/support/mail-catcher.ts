import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** One received email, parsed. */
export interface CaughtMail {
  readonly to: string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A real SMTP server on loopback that keeps what it receives, for tests. */
export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>`, for the API's SMTP_URL. */
  readonly url: string;
  readonly received: readonly CaughtMail[];
  /**
   * Resolves with the first received mail matching `match`, woken by each mail that arrives;
   * `timeoutMs` is only a ceiling (generous: the outbox delivers one mail after another, slower on
   * a loaded machine).
   */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  /** Refuses (451) every delivery while down, as an unreachable server would. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/** The first http(s) link in a mail's text that contains `fragment`. */
export function linkIn(mail: CaughtMail, fragment: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((candidate) => candidate.includes(fragment));
  if (!link) throw new Error(`No link with ${fragment} in:\n${mail.text}`);
  return link;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const received: CaughtMail[] = [];
  const waiters = new Set<() => void>();
  let down = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (down) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        PostalMime.parse(Buffer.concat(chunks)).then(
          (email) => {
            received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: email.subject ?? '',
              text: email.text ?? '',
              html: email.html ?? '',
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setDown: (value) => {
      down = value;
    },
    async waitFor(match, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`No matching mail within ${timeoutMs} ms (received ${received.length}).`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, remaining);
          waiters.add(wake);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
