// A package Soạn will not open, and why (contract/packages.ts: packageRefusals). Turned
// into the `package-refused` error at the edge, with the file's name.
import { SoanError } from '../../contract/errors';
import type { PackageRefusal } from '../../contract/packages';

export class PackageRefused extends Error {
  constructor(
    readonly reason: PackageRefusal,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'PackageRefused';
  }

  toSoanError(name: string): SoanError {
    return new SoanError('package-refused', { name, reason: this.reason, ...(this.detail ? { detail: this.detail.slice(0, 300) } : {}) });
  }
}
