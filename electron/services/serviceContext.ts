// What every service is handed when it is built, instead of reaching for it itself: the clock
// it dates things by, the log it reports to, and who is doing the work. Production uses the
// system clock and stderr; a test gives a fixed clock or keeps the log to read it back.

export interface Clock {
  now(): Date;
  /** now() as an ISO 8601 string, the form everything Soạn writes uses. */
  iso(): string;
}

/**
 * problem: something was not done but the user's data is safe and it will be redone or
 *   rebuilt (an index not written, a folder not renamed, a version not saved);
 * warn: something was wrong and has been dealt with (a cache rebuilt, a document rescued);
 * error: something unexpected, or data at risk (an internal error, a save that failed on quit).
 */
export type LogLevel = 'problem' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  /** Plain words, without the `soan:` prefix. */
  message: string;
  /** The error or value that explains it, if any. */
  detail?: unknown;
}

export interface ServiceLog {
  problem(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export interface ServiceContext {
  clock: Clock;
  log: ServiceLog;
  /** The profile name doing the work (added to the authors of what it edits); undefined before setup. */
  actor: () => string | undefined;
}

/** A clock reading its time from `now` (the system's, or a test's). */
export function clockFrom(now: () => Date): Clock {
  return { now, iso: () => now().toISOString() };
}

/** A log handing each entry to `write`. */
export function logTo(write: (entry: LogEntry) => void): ServiceLog {
  const at = (level: LogLevel) => (message: string, detail?: unknown) =>
    write(detail === undefined ? { level, message } : { level, message, detail });
  return { problem: at('problem'), warn: at('warn'), error: at('error') };
}

/** Writes to stderr as the services always have: `soan: <message>` and the detail. */
export function writeToStderr(entry: LogEntry): void {
  const line = `soan: ${entry.message}`;
  if (entry.detail === undefined) console.error(line);
  else console.error(line, entry.detail);
}

export const systemClock: Clock = clockFrom(() => new Date());

/** The production context (system clock, stderr, nobody acting yet); any part may be replaced. */
export function defaultServiceContext(parts: Partial<ServiceContext> = {}): ServiceContext {
  return { clock: systemClock, log: logTo(writeToStderr), actor: () => undefined, ...parts };
}
