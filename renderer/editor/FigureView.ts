// How a figure looks while writing: the image (or a clear notice when its file is gone), the
// caption right under it, the credit, and a small field for the alt text. Plain DOM, not a
// React node view: React listens for every kind of event (about 140 listeners) on each node
// view's own root, and gave each figure a copy of i18next's instance — 40 figures held 0.6 MB.
import { NodeView, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import i18next from 'i18next';
import { toNfc } from '../../electron/contract/text/normalize';
import { onMediaArrived } from '../sync/mediaArrivals';
import type { FigureOptions } from './figure';

interface FigureViewAttrs {
  src: string | null;
  alt: string;
  credit: string;
  width: number | null;
  height: number | null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  return made;
}

export class FigureView extends NodeView<null> {
  private readonly root = element('div', 'soan-figure-view');
  private readonly figure = element('figure', 'figure soan-figure');
  private readonly media = element('div', 'soan-figure-media');
  private readonly caption = element('div', 'soan-figure-caption-slot');
  private readonly credit = element('p', 'soan-figure-credit');
  private readonly altLabel = element('span');
  private readonly altInput = element('input');
  /** The image file could not be shown (gone, or not arrived from the sync server yet). */
  private missing: boolean;
  /** What the media box shows now, so an update that changes nothing leaves the image alone. */
  private shownMedia = '';
  private readonly stopListening: Array<() => void> = [];

  constructor(props: NodeViewRendererProps) {
    super(null, props);
    this.missing = !this.attrs.src;
    this.figure.dataset.nodeViewWrapper = '';
    this.figure.style.whiteSpace = 'normal';
    this.media.contentEditable = 'false';
    this.media.dataset.dragHandle = '';
    this.caption.style.whiteSpace = 'pre-wrap';
    this.credit.contentEditable = 'false';
    this.credit.dataset.testid = 'figure-credit';
    const alt = element('label', 'soan-figure-alt');
    alt.contentEditable = 'false';
    this.altInput.type = 'text';
    this.altInput.dataset.testid = 'figure-alt';
    this.altInput.spellcheck = true;
    alt.append(this.altLabel, this.altInput);
    this.figure.append(this.media, this.caption, alt);
    this.root.append(this.figure);

    this.figure.addEventListener('dragstart', (event) => this.onDragStart(event));
    this.altInput.addEventListener('input', () => this.updateAttributes({ alt: toNfc(this.altInput.value) }));
    // An image that came down from the sync server after the figure did: show it now.
    this.stopListening.push(
      onMediaArrived((files) => {
        const { src } = this.attrs;
        if (src !== null && this.missing && files.includes(src)) this.showMissing(false);
      }),
    );
    const onLanguage = () => this.render(true);
    i18next.on('languageChanged', onLanguage);
    this.stopListening.push(() => i18next.off('languageChanged', onLanguage));
    this.render(false);
  }

  override get dom(): HTMLElement {
    return this.root;
  }

  override get contentDOM(): HTMLElement {
    return this.caption;
  }

  private get attrs(): FigureViewAttrs {
    return this.node.attrs as FigureViewAttrs;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    const srcChanged = node.attrs.src !== this.node.attrs.src;
    this.node = node;
    if (srcChanged) this.missing = !this.attrs.src;
    this.render(false);
    return true;
  }

  selectNode(): void {
    this.figure.classList.add('is-selected');
  }

  deselectNode(): void {
    this.figure.classList.remove('is-selected');
  }

  destroy(): void {
    this.stopListening.forEach((stop) => stop());
  }

  private showMissing(missing: boolean): void {
    this.missing = missing;
    this.render(false);
  }

  /** Brings the DOM in line with the figure's attributes; `all` redraws the words too (language changed). */
  private render(all: boolean): void {
    const { src, alt, credit, width, height } = this.attrs;
    const t = i18next.t.bind(i18next);
    this.figure.dataset.src = src ?? '';
    this.renderMedia(all);
    const img = this.media.querySelector('img');
    if (img) {
      img.alt = alt;
      if (width) img.width = width;
      else img.removeAttribute('width');
      if (height) img.height = height;
      else img.removeAttribute('height');
    }
    // House style: the photographer under the caption as "Ảnh: <credit>"; edited in the Captions panel.
    const shownCredit = credit?.trim() ?? '';
    if (shownCredit) {
      this.credit.textContent = t('editorFigure.credit', { credit: shownCredit });
      if (!this.credit.isConnected) this.caption.after(this.credit);
    } else {
      this.credit.remove();
    }
    this.altLabel.textContent = t('editor.figure.altLabel');
    this.altInput.placeholder = t('editor.figure.altPlaceholder');
    if (this.altInput.value !== alt) this.altInput.value = alt;
  }

  private renderMedia(all: boolean): void {
    const { src } = this.attrs;
    const shown = !src ? 'placeholder' : this.missing ? `missing:${src}` : `image:${src}`;
    // The words of a notice change with the language; an image stays as it is.
    if (shown === this.shownMedia && !(all && shown !== `image:${src}`)) return;
    this.shownMedia = shown;
    const t = i18next.t.bind(i18next);
    if (!src || this.missing) {
      // A placeholder (import, paste): the photo is still to be chosen; or its file is gone.
      const notice = element('div', 'soan-figure-missing');
      notice.setAttribute('role', 'img');
      const title = element('strong');
      const hint = element('span', 'soan-figure-missing-hint');
      title.textContent = t(src ? 'editor.figure.missing' : 'editor.figure.placeholder');
      hint.textContent = src ? t('editor.figure.missingHint', { file: src }) : t('editor.figure.placeholderHint');
      notice.setAttribute('aria-label', title.textContent);
      if (!src) notice.dataset.testid = 'figure-placeholder';
      notice.append(title, hint);
      this.media.replaceChildren(notice);
      return;
    }
    const img = element('img');
    img.draggable = false;
    img.addEventListener('error', () => this.showMissing(true), { once: true });
    img.src = (this.extension.options as FigureOptions).mediaUrl(src);
    this.media.replaceChildren(img);
  }
}
