// The Nu Html Checker (vnu-jar from npm) run on files; needs Java. Language detection is off:
// it only ever gives warnings, and it is the slow part after the JVM start. The test command installs
// Debian's default-jre-headless; where Java is missing, the checks are skipped loudly.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  url: string;
  lastLine?: number;
  extract?: string;
}

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

export function vnuJarPath(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/** All messages for all files, from one Java start (it is the slow part). */
export function checkHtmlFiles(files: string[]): NuMessage[] {
  const result = spawnSync('java', ['-Xss2m', '-jar', vnuJarPath(), '--no-langdetect', '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`vnu failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages;
}

export function warnLoudly(what: string): void {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!!! SKIPPED: ${what}\n${line}\n`);
}
