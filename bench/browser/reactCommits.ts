// Which React components draw again while typing: a stand-in for React DevTools' hook (React
// calls it on every commit when it finds one at start-up), counting commits and, per commit,
// the function components that rendered (props or state not the same objects as before).
// The renderer is minified: names are the bundle's, unless React gives a displayName.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    benchReact?: { commits: number; rendered: Record<string, number>; reset: () => void };
  }
}

/** Must run before the app's scripts: page.addInitScript. */
function installHook(): void {
  const rendered: Record<string, number> = {};
  const state = {
    commits: 0,
    rendered,
    reset() {
      state.commits = 0;
      for (const key of Object.keys(rendered)) delete rendered[key];
    },
  };
  window.benchReact = state;
  type Fiber = { tag: number; type: unknown; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; memoizedProps: unknown; memoizedState: unknown };
  const seen = new WeakMap<Fiber, { props: unknown; state: unknown }>();
  const nameOf = (type: unknown): string => {
    if (!type) return '?';
    const t = type as { displayName?: string; name?: string; type?: unknown; render?: unknown };
    if (typeof type === 'function') return t.displayName || t.name || 'anonymous';
    return t.displayName || (t.type ? nameOf(t.type) : t.render ? nameOf(t.render) : '?');
  };
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      state.commits++;
      const stack: Fiber[] = [root.current];
      while (stack.length) {
        const fiber = stack.pop()!;
        // Function, forwardRef and simple memo components: drawn in this commit when their
        // props or state are not what this hook saw last time on the fiber or its twin
        // (fibers of a subtree React skipped are left as they were).
        if ([0, 11, 15].includes(fiber.tag)) {
          const last = seen.get(fiber) ?? (fiber.alternate ? seen.get(fiber.alternate) : undefined);
          if (!last || last.props !== fiber.memoizedProps || last.state !== fiber.memoizedState) {
            const name = nameOf(fiber.type);
            rendered[name] = (rendered[name] ?? 0) + 1;
          }
          const record = { props: fiber.memoizedProps, state: fiber.memoizedState };
          seen.set(fiber, record);
          if (fiber.alternate) seen.set(fiber.alternate, record);
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
    },
  };
}

export async function installReactCommitCounter(page: Page): Promise<void> {
  await page.addInitScript(installHook);
}

export function resetReactCommits(page: Page): Promise<void> {
  return page.evaluate(() => window.benchReact?.reset());
}

export function reactCommits(page: Page): Promise<{ commits: number; rendered: Record<string, number> } | undefined> {
  return page.evaluate(() => (window.benchReact ? { commits: window.benchReact.commits, rendered: { ...window.benchReact.rendered } } : undefined));
}
