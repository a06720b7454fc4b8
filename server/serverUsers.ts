// Who a token belongs to. Tokens are compared in constant time (hashed first, so lengths
// match), and nothing about the users is ever told to a client whose token is wrong.
import crypto from 'node:crypto';
import type { ServerRole, ServerUser } from './serverConfig';

export interface Identity {
  name: string;
  role: ServerRole;
}

const hashOf = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest();

export class ServerUsers {
  private readonly byHash: Array<{ hash: Buffer; identity: Identity }>;

  /** Every user's name: whose names a comment may not take (server/guard/commentRules.ts). */
  readonly names: ReadonlySet<string>;

  constructor(users: readonly ServerUser[]) {
    this.byHash = users.map((u) => ({ hash: hashOf(u.token), identity: { name: u.name, role: u.role } }));
    this.names = new Set(users.map((u) => u.name));
  }

  /** The user a token names, or undefined. Every user is compared, so timing tells nothing. */
  identify(token: unknown): Identity | undefined {
    if (typeof token !== 'string' || token.length === 0 || token.length > 1000) return undefined;
    const given = hashOf(token);
    let found: Identity | undefined;
    for (const { hash, identity } of this.byHash) {
      if (crypto.timingSafeEqual(hash, given)) found = identity;
    }
    return found;
  }
}
