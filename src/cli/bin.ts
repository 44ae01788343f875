import module from 'node:module';
import { run } from './run.js';

// The executable is only this shim: everything else is `run(argv, io)`, which tests drive directly.

// Node 22.1 and later can keep the compiled code of the command chunks on disk between runs (in the system's
// temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Node 20 has no such cache: skip it there.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`tongban cases … | head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// `run` never throws; should a bug slip through anyway, say so in one line rather than with a stack trace.
const fail = (error: unknown) => {
  process.stderr.write(
    `tongban: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(70);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

// Once the work is done (the event loop is empty, so every write has been flushed), leave at once: Node's
// orderly teardown of the heap a `validate` builds takes longer than starting Node itself (about 100 ms).
// `beforeExit` never comes while a command still waits on something (a server, a watcher, a prompt).
process.once('beforeExit', (code) => process.exit(code));

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  cwd: process.cwd(),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
