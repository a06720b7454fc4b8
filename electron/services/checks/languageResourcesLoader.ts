// The language resources the checks worker starts with: resources/ (bundled, read once) and
// the newsroom's own model in the user-data folder, which `soan language learn|forget` may
// change while Soạn runs. Loaded once; `changed()` tells when that file is not the one loaded
// (one stat), so the worker can be started again with it.
import { promises as fs } from 'node:fs';
import { SoanError } from '../../contract/errors';
import { plainReason } from '../fs/diskErrors';
import { loadLanguageResources, type LanguageResources } from '../language/loadLanguageResources';
import { newsroomModelFile } from '../language/newsroomModel';

/** The file's modification time and size, '' when there is none. */
async function stampOf(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => undefined);
  return stat ? `${stat.mtimeMs}:${stat.size}` : '';
}

export class LanguageResourcesLoader {
  private loaded?: Promise<LanguageResources>;
  private stamp?: string;

  constructor(
    private readonly resourcesDir: string,
    private readonly userDataDir: string,
  ) {}

  readonly load = (): Promise<LanguageResources> => {
    this.loaded ??= (async () => {
      this.stamp = await stampOf(newsroomModelFile(this.userDataDir));
      return loadLanguageResources(this.resourcesDir, 'vi', { userDataDir: this.userDataDir });
    })().catch((error) => {
      this.loaded = undefined; // try again next time (a resource may be restored)
      throw new SoanError('export-resource-missing', { file: `language: ${plainReason(error)}`.slice(0, 300) });
    });
    return this.loaded;
  };

  /** True (once) when the newsroom's model was learnt, extended or forgotten since it was loaded. */
  async changed(): Promise<boolean> {
    if (this.stamp === undefined) return false;
    if ((await stampOf(newsroomModelFile(this.userDataDir))) === this.stamp) return false;
    this.loaded = undefined;
    this.stamp = undefined;
    return true;
  }
}
