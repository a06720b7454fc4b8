// `soan language learn <folder>` over an archive with a file far larger than any article (a
// disk image, a database dump named .txt or .json): it is skipped with its reason, by its size
// alone — never read into memory — and the rest of the archive is learnt.
import { closeSync, mkdirSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { tempFolder } from '../services/support';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** A sparse file of `bytes`: it takes no room on the disk, but reading it would. */
function sparse(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

describe('learning an archive that holds a huge file', () => {
  it('skips the file as too large, by its size, and learns the articles', async () => {
    const root = await tempFolder('soan-huge-archive-');
    const archive = path.join(root, 'archive');
    mkdirSync(archive);
    writeFileSync(path.join(archive, 'bai.txt'), `${'Người hâm mộ chờ trận chung kết tối nay trên sân Mỹ Đình. '.repeat(20)}\n`);
    sparse(path.join(archive, 'sao-luu.txt'), 3 * 1024 ** 3); // over Node's 2 GB read limit
    sparse(path.join(archive, 'du-lieu.json'), 1024 ** 3);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runSoan(['language', 'learn', archive], {
      env: { SOAN_USER: 'Bàn biên tập', SOAN_USER_DATA: path.join(root, 'user-data') },
      cwd: REPO,
      stdout: (text) => void stdout.push(text),
      stderr: (text) => void stderr.push(text),
    });
    expect(code, stderr.join('')).toBe(0);
    expect(stdout.join('')).toMatch(/skipped sao-luu\.txt: too large for one article/u);
    expect(stdout.join('')).toMatch(/skipped du-lieu\.json: too large for one article/u);
    expect(stdout.join('')).toMatch(/learnt 1 article/u);
  }, 60_000);
});
