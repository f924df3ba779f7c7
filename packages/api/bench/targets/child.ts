/**
 * The child side of a bench process: announces where it listens, answers the parent's commands
 * over IPC and stops on SIGTERM. Every target and the load generator run in a process of their
 * own, so no two of them share an event loop.
 */

/** A command from the parent; `command` names the handler, the rest are its arguments. */
export interface Command {
  readonly id: number;
  readonly command: string;
  readonly [argument: string]: unknown;
}

type Handler = (command: Command) => unknown;

/**
 * Tells the parent the child is ready (with its URL, if it serves one), answers each command
 * with its handler's value (or its error's message), and runs `stop` then exits on SIGTERM or
 * when the parent goes away. A child that fails to start just throws: its stderr is the parent's,
 * and the parent reports an exit before `ready`.
 */
export function serve(url: string | null, handlers: Record<string, Handler>, stop: () => Promise<void>): void {
  process.on('message', (message: Command) => {
    const handler = handlers[message.command];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${message.command}`);
        return handler(message);
      })
      .then(
        (value) => process.send?.({ type: 'reply', id: message.id, value: value ?? null }),
        (error: unknown) => process.send?.({ type: 'reply', id: message.id, error: String(error) }),
      );
  });
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('disconnect', shutdown);
  process.send?.({ type: 'ready', url });
}

/** An environment variable the parent must set. */
export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
