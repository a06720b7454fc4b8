// `soan send` and `soan open` as a desk script sees them: a package written where --out
// says, opened into another library (a new article, then a merge that reports what came in),
// opened again without change, a reply that carries only what the other side lacks, and a
// hostile package refused in one line with the library untouched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { tempFolder } from '../services/support';
import { hostilePackages } from '../packages/hostilePackages';
import { libraryFiles } from '../packages/libraryFiles';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = path.join(REPO, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt');

async function soan(user: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runSoan(args, { env: { SOAN_USER: user }, cwd: REPO, stdout: (t) => void stdout.push(t), stderr: (t) => void stderr.push(t) });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

let root: string;
let desk: string;
let away: string;
let id: string;

beforeAll(async () => {
  root = await tempFolder('soan-cli-packages-');
  desk = path.join(root, 'Tòa soạn');
  away = path.join(root, 'Máy phóng viên');
  const run = await soan('Bàn biên tập', 'import', SAMPLE, '--library', desk);
  expect(run.code, run.stderr).toBe(0);
  id = run.stdout.trim();
});

describe('soan send / open', () => {
  it('sends an article as <slug>.soan and opens it into another library as a new article', async () => {
    const sent = await soan('Bàn biên tập', 'send', id, '--library', desk, '--out', path.join(root, 'Gửi đi'));
    expect(sent.code, sent.stderr).toBe(0);
    const file = sent.stdout.trim();
    expect(file).toBe(path.join(root, 'Gửi đi', 'dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh.soan'));

    const opened = await soan('Thu Hà', 'open', file, '--library', away);
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toContain(`new article: ${id}`);
    expect(opened.stdout).toContain('from Bàn biên tập (desk)');
    const again = await soan('Thu Hà', 'open', file, '--library', away, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ outcome: 'nothing-new', articleId: id, flags: [] });
  });

  it('a reply with --since carries only what the other library lacks, and merges', async () => {
    const first = path.join(root, 'Gửi đi', 'dot-sinh-hoat-chinh-tri-sau-rong-ve-tu-soi-tu-sua-tai-thanh-pho-ha-tinh.soan');
    const back = await soan('Thu Hà', 'send', id, '--library', away, '--out', path.join(root, 'Trả lời'), '--since', first);
    expect(back.code, back.stderr).toBe(0);
    const full = await fs.stat(first);
    expect((await fs.stat(back.stdout.trim())).size).toBeLessThan(full.size);
    const merged = await soan('Bàn biên tập', 'open', back.stdout.trim(), '--library', desk, '--json');
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout).outcome).toBe('nothing-new'); // nothing was written there meanwhile
  });

  it('refuses a hostile package in one line and leaves the library as it was', async () => {
    const hostile = (await hostilePackages()).find((h) => h.reason === 'unsafe-path')!;
    const file = path.join(root, hostile.name);
    await fs.writeFile(file, hostile.bytes);
    const before = await libraryFiles(away);
    const run = await soan('Thu Hà', 'open', file, '--library', away);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/the package was refused \(unsafe-path/);
    expect(await libraryFiles(away)).toEqual(before);
  });

  it('says how to use it', async () => {
    const missing = await soan('Thu Hà', 'send', id, '--library', away);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--out <dir> is required/);
    const help = await soan('Thu Hà', 'open', '--help');
    expect(help.stdout).toContain('soan open <file.soan> --library <dir>');
  });
});
