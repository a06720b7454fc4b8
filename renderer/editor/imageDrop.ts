// Images dropped or pasted into the article take the same road as the toolbar button:
// the bytes go to media:import, then a figure is inserted (see useImageImport).
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { htmlHasText } from './paste/insertPastedBlocks';

export interface ImageDropOptions {
  onFiles: (files: File[]) => void;
}

export const ImageDrop = Extension.create<ImageDropOptions>({
  name: 'imageDrop',
  addOptions() {
    return { onFiles: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('imageDrop'),
        props: {
          handleDrop(view, event, _slice, moved) {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            event.preventDefault();
            // Put the cursor where the file was dropped; the figure goes after that block.
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
            options.onFiles(files);
            return true;
          },
          handlePaste(_view, event) {
            const files = Array.from(event.clipboardData?.files ?? []).filter((f) => f.type.startsWith('image/'));
            // Word and Excel put a picture of the copied text beside its HTML: the text wins.
            if (files.length === 0 || htmlHasText(event.clipboardData?.getData('text/html') ?? '')) return false;
            event.preventDefault();
            options.onFiles(files);
            return true;
          },
        },
      }),
    ];
  },
});
