// Spell and house-style checking as the reporter types: the article's parts go to
// language:check (checked in a worker in the main process) 600 ms after typing stops, one
// request at a time; an answer for a document that has changed since is mapped through the
// edits made meanwhile (findings whose text changed are dropped) and the check runs again. Findings are underlined, and right-click on one opens its menu.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { call } from '../platform/soanClient';
import { articleParts } from './articleParts';
import { changedAnything, NO_CHANGE, widenEnvelope } from './changeEnvelope';
import { findingAt, findingDecorations, keepKnownFindings, mapFindings, mapUnderlines, placeFindingsGivingWay, redrawUnderlines } from './findingDecorations';
import { mapWindow, visibleRange, windowAround, windowFallsShort, wholeDocument, type FindingWindow } from './findingWindow';
import { LanguageDeskStore, type PlacedFinding } from './languageDeskStore';
import { MovedFindings } from './movedFindings';
import { readSpellIgnore } from './spellIgnore';

export interface LanguageChecksOptions {
  doc: Y.Doc | null;
}

export interface LanguageChecksStorage {
  desk: LanguageDeskStore;
}

declare module '@tiptap/core' {
  interface Storage {
    languageChecks: LanguageChecksStorage;
  }
}

interface FindingsState {
  /** Where the findings are now (moved along with the edits when first read). */
  readonly findings: PlacedFinding[];
  held: MovedFindings;
  /** Underlines of the findings in `drawn`, the stretch around what is on screen. */
  decorations: DecorationSet;
  drawn: FindingWindow;
  /** Moves when the set of findings changes (not when typing only shifts them). */
  version: number;
}

export const findingsKey = new PluginKey<FindingsState>('languageFindings');

function findingsState(held: MovedFindings, decorations: DecorationSet, drawn: FindingWindow, version: number): FindingsState {
  return {
    held,
    decorations,
    drawn,
    version,
    get findings() {
      return held.list;
    },
  };
}
/** Meta: draw the underlines of this stretch (the page scrolled). */
const drawnKey = new PluginKey<FindingWindow>('languageFindingsDrawn');

const CHECK_DELAY_MS = 600;

