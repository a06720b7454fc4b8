// The newsroom's people for @mentions and comment assignments: the library vocabulary's list
// (the newsroom's own people first, then authors and byline names) plus the profile's name.
// Shared by every comment card, read again when older than a few seconds (the newsroom may
// have added someone); a failure leaves the list empty and comments work as before.
import { useEffect, useState } from 'react';

let known: Promise<string[]> | null = null;
let readAt = 0;
const FRESH_MS = 5_000;

function loadPeople(): Promise<string[]> {
  if (!known || Date.now() - readAt > FRESH_MS) {
    readAt = Date.now();
    // Loaded when first asked for: the comment components stay importable where no window is (Node tests).
    known = import('../../platform/soanClient')
      .then(({ call }) => Promise.all([call('library:vocabulary', {}), call('settings:get', {})]))
      .then(
        ([vocabulary, settings]) => [...new Set([...vocabulary.people, settings.profile?.name ?? ''].filter((n) => n.trim()))],
        () => {
          known = null; // try again next time
          return [];
        },
      );
  }
  return known;
}

export function usePeople(): string[] {
  const [people, setPeople] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadPeople().then((list) => live && setPeople(list));
    return () => {
      live = false;
    };
  }, []);
  return people;
}
