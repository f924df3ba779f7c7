/**
 * The parent side of the bench's child processes: each target server and the load generator is
 * a process of its own (`node --import tsx`, or plain `node` for a built file); the parent reads their CPU time and memory from
 * /proc and talks to them over IPC (targets/child.ts).
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** A running child: its pid, the URL it serves (if any) and how long it took to announce it. */
export interface BenchProcess {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  /** Milliseconds from spawn to the child's `ready` message. */
  readonly readyMs: number;
  readonly spawnedAt: number;
  /** Sends a command and resolves with the child's answer. */
  call<T>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** User plus system CPU time of the whole process (every thread) so far, in milliseconds. */
  cpuMs(): number;
  /** Resident set size now, in MiB. */
  rssMiB(): number;
  /** SIGTERM, then SIGKILL after 15 s; resolves once it has exited. */
  stop(): Promise<void>;
}

type Message = { type: 'ready'; url: string | null } | { type: 'reply'; id: number; value?: unknown; error?: string };

/**
 * Starts `targets/<file>` (TypeScript, run by tsx) or, given an absolute path to a built `.js`
 * file, that file on plain node; with `env` added to this process's environment and `nodeFlags`
 * given to node.
 */
export async function startProcess(
  name: string,
  file: string,
  env: Record<string, string>,
  nodeFlags: readonly string[] = [],
): Promise<BenchProcess> {
  const spawnedAt = performance.now();
  const built = path.isAbsolute(file);
  const child: ChildProcess = fork(built ? file : fileURLToPath(new URL(`targets/${file}`, import.meta.url)), [], {
    execArgv: [...(built ? [] : ['--import', import.meta.resolve('tsx')]), ...nodeFlags],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${name} exited (${code ?? signal})`));
    pending.clear();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`${name} exited before it was ready (${code ?? signal})`)));
    child.on('message', (message: Message) => {
      if (message.type === 'ready') resolve(message.url ?? '');
      else {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) waiter?.reject(new Error(`${name}: ${message.error}`));
        else waiter?.resolve(message.value);
      }
    });
  });
  const readyMs = performance.now() - spawnedAt;
  const pid = child.pid!;
  return {
    name,
    pid,
    url,
    readyMs,
    spawnedAt,
    call: <T>(command: string, args: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command, ...args });
      }),
    cpuMs: () => {
      // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    },
    rssMiB: () => {
      const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Math.round(Number(kib) / 1024);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
