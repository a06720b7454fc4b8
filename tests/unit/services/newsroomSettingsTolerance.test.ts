// A desk that hand-edits settings.json (or a newer Soạn that adds a key) must not cost the
// newsroom its dictionary, topics and sapo prefix.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createBackend } from '../../../electron/services/backend';
import { tempFolder } from './support';

test('one bad or unknown newsroom key falls back alone; the rest is kept', async () => {
  const userDataDir = await tempFolder();
  const libraryPath = path.join(await tempFolder(), 'Soan');
  await fs.writeFile(
    path.join(userDataDir, 'settings.json'),
    JSON.stringify({
      version: 1,
      profile: { name: 'Lê Văn Tâm', role: 'desk' },
      language: 'vi',
      libraryPath,
      newsroom: {
        sourcePrefix: '(Baohatinh.vn) - ',
        dictionary: ['Thạch Hà', 'Kỳ Anh'],
        topics: ['BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG'],
        headlineMaxChars: 5, // below the allowed minimum
        futureSetting: true, // written by a newer Soạn
      },
    }),
  );
  const backend = createBackend({ userDataDir, defaultLibraryPath: libraryPath });
  try {
    const result = await backend.dispatch('settings:get', {});
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { newsroom } = result.value as { newsroom: Record<string, unknown> };
    expect(newsroom.sourcePrefix).toBe('(Baohatinh.vn) - ');
    expect(newsroom.dictionary).toEqual(['Thạch Hà', 'Kỳ Anh']);
    expect(newsroom.topics).toEqual(['BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG']);
    expect(newsroom.headlineMaxChars).toBe(120);
    // An unrelated change does not erase what was kept.
    await backend.dispatch('settings:update', { language: 'en' });
    const saved = JSON.parse(await fs.readFile(path.join(userDataDir, 'settings.json'), 'utf8'));
    expect(saved.newsroom.dictionary).toEqual(['Thạch Hà', 'Kỳ Anh']);
    expect(saved.profile).toEqual({ name: 'Lê Văn Tâm', role: 'desk' });
  } finally {
    await backend.close();
  }
});
