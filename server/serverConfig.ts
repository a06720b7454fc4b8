// The sync server's config file (JSON): where it listens, where it keeps its data, and the
// newsroom's people — each with a token and a role. The token is what decides who a client
// is; a client's own claim never does. Everything is checked with zod and every mistake is
// told in plain words, naming the key at fault.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { syncRoles, type SyncRole } from '../electron/contract/sync';

/** The app's roles, plus one that may only review: comment and suggest, never change the text. */
export const serverRoles = syncRoles;
export type ServerRole = SyncRole;

/** Shortest token accepted: a guessable token would let anyone in. */
export const MIN_TOKEN_CHARS = 24;

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} is empty`);

const User = z
  .object({
    name: nonEmpty('the name').max(120, 'the name is longer than 120 characters'),
    role: z.enum(serverRoles, { error: `the role must be one of ${serverRoles.join(', ')}` }),
    token: z.string().min(MIN_TOKEN_CHARS, `the token must be at least ${MIN_TOKEN_CHARS} characters`),
  })
  .strict();

const Postgres = z
  .object({
    /** postgres://user:password@host:port/database */
    url: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://'),
  })
  .strict();

const Redis = z
  .object({
    host: nonEmpty('the host').default('127.0.0.1'),
    port: z.number().int('the port must be a whole number').min(1, 'the port must be between 1 and 65535').max(65535, 'the port must be between 1 and 65535').default(6379),
    /** Keys and channels start with it, so several newsrooms can share one Redis. */
    prefix: nonEmpty('the prefix').default('soan'),
  })
  .strict();

const ConfigFile = z
  .object({
    port: z.number().int('the port must be a whole number').min(0, 'the port must be between 0 and 65535').max(65535, 'the port must be between 0 and 65535'),
    /** 127.0.0.1 (behind a TLS reverse proxy) unless the server should answer the LAN itself. */
    host: nonEmpty('the host').default('127.0.0.1'),
    /** Relative to the config file. Holds the SQLite database (and its lock) without postgres. */
    dataFolder: nonEmpty('the data folder'),
    users: z.array(User).min(1, 'there are no users: nobody could connect'),
    postgres: Postgres.optional(),
    redis: Redis.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = { token: new Set<string>(), name: new Set<string>() };
    config.users.forEach((user, index) => {
      for (const key of ['token', 'name'] as const) {
        const value = key === 'name' ? user.name.normalize('NFC').trim() : user.token;
        if (seen[key].has(value)) ctx.addIssue({ code: 'custom', path: ['users', index, key], message: `two users have the same ${key}` });
        seen[key].add(value);
      }
    });
    if (config.redis && !config.postgres) {
      ctx.addIssue({
        code: 'custom',
        path: ['redis'],
        message: 'several instances need a shared database: add "postgres" too (SQLite is one machine\'s file)',
      });
    }
  });

export interface ServerUser {
  name: string;
  role: ServerRole;
  token: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute. */
  dataFolder: string;
  users: ServerUser[];
  postgres?: { url: string };
  redis?: { host: string; port: number; prefix: string };
}

/** A config file that cannot be used; the message says what to fix, in plain words. */
export class ServerConfigError extends Error {}

const kinds: Record<string, string> = { string: 'text', number: 'a number', array: 'a list [ … ]', object: 'an object { … }', boolean: 'true or false' };

/** zod's issue in plain words. Tokens are secrets: a value is never echoed, only where the problem is. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  else if (issue.code === 'invalid_type') {
    message = /received undefined/.test(issue.message) ? 'is missing' : `should be ${kinds[issue.expected] ?? issue.expected}`;
  }
  if (!where) return issue.code === 'invalid_type' ? `the file should hold ${kinds.object}` : message;
  return `${where}: ${message}`;
}

/** Checks parsed JSON; `baseFolder` resolves a relative dataFolder. */
export function parseServerConfig(value: unknown, baseFolder: string): ServerConfig {
  const parsed = ConfigFile.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map(describeIssue);
    throw new ServerConfigError(`the config file is not valid:\n  ${lines.join('\n  ')}`);
  }
  const config = parsed.data;
  return {
    port: config.port,
    host: config.host,
    dataFolder: path.resolve(baseFolder, config.dataFolder),
    users: config.users.map((u) => ({ name: u.name.normalize('NFC').trim(), role: u.role, token: u.token })),
    ...(config.postgres ? { postgres: config.postgres } : {}),
    ...(config.redis ? { redis: config.redis } : {}),
  };
}

export async function loadServerConfig(file: string): Promise<ServerConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new ServerConfigError(`cannot read the config file ${file}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ServerConfigError(`the config file ${file} is not JSON: ${(error as Error).message}`);
  }
  return parseServerConfig(json, path.dirname(path.resolve(file)));
}