/** Lets the browser handle what is waiting (a keystroke first) before more of a check's answer is placed. */
function giveWay(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export const LanguageChecks = Extension.create<LanguageChecksOptions, LanguageChecksStorage>({
  name: 'languageChecks',

  addOptions() {
    return { doc: null };
  },

  addStorage() {
    return { desk: new LanguageDeskStore() };
  },

  addProseMirrorPlugins() {
    const desk = this.storage.desk;
    const ydoc = this.options.doc;
    // The edits made while a check is on its way, so its answer can be mapped onto the
    // document as it is now instead of thrown away.
    let sinceSent: Mapping | null = null;
    void call('settings:get', {}).then(
      (settings) => desk.update({ settings }),
      () => undefined, // reading stats fall back to the default rate
    );

    return [
      new Plugin<FindingsState>({
        key: findingsKey,
        state: {
          init: (_config, state) => {
            const drawn = wholeDocument(state.doc.content.size);
            return findingsState(MovedFindings.of([]), findingDecorations([], state.doc, drawn), drawn, 0);
          },
          apply(tr, value, _old, newState) {
            if (sinceSent && tr.docChanged) sinceSent.appendMapping(tr.mapping);
            const fresh = tr.getMeta(findingsKey) as PlacedFinding[] | undefined;
            const moved = tr.getMeta(drawnKey) as FindingWindow | undefined;
            const size = newState.doc.content.size;
            const drawn = moved ?? (tr.docChanged ? mapWindow(value.drawn, tr.mapping, size) : value.drawn);
            // A check that found exactly what is shown (keepKnownFindings) changes nothing.
            const same = fresh && fresh.length === value.findings.length && fresh.every((finding, i) => finding === value.findings[i]);
            if (same && !moved && !tr.docChanged) return value;
            if (fresh || moved) {
              const findings = fresh ?? value.findings;
              // A new answer, or a moved stretch: only the underlines that changed are redrawn.
              const decorations = tr.docChanged ? findingDecorations(findings, newState.doc, drawn) : redrawUnderlines(value.decorations, findings, newState.doc, drawn);
              return findingsState(MovedFindings.of(findings), decorations, drawn, value.version + (fresh && !same ? 1 : 0));
            }
            if (!tr.docChanged) return value;
            // A keystroke moves the underlines and drops those typed into; the findings
            // themselves are moved when read (movedFindings.ts). Moving only drops findings.
            const { decorations, dropped } = mapUnderlines(value.decorations, tr.mapping, tr.doc);
            const held = value.held.after(tr.mapping, newState.doc, dropped);
            const edit = widenEnvelope(NO_CHANGE, tr.mapping);
            if (changedAnything(edit) && (edit.from < value.drawn.from || edit.to > value.drawn.to)) {
              // An edit beyond the drawn underlines (a long paste, a colleague's edit elsewhere):
              // every finding is read again now, so the panel loses the ones it changed at once.
              return findingsState(held, decorations, drawn, value.version + (held.list.length === value.findings.length ? 0 : 1));
            }
            return findingsState(held, decorations, drawn, value.version + (dropped.length ? 1 : 0));
          },
        },
        props: {
          decorations: (state) => findingsKey.getState(state)?.decorations,
          // The context-menu key or Shift+F10 opens the menu for the finding at the caret.
          handleKeyDown(view, event) {
            if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return false;
            const findings = findingsKey.getState(view.state)?.findings ?? [];
            const finding = findingAt(findings, view.state.selection.from);
            if (!finding) return false;
            const at = view.coordsAtPos(finding.pos.from);
            desk.update({ menu: { finding, left: at.left, top: at.bottom } });
            return true;
          },
          handleDOMEvents: {
            contextmenu(view, event) {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const findings = findingsKey.getState(view.state)?.findings ?? [];
              const finding = at ? findingAt(findings, at.pos) : undefined;
              if (!finding) return false;
              event.preventDefault();
              desk.update({ menu: { finding, left: event.clientX, top: event.clientY } });
              return true;
            },
          },
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          let inFlight = false;
          let again = false;
          let destroyed = false;

          const run = async () => {
            if (inFlight) {
              again = true;
              return;
            }
            inFlight = true;
            again = false;
            const doc = view.state.doc;
            const parts = articleParts(doc);
            const mapping = new Mapping();
            sinceSent = mapping;
            desk.update({ status: 'checking' });
            try {
              const found = await call('language:check', { parts: parts.parts });
              // Reading the answer (megabytes on a long article) is a task of its own: a keystroke
              // gets in before the panel is told and the first findings are placed.
              await giveWay();
              if (destroyed) return;
              desk.update({ status: 'idle' });
              const ignored = ydoc ? readSpellIgnore(ydoc) : new Set<string>();
              // Placed a slice at a time: the writer may be typing while the answer comes in.
              let placed = await placeFindingsGivingWay(found, parts, doc, ignored, giveWay);
              // Typed meanwhile: keep what still sits on the same text (moved with it), and check again.
              let placedIn = doc;
              let mappedSteps = 0;
              const upToDate = (findings: PlacedFinding[]) => {
                if (view.state.doc === placedIn) return findings;
                again = true;
                const moved = mapFindings(findings, mapping.slice(mappedSteps), view.state.doc);
                placedIn = view.state.doc;
                mappedSteps = mapping.maps.length;
                return moved;
              };
              // The findings shown, moved along too (the very same ones are kept, not copies).
              const known = (findings: PlacedFinding[]) => keepKnownFindings(findings, findingsKey.getState(view.state)?.findings ?? []);
              // Compared with what is shown, and then drawn, each in a task of its own with a keystroke
              // let in between: together they held a key up for ~30 ms on a long article.
              await giveWay();
              if (destroyed) return;
              placed = known(upToDate(placed));
              await giveWay();
              if (destroyed) return;
              if (view.state.doc !== placedIn) placed = known(upToDate(placed));
              // A word ignored while the answer was being placed stays ignored.
              const ignoredSince = ydoc ? [...readSpellIgnore(ydoc)].filter((key) => !ignored.has(key)) : [];
              if (ignoredSince.length) placed = placed.filter((finding) => !ignoredSince.includes(`${finding.rule}:${finding.text}`));
              const shown = findingsKey.getState(view.state);
              const tr = view.state.tr.setMeta(findingsKey, placed).setMeta('addToHistory', false);
              // The first findings are drawn around what is on screen; later ones where they are drawn now, unless that has fallen short.
              const size = view.state.doc.content.size;
              const visible = visibleRange(view);
              if (!shown?.findings.length || windowFallsShort(shown.drawn, visible, size)) tr.setMeta(drawnKey, windowAround(visible, size));
              view.dispatch(tr);
            } catch {
              if (!destroyed) desk.update({ status: 'unavailable' });
            } finally {
              if (sinceSent === mapping) sinceSent = null;
              inFlight = false;
              if (again && !destroyed) schedule(CHECK_DELAY_MS);
            }
          };
          const schedule = (delay: number) => {
            clearTimeout(timer);
            if (!inFlight) desk.update({ status: 'pending' });
            timer = setTimeout(() => void run(), delay);
          };
          desk.recheck = () => schedule(0);
          // The first check once the article has painted: reading it all for the check delayed the text.
          desk.update({ status: 'pending' });
          const firstFrame = requestAnimationFrame(() => {
            if (!destroyed) schedule(0);
          });

          // Scrolling (of any box holding the editor) or an edit may bring text near the edge
          // of the drawn stretch on screen: draw around what is on screen now, once per frame.
          let frame = 0;
          const followScreen = () => {
            if (frame || destroyed) return;
            frame = requestAnimationFrame(() => {
              frame = 0;
              const state = findingsKey.getState(view.state);
              if (destroyed || !state?.held.any) return;
              const size = view.state.doc.content.size;
              const visible = visibleRange(view);
              if (!windowFallsShort(state.drawn, visible, size)) return;
              view.dispatch(view.state.tr.setMeta(drawnKey, windowAround(visible, size)).setMeta('addToHistory', false));
            });
          };
          document.addEventListener('scroll', followScreen, { capture: true, passive: true });
          window.addEventListener('resize', followScreen);

          return {
            update(current, previous) {
              const state = findingsKey.getState(current.state);
              // Positions shift on every keystroke; the panel only needs to know when the set changes
              // (actions look the live position up by id).
              if (state && state.version !== findingsKey.getState(previous)?.version) desk.update({ findings: state.findings });
              if (current.state.doc !== previous.doc) schedule(CHECK_DELAY_MS);
            },
            destroy() {
              destroyed = true;
              clearTimeout(timer);
              cancelAnimationFrame(frame);
              cancelAnimationFrame(firstFrame);
              document.removeEventListener('scroll', followScreen, { capture: true });
              window.removeEventListener('resize', followScreen);
              desk.recheck = () => undefined;
            },
          };
        },
      }),
    ];
  },
});
