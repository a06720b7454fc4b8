// A .soan file double-clicked in the file manager: the installers associate the extension
// with Soạn, main finds the file among its arguments, reads it (a plain file within the size
// limit, nothing else) and hands the window its name and bytes — once, after the window loaded.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../electron/contract/ipc/schemas';
import { PackageFileQueue, packagePathsIn, readPackageFile, type PackageFile } from '../../../electron/main/packageFiles';
import { tempFolder } from '../services/support';

describe('package files handed to Soạn by the system', () => {
  it('the installers associate .soan with Soạn', async () => {
    const config = await fs.readFile('build/electron-builder.yml', 'utf8');
    expect(config).toMatch(/fileAssociations:\n\s+- ext: soan\n/);
  });

  it('finds packages among the arguments, not options or other files', () => {
    expect(packagePathsIn(['/opt/Soan/soan', '--no-sandbox', '/home/lan/Tải về/Bài Hà Tĩnh.SOAN', 'notes.txt', 'C:\\Users\\Lan\\bai.soan'])).toEqual([
      '/home/lan/Tải về/Bài Hà Tĩnh.SOAN',
      'C:\\Users\\Lan\\bai.soan',
    ]);
  });

  it('reads a plain file within the limit, and nothing else', async () => {
    const root = await tempFolder();
    const file = path.join(root, 'bài-hà-tĩnh.soan');
    await fs.writeFile(file, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(await readPackageFile(file)).toEqual({ fileName: 'bài-hà-tĩnh.soan', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });
    await fs.mkdir(path.join(root, 'thư mục.soan'));
    expect(await readPackageFile(path.join(root, 'thư mục.soan'))).toBeNull();
    expect(await readPackageFile(path.join(root, 'không có.soan'))).toBeNull();
    const huge = path.join(root, 'lớn.soan');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, limits.packageBytes + 1); // sparse: no disk used
    expect(await readPackageFile(huge)).toBeNull();
  });

  it('holds files until the window is ready, then hands each over once', async () => {
    const root = await tempFolder();
    const first = path.join(root, 'một.soan');
    const second = path.join(root, 'hai.soan');
    await fs.writeFile(first, 'a');
    await fs.writeFile(second, 'b');
    const queue = new PackageFileQueue();
    const got: PackageFile[] = [];
    queue.add([first]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(got).toEqual([]);
    queue.ready((file) => got.push(file));
    queue.add([second]);
    await expect.poll(() => got.map((f) => f.fileName)).toEqual(['một.soan', 'hai.soan']);
  });
});
