// Images that came down from the sync server, for figures that show them as missing. A plain
// module — it never touches the platform at import, so the editor's schema still loads in
// Node — fed by the App from the services' pushes ('media:arrived').
const listeners = new Set<(files: readonly string[]) => void>();

/** Listen for arriving images; returns the function that stops listening. */
export function onMediaArrived(listener: (files: readonly string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function mediaArrived(files: readonly string[]): void {
  listeners.forEach((listener) => listener(files));
}
