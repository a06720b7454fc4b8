// One key of the article's metadata, live, with a setter that writes it the way the contract
// stores it (contract/article/metaStore.ts: sets and registers merge across offline copies).
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { metaTypesOf, readMetaValue, writeMetaValue } from '../../electron/contract/article/metaStore';

export { readMetaValue, writeMetaValue };

/** `parse` turns whatever is stored (maybe from an older or damaged copy) into a safe value. */
export function useMetaValue<T>(doc: Y.Doc, key: string, parse: (raw: unknown) => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => parse(readMetaValue(doc, key)));
  useEffect(() => {
    const types = metaTypesOf(doc, key);
    const refresh = () => {
      const next = parse(readMetaValue(doc, key));
      // Same content keeps the same value, so panels can tell a real change from a re-read.
      setValue((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    refresh();
    types.forEach((type) => type.observe(refresh));
    return () => types.forEach((type) => type.unobserve(refresh));
    // parse is a module-level function in every caller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, key]);
  const set = useCallback((next: T) => writeMetaValue(doc, key, next), [doc, key]);
  return [value, set];
}

export const asText = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

export const asTextList = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
