import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  MEDIA_CONTENT_SECURITY_POLICY,
} from '../../../electron/main/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('the renderer’s Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('starts from nothing allowed', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only the app’s own scripts: no inline, no eval, no remote', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('never names a remote host or a wildcard, and allows nothing inline', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-|data:/);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  it('refuses framing, plugins, form posts and <base>', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('keeps every directive that fetches to the app itself', () => {
    for (const name of ['img-src', 'font-src', 'connect-src', 'style-src', 'media-src']) {
      expect(policy.get(name)?.[0]).toBe("'self'");
    }
  });

  it('lets media files do nothing at all', () => {
    expect(MEDIA_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(MEDIA_CONTENT_SECURITY_POLICY).toContain('sandbox');
  });
});
