// Deleting an article moves its project folder into `<library>/.soan/trash/<trashId>/`,
// beside an entry.json that says what it was and when. Nothing is destroyed; restore moves
// it back.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SoanError } from '../../contract/errors';
import type { TrashEntry } from '../../contract/types';
import { writeFileAtomic } from '../fs/atomicWrite';
import { errnoOf } from '../fs/diskErrors';
import { formatJson, parseJsonWith } from '../fs/durableJsonAdapter';
import { readParsed } from '../fs/recoveringRead';
import { quarantineStamp } from '../fs/quarantine';
import { ARTICLE_ID, ARTICLE_JSON, parseProjectFolder } from './projectFolder';
import type { ServiceContext } from '../serviceContext';

export const TRASH_FOLDER = 'trash';
const ENTRY_FILE = 'entry.json';
const TRASH_ID = /^[A-Za-z0-9._-]{1,200}$/;

const EntryFile = z.object({
  id: z.string().regex(ARTICLE_ID),
  headline: z.string(),
  folder: z.string(),
  trashedAt: z.string(),
});

export interface TrashedProject {
  entry: TrashEntry;
  /** The project folder inside the trash (absolute). */
  folder: string;
  /** Its folder name in the library before it was trashed. */
  folderName: string;
}

export class TrashBin {
  readonly root: string;
  private readonly context: ServiceContext;

  constructor(options: { soanFolder: string; context: ServiceContext }) {
    this.root = path.join(options.soanFolder, TRASH_FOLDER);
    this.context = options.context;
  }

  /** Move a project folder into the trash. */
  async put(projectFolder: string, article: { id: string; headline: string }): Promise<TrashEntry> {
    const trashedAt = this.context.clock.now();
    const base = `${quarantineStamp(trashedAt)}-${article.id}`;
    await fs.mkdir(this.root, { recursive: true });
    let trashId = base;
    for (let n = 2; ; n++) {
      try {
        await fs.mkdir(path.join(this.root, trashId));
        break;
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') throw error;
        trashId = `${base}-${n}`;
      }
    }
    const folderName = path.basename(projectFolder);
    const entry = { id: article.id, headline: article.headline, folder: folderName, trashedAt: trashedAt.toISOString() };
    await writeFileAtomic(path.join(this.root, trashId, ENTRY_FILE), formatJson(entry));
    try {
      await fs.rename(projectFolder, path.join(this.root, trashId, folderName));
    } catch (error) {
      await fs.rm(path.join(this.root, trashId), { recursive: true, force: true }).catch(() => {});
      throw error;
    }
    return { trashId, id: entry.id, headline: entry.headline, trashedAt: entry.trashedAt };
  }

  async list(): Promise<TrashEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.root);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    const found = await Promise.all(names.filter((n) => TRASH_ID.test(n)).map((n) => this.find(n)));
    return found
      .filter((t): t is TrashedProject => t !== undefined)
      .map((t) => t.entry)
      .sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  /** A trashed project, or undefined. Without a readable entry.json, the folder itself tells what it was. */
  async find(trashId: string): Promise<TrashedProject | undefined> {
    if (!TRASH_ID.test(trashId) || trashId === '.' || trashId === '..') return undefined;
    const dir = path.join(this.root, trashId);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return undefined;
    }
    const projectName = names.find((n) => parseProjectFolder(n) !== undefined);
    if (!projectName) return undefined;
    const id = parseProjectFolder(projectName)!.id;
    let recorded: z.infer<typeof EntryFile> | undefined;
    try {
      recorded = await readParsed(path.join(dir, ENTRY_FILE), parseJsonWith(EntryFile));
    } catch {
      recorded = undefined;
    }
    const stat = await fs.stat(dir);
    const known = recorded?.id === id ? recorded : undefined;
    const entry: TrashEntry = {
      trashId,
      id,
      // entry.json damaged: the headline is read again from the trashed article itself.
      headline: known?.headline ?? (await headlineOf(path.join(dir, projectName))) ?? projectName,
      trashedAt: known?.trashedAt ?? stat.mtime.toISOString(),
    };
    return { entry, folder: path.join(dir, projectName), folderName: projectName };
  }

  async require(trashId: string): Promise<TrashedProject> {
    const found = await this.find(trashId);
    if (!found) throw new SoanError('trash-entry-not-found', { id: trashId });
    return found;
  }

  /** Remove the emptied trash entry (its project was moved back). */
  async removeEntry(trashId: string): Promise<void> {
    if (!TRASH_ID.test(trashId) || trashId === '.' || trashId === '..') return;
    await fs.rm(path.join(this.root, trashId, ENTRY_FILE), { force: true });
    await fs.rmdir(path.join(this.root, trashId)).catch(() => {});
  }
}

const Headline = z.object({ headline: z.string() });

async function headlineOf(projectFolder: string): Promise<string | undefined> {
  try {
    return (await readParsed(path.join(projectFolder, ARTICLE_JSON), parseJsonWith(Headline)))?.headline || undefined;
  } catch {
    return undefined;
  }
}
