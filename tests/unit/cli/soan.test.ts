// The `soan` command line as a desk script sees it: output, files on disk, exit codes and
// one-line errors. The commands run in this process through runSoan (the same function the
// real `soan` process calls), many runs in a row, so each run must also leave nothing behind:
// no library lock, no open handle. One smoke test spawns the real launcher, electron/cli/soan.mjs.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { createBackend } from '../../../electron/services/backend';
import { LOCK_FILE } from '../../../electron/services/library/libraryLock';
import { buildDocx } from '../importExport/docxFixture';
import { tempFolder } from '../services/support';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = path.join(REPO, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt');
const USER = 'Bàn biên tập';
/** A user-data folder with no newsroom language model, so a model learnt on this machine never changes what these tests see. */
const USER_DATA = path.join(REPO, 'tests/output/cli-user-data-none');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `soan <args>` in this process, as $SOAN_USER "Bàn biên tập" in the repository's folder. */
async function soan(...args: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runSoan(args, {
    env: { SOAN_USER: USER, SOAN_USER_DATA: USER_DATA },
    cwd: REPO,
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** The real `soan` process, started through its launcher. */
function spawnSoan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO, 'electron/cli/soan.mjs'), ...args],
      { cwd: REPO, env: { ...process.env, SOAN_USER: USER, SOAN_USER_DATA: USER_DATA }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function expectOneLineError(run: Run, code: number, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
}

let root: string;
let library: string;
let id: string;

beforeAll(async () => {
  root = await tempFolder('soan-cli-');
  library = path.join(root, 'Thư viện');
  const run = await soan('import', SAMPLE, '--library', library);
  expect(run.code, run.stderr).toBe(0);
  id = run.stdout.trim();
});

// Every run lets go of the library: Soạn can open it right after a desk script.
afterEach(async () => {
  await expect(fs.access(path.join(library, '.soan', LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
});

describe('soan import / list / export', () => {
  it('imports the sample and prints only the new id', async () => {
    expect(id).toMatch(/^[a-z0-9]{16}$/);
    const folder = (await fs.readdir(library)).find((n) => n.endsWith(`-${id}`))!;
    const json = JSON.parse(await fs.readFile(path.join(library, folder, 'article.json'), 'utf8'));
    expect(json.headline).toBe('Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh');
    expect(json.authors).toEqual(['Bàn biên tập']);
    expect(json.meta.topic).toBe('BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG');
  });

  it('lists the library as lines and as JSON', async () => {
    const lines = await soan('list', '--library', library);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain(id);
    expect(lines.stdout).toContain('tự soi, tự sửa');
    const json = await soan('list', '--library', library, '--json');
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ id, wordCount: expect.any(Number) })]);
  });

  it('exports the package (and zip) where --out says, printing the paths', async () => {
    const out = path.join(root, 'Xuất bản');
    const run = await soan('export', id, '--library', library, '--out', out, '--zip');
    expect(run.code, run.stderr).toBe(0);
    const [folder, zip] = run.stdout.trim().split('\n');
    expect(path.dirname(folder)).toBe(out);
    expect(zip).toBe(`${folder}.zip`);
    expect((await fs.readdir(folder)).sort()).toEqual(['article.ninjs.json', 'index.html']);
    expect(await fs.readFile(path.join(folder, 'index.html'), 'utf8')).toContain('<html lang="vi">');
    expect((await fs.stat(zip)).size).toBeGreaterThan(1000);
  });

  it('bad input: one plain line on stderr and a non-zero code', async () => {
    expectOneLineError(await soan('import', path.join(root, 'khong-co.txt'), '--library', library), 1, /no such file/);
    const docx = path.join(root, 'hong.docx');
    await fs.writeFile(docx, 'this is not a zip');
    expectOneLineError(await soan('import', docx, '--library', library), 1, /hong\.docx is not a Word \.docx file/);
    const empty = path.join(root, 'rong.txt');
    await fs.writeFile(empty, '');
    expectOneLineError(await soan('import', empty, '--library', library), 1, /rong\.txt is empty/);
    expectOneLineError(await soan('export', 'zzzzzzzzzz00', '--library', library, '--out', root), 1, /no article zzzzzzzzzz00/);
    expectOneLineError(await soan('export', id, '--library', library), 2, /--out <dir> is required/);
    expectOneLineError(await soan('list', '--library', path.join(root, 'nowhere')), 1, /library folder is missing/);
    expectOneLineError(await soan('list'), 2, /--library <dir> is required/);
    expectOneLineError(await soan('frobnicate'), 2, /unknown command “frobnicate”/);
    expectOneLineError(await soan('list', '--library', library, '--colour'), 2, /Unknown option '--colour'/);
  });

  it('a docx with a photo keeps it', async () => {
    const png = new Uint8Array(await fs.readFile(path.join(REPO, 'tests/unit/fixtures/images/photo.png')));
    const file = path.join(root, 'bai.docx');
    await fs.writeFile(
      file,
      buildDocx(
        [
          { style: 'Title', runs: ['Hội nghị tổng kết'] },
          { runs: ['(Baohatinh.vn) - Sáng nay.'] },
          { image: { rel: 'rIdImage1', alt: 'Hội trường', cx: 5486400, cy: 3429000 } },
          { style: 'Caption', runs: ['Đại biểu dự hội nghị.'] },
          { runs: ['Thân bài.'] },
        ],
        png,
      ),
    );
    const run = await soan('import', file, '--library', library);
    expect(run.code, run.stderr).toBe(0);
    const folder = (await fs.readdir(library)).find((n) => n.endsWith(`-${run.stdout.trim()}`))!;
    expect(await fs.readdir(path.join(library, folder, 'media'))).toHaveLength(1);
  });

  it('refuses a library that Soạn has open, saying so (the lock, held by a backend of this process)', async () => {
    const backend = createBackend({ userDataDir: path.join(root, 'app'), defaultLibraryPath: library });
    await backend.dispatch('settings:update', { profile: { name: 'Lan', role: 'editor' } });
    expect((await backend.dispatch('library:list', {})).ok).toBe(true);
    try {
      expectOneLineError(await soan('list', '--library', library), 3, /is open in Soạn \(process \d+\); close it there first/);
    } finally {
      await backend.close();
    }
    expect((await soan('list', '--library', library)).code).toBe(0);
  });
});

describe('soan search / check / convert', () => {
  it('searches with folded diacritics', async () => {
    const run = await soan('search', 'ha tinh', '--library', library, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ id, headline: expect.stringContaining('Hà Tĩnh') });
    const lines = await soan('search', 'dang vien', '--library', library);
    expect(lines.stdout.split('\n')[0]).toContain(id);
    expect((await soan('search', 'khongcotu', '--library', library)).stdout).toBe('');
  });

  it('checks a .txt file with offsets into its NFC text', async () => {
    const run = await soan('check', SAMPLE, '--json');
    expect(run.code, run.stderr).toBe(0);
    const findings = JSON.parse(run.stdout) as Array<{ rule: string; text: string; from: number; to: number; suggestions: string[] }>;
    const text = (await fs.readFile(SAMPLE, 'utf8')).normalize('NFC').replace(/\r\n?/g, '\n');
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['from', 'message', 'rule', 'severity', 'suggestions', 'text', 'to']);
      expect(text.slice(f.from, f.to)).toBe(f.text);
    }
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['caption-repeats-body', 'consistent-phrasing', 'consistent-capitals']));
    expect(findings.some((f) => f.text === 'tự soi - tự sửa')).toBe(true);
  });

  it('checks an article of the library by id', async () => {
    const run = await soan('check', id, '--library', library, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).map((f: { rule: string }) => f.rule)).toContain('caption-repeats-body');
    expectOneLineError(await soan('check', id), 2, /give --library/);
    expectOneLineError(await soan('check', path.join(root, 'khong-co.txt'), '--json'), 1, /no such file/);
  });

  it('converts TCVN3 (as bytes and as Word pastes it) and VNI, and leaves Unicode alone', async () => {
    const pasted = path.join(root, 'tcvn3.txt');
    await fs.writeFile(pasted, 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n');
    const run = await soan('convert', pasted);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\n');
    const bytes = path.join(root, 'tcvn3-bytes.txt');
    await fs.writeFile(bytes, Buffer.from('Céng hßa x· héi chñ nghÜa ViÖt Nam\n', 'latin1'));
    expect((await soan('convert', bytes, '--from', 'tcvn3')).stdout).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\n');
    const unicode = path.join(root, 'unicode.txt');
    await fs.writeFile(unicode, 'Cộng hòa xã hội chủ nghĩa Việt Nam'.normalize('NFD'));
    expect((await soan('convert', unicode)).stdout).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\n');
    expectOneLineError(await soan('convert', unicode, '--from', 'abc'), 2, /--from must be one of auto, tcvn3, vni, viqr/);
  });
});

