// The `soan` process: runSoan with this process's arguments, environment, working folder and
// streams. Loaded by soan.mjs (through tsx) or from dist/cli/soan.cjs, which set the exit code
// from what main() returns.
import { runSoan } from './runSoan';
import type { CliWriter } from './cliContext';

function writerTo(stream: NodeJS.WriteStream): CliWriter {
  return (text) => new Promise((resolve) => stream.write(text, () => resolve()));
}

export function main(argv: string[]): Promise<number> {
  // `soan check … | head`: the reader left; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // `soan server` runs until Ctrl+C or SIGTERM. Asked for only by it: a handler left on
  // SIGINT would keep Ctrl+C from stopping every other command.
  const untilStopped = () =>
    new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  return runSoan(argv, {
    env: process.env,
    cwd: process.cwd(),
    stdout: writerTo(process.stdout),
    stderr: writerTo(process.stderr),
    untilStopped,
  });
}
