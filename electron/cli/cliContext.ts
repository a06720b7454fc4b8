// What one run of `soan` is given instead of the process's own: environment variables, the
// working folder and where its output goes. The command line also runs in-process (tests run
// it many times over in one process), so no command reaches for process.env, process.cwd(),
// process.stdout or process.exit.
import os from 'node:os';
import path from 'node:path';
import { defaultResourcesDir } from '../services/export/exportResources';
import { defaultUserDataDir } from '../services/settings/userDataDir';

/** Where output goes; a promise, when given, settles once the text is written. */
export type CliWriter = (text: string) => void | Promise<void>;

export interface CliEnvironment {
  /** SOAN_USER (who the CLI writes as), SOAN_RESOURCES_DIR and SOAN_USER_DATA are read from here. */
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths on the command line are taken from. */
  cwd: string;
  stdout: CliWriter;
  stderr: CliWriter;
  /** A promise that settles when a long-running command (soan server) should stop: the process's signals, or a test's. */
  untilStopped?: () => Promise<unknown>;
}

/** What a command is handed: how to print, how to read a typed path, and who is acting. */
export interface CliContext {
  /** Print a line (or block of lines) on stdout. */
  out(text: string): void;
  /** A path as typed on the command line, resolved against the run's working folder. */
  path(typed: string): string;
  /** Who the CLI writes as. */
  profileName: string;
  /** resources/ (house-style rules, word lists, export template). */
  resourcesDir: string;
  /** The app's user-data folder ($SOAN_USER_DATA, else Electron's): the newsroom's language model. */
  userDataDir: string;
  /** See CliEnvironment.untilStopped. */
  untilStopped?: () => Promise<unknown>;
}

/** Who the CLI writes as: $SOAN_USER, else the login name. */
export function cliProfileName(env: CliEnvironment['env']): string {
  const name = (env.SOAN_USER ?? '').trim() || safeUserName() || 'soan';
  return name.normalize('NFC').slice(0, 120);
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

export function cliContext(environment: CliEnvironment, out: (text: string) => void): CliContext {
  return {
    out,
    path: (typed) => path.resolve(environment.cwd, typed),
    profileName: cliProfileName(environment.env),
    resourcesDir: environment.env.SOAN_RESOURCES_DIR || defaultResourcesDir(),
    userDataDir: defaultUserDataDir(environment.env),
    untilStopped: environment.untilStopped,
  };
}
