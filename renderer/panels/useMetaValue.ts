// One key of the article's meta map (Y.Map "meta"), live, with a setter that writes through
// Yjs so the change is saved and merged like the text.
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP } from '../../electron/contract/articleSchema';

export function readMetaValue(doc: Y.Doc, key: string): unknown {
  return doc.getMap(META_MAP).get(key);
}

export function writeMetaValue(doc: Y.Doc, key: string, value: unknown): void {
  doc.transact(() => doc.getMap(META_MAP).set(key, value));
}

/** `parse` turns whatever is stored (maybe from an older or damaged copy) into a safe value. */
export function useMetaValue<T>(doc: Y.Doc, key: string, parse: (raw: unknown) => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => parse(readMetaValue(doc, key)));
  useEffect(() => {
    const map = doc.getMap(META_MAP);
    const refresh = (event?: Y.YMapEvent<unknown>) => {
      if (event && !event.keysChanged.has(key)) return;
      const next = parse(map.get(key));
      // Same content keeps the same value, so panels can tell a real change from a re-read.
      setValue((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    refresh();
    map.observe(refresh);
    return () => map.unobserve(refresh);
    // parse is a module-level function in every caller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, key]);
  const set = useCallback((next: T) => writeMetaValue(doc, key, next), [doc, key]);
  return [value, set];
}

export const asText = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

export const asTextList = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
