// The browser harness in its own process, so a test can kill it like a crash or power cut.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface HarnessProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no flush, no goodbye — what a crash looks like. */
  kill(): Promise<void>;
}

export function startHarnessProcess(libraryPath: string, userDataDir: string): Promise<HarnessProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/harness/serve.ts'), '--library', libraryPath, '--user-data', userDataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open:\s+(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          kill: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}:\n${output}`));
    });
  });
}
