// `soan language learn <folder>` over an archive with files that cannot be read: a link to
// nothing, a link that leads back to itself, a link to a folder, a pipe (reading it would wait
// forever). Each is skipped and listed as "could not be read" with its reason, and the rest of
// the archive is learnt. (Tests run as root, which reads past file permissions, so these stand
// in for a file without read permission: all fail at the same read.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { tempFolder } from '../services/support';

const REPO = path.resolve(import.meta.dirname, '../../..');

describe('learning an archive that holds files that cannot be read', () => {
  it('skips each as could not be read, says why, and learns the articles', async () => {
    const root = await tempFolder('soan-unreadable-archive-');
    const archive = path.join(root, 'archive');
    mkdirSync(path.join(archive, 'thang-5'), { recursive: true });
    writeFileSync(path.join(archive, 'bai.txt'), `${'Người hâm mộ chờ trận chung kết tối nay trên sân Mỹ Đình. '.repeat(20)}\n`);
    symlinkSync(path.join(root, 'da-xoa.txt'), path.join(archive, 'mat.txt')); // points nowhere
    symlinkSync('vong.txt', path.join(archive, 'vong.txt')); // leads back to itself
    symlinkSync(path.join(archive, 'thang-5'), path.join(archive, 'thu-muc.md')); // a folder
    execFileSync('mkfifo', [path.join(archive, 'ong.txt')]); // a pipe: opening it waits for a writer
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runSoan(['language', 'learn', archive], {
      env: { SOAN_USER: 'Bàn biên tập', SOAN_USER_DATA: path.join(root, 'user-data') },
      cwd: REPO,
      stdout: (text) => void stdout.push(text),
      stderr: (text) => void stderr.push(text),
    });
    expect(code, stderr.join('')).toBe(0);
    const said = stdout.join('');
    expect(said).toMatch(/skipped mat\.txt: could not be read \(it is not there: a link to nothing, or removed\)/u);
    expect(said).toMatch(/skipped vong\.txt: could not be read \(a link that leads back to itself\)/u);
    expect(said).toMatch(/skipped thu-muc\.md: could not be read \(not a file: a folder, a pipe or a device\)/u);
    expect(said).toMatch(/skipped ong\.txt: could not be read \(not a file: a folder, a pipe or a device\)/u);
    expect(said).toMatch(/learnt 1 article/u);
  }, 60_000);
});
