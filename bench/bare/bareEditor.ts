// The benchmark's baseline: TipTap's StarterKit with Yjs collaboration on a local Y.Doc and
// nothing else, built by Vite from the same TipTap and Yjs packages as Soạn.
//   window.bareEditor.prepare(json)  the article's text in StarterKit's schema, kept as a Yjs update
//   window.bareEditor.open()         Y.Doc from that update → editor → next paint, in ms
import { Editor, getSchema, type JSONContent } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

const FIELD = 'default';

function extensions(doc?: Y.Doc) {
  const kit = StarterKit.configure({ undoRedo: false });
  return doc ? [kit, Collaboration.configure({ document: doc, field: FIELD })] : [kit];
}

let update: Uint8Array | null = null;
let editor: Editor | null = null;

function prepare(json: JSONContent): void {
  update = Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(getSchema(extensions()), json, FIELD));
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    requestAnimationFrame(() => channel.port2.postMessage(0));
  });
}

async function open(): Promise<number> {
  if (!update) throw new Error('prepare(json) first');
  editor?.destroy();
  await nextPaint();
  const started = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  editor = new Editor({ element: document.getElementById('editor')!, extensions: extensions(doc) });
  await nextPaint();
  return performance.now() - started;
}

declare global {
  interface Window {
    bareEditor: { prepare: typeof prepare; open: typeof open };
  }
}

window.bareEditor = { prepare, open };