describe('help', () => {
  it('prints general and per-command help', async () => {
    const general = await soan('--help');
    expect(general.code).toBe(0);
    for (const command of ['import', 'export', 'list', 'check', 'convert', 'search']) expect(general.stdout).toContain(command);
    const exportHelp = await soan('export', '--help');
    expect(exportHelp.stdout).toMatch(/^soan export <id> --library <dir> --out <dir> \[--zip\]/);
    expect((await soan()).code).toBe(2);
  });
});

describe('runs in one process', () => {
  it('leave no lock, handle, worker or timer behind them', async () => {
    const before = process.getActiveResourcesInfo();
    const own = path.join(root, 'Thư viện riêng');
    const imported = await soan('import', SAMPLE, '--library', own);
    expect(imported.code, imported.stderr).toBe(0);
    const ownId = imported.stdout.trim();
    for (const args of [
      ['list', '--library', own],
      ['search', 'ha tinh', '--library', own],
      ['check', ownId, '--library', own],
      ['export', ownId, '--library', own, '--out', path.join(root, 'Xuất bản riêng')],
      ['export', ownId, '--library', own], // fails: no --out
    ]) {
      const run = await soan(...args);
      expect(run.code, `soan ${args.join(' ')}: ${run.stderr}`).toBe(args.includes('--out') || args[0] !== 'export' ? 0 : 2);
    }
    await expect(fs.access(path.join(own, '.soan', LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
    await nextTurn(); // a file request that just completed leaves the list on the next turn
    const left = process.getActiveResourcesInfo();
    for (const resource of before) {
      const at = left.indexOf(resource);
      if (at >= 0) left.splice(at, 1);
    }
    expect(left).toEqual([]);
  });

  it('read relative paths from their own working folder, not the process’s', async () => {
    const folder = await tempFolder('soan-cli-cwd-');
    await fs.writeFile(path.join(folder, 'bai.txt'), 'Céng hßa x· héi chñ nghÜa ViÖt Nam\n');
    const stdout: string[] = [];
    const code = await runSoan(['convert', 'bai.txt'], { env: {}, cwd: folder, stdout: (t) => void stdout.push(t), stderr: () => {} });
    expect(code).toBe(0);
    expect(stdout.join('')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam\n');
  });
});

// The one test that starts the real process (Node, then tsx: seconds on a busy two-core machine).
describe('the real soan process (smoke test)', () => {
  it('prints help, lists the library, and exits 3 while another process holds the library', { timeout: 120_000 }, async () => {
    const help = await spawnSoan('--help');
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: soan <command> [options]');
    const list = await spawnSoan('list', '--library', library);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(id);
    const backend = createBackend({ userDataDir: path.join(root, 'app-smoke'), defaultLibraryPath: library });
    await backend.dispatch('settings:update', { profile: { name: 'Lan', role: 'editor' } });
    expect((await backend.dispatch('library:list', {})).ok).toBe(true);
    try {
      expectOneLineError(await spawnSoan('list', '--library', library), 3, new RegExp(`is open in Soạn \\(process ${process.pid}\\); close it there first`));
    } finally {
      await backend.close();
    }
  });
});
