// The server's log: one line per event on stderr, `soan-server: <message>`. Tests keep it to read it back.
export interface ServerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, detail?: unknown): void;
}

export function stderrLog(): ServerLog {
  const write = (message: string, detail?: unknown) =>
    detail === undefined ? console.error(`soan-server: ${message}`) : console.error(`soan-server: ${message}`, detail);
  return { info: (m) => write(m), warn: (m) => write(m), error: write };
}

/** Keeps every line (tests). */
export function memoryLog(): ServerLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(m),
    error: (m, detail) => void lines.push(detail === undefined ? m : `${m} ${String(detail)}`),
  };
}
