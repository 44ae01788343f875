/**
 * `tongban dev` as authors run it, for the end-to-end tests and the benchmark's twin: the built command in a
 * child process on a folder of its own, its address read from what it prints, stopped with SIGINT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from './built.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

export interface DevProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Sends SIGINT and resolves to the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

/** Starts `tongban dev <args>` in `cwd` and resolves once it prints its address. */
export async function startDevProcess(cwd: string, args: readonly string[]): Promise<DevProcess> {
  ensureBuilt([CLI, join(ROOT, 'dist', 'dev', 'client.js')]);
  const child = spawn(process.execPath, [CLI, 'dev', ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', TONGBAN_LANG: 'zh' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (found) resolve(found[0]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((code) => reject(new Error(`tongban dev exited with ${code}:\n${printed}`)));
  });
  return {
    url,
    child,
    output: () => printed,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
