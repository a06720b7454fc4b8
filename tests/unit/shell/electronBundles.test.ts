// The real build script's output: the sandboxed preload can only require 'electron', and
// main.cjs must carry every package itself, except the few package.json "dependencies"
// that electron-builder ships as real packages (sharp, for its native binary).
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let outdir: string;

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]))];
}

beforeAll(async () => {
  outdir = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-bundles-'));
  const built = spawnSync(process.execPath, ['build/scripts/build-electron.mjs', '--outdir', outdir], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
});

afterAll(async () => {
  await fs.rm(outdir, { recursive: true, force: true });
});

describe('build/scripts/build-electron.mjs', () => {
  it('bundles the preload so that it requires nothing but electron', async () => {
    const preload = await fs.readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('bundles main with every package inside but electron, built-ins and the shipped dependencies', async () => {
    const main = await fs.readFile(path.join(outdir, 'main.cjs'), 'utf8');
    const shipped = Object.keys(JSON.parse(await fs.readFile('package.json', 'utf8')).dependencies ?? {});
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const outside = requiredModules(main).filter((name) => name !== 'electron' && !builtins.has(name));
    expect(outside.filter((name) => !shipped.includes(name))).toEqual([]);
    expect(shipped).toEqual(['sharp']);
  });
});
