// The last resort when Soạn quits while an article cannot be saved into its library (drive
// unplugged, folder read-only): its Yjs state goes to `<userData>/rescue/`, from where it can
// be merged back into the article (Y.applyUpdate) — typing is never silently dropped.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';
import { quarantineStamp } from '../fs/quarantine';
import type { ServiceContext } from '../serviceContext';

export async function writeRescueCopy(options: {
  folder: string;
  articleId: string;
  state: Uint8Array;
  context: ServiceContext;
}): Promise<string | undefined> {
  const { folder, articleId, state, context } = options;
  try {
    await fs.mkdir(folder, { recursive: true });
    const file = path.join(folder, `${articleId}-${quarantineStamp(context.clock.now())}.ydoc`);
    await writeFileAtomic(file, state);
    context.log.warn(`unsaved article ${articleId} rescued to ${file}`);
    return file;
  } catch (error) {
    context.log.error(`could not rescue unsaved article ${articleId}`, error);
    return undefined;
  }
}
