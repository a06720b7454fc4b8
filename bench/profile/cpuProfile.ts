// A Chromium CPU profile (CDP Profiler domain) of part of a run, and its summary: where the
// main thread's time went, per function and per source file — original files and names read
// through the bundle's source map, third-party code grouped by npm package.
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { SourceMap } from './sourceMap';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export async function startCpuProfile(cdp: CDPSession, samplingIntervalUs = 200): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await cdp.send('Profiler.start');
}

export async function stopCpuProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as unknown as CpuProfile;
}

/** One place code runs: a function of ours (file:line name) or a package's, or V8's own. */
export interface CodeSite {
  /** e.g. `renderer/language/findingDecorations.ts:41 mapFindings` or `prosemirror-view`. */
  label: string;
  /** Repository-relative file of ours, or `npm:<package>`, or `(garbage collector)` and the like. */
  file: string;
  ours: boolean;
}

export interface ProfileRow {
  label: string;
  ms: number;
}

export interface ProfileSummary {
  /** Wall time profiled and time the main thread was busy (not idle; native work included). */
  profiledMs: number;
  busyMs: number;
  /** Self time: the function itself, not what it called. */
  selfByFunction: ProfileRow[];
  /** Total time: the function and everything it called (each stack counted once). */
  totalByFunction: ProfileRow[];
  /** Self time per file of ours / per package. */
  selfByFile: ProfileRow[];
  /** Time in stacks that pass through a file of ours (what the file's code caused). */
  totalByOurFile: ProfileRow[];
}

/** Turns a bundle URL into its source map, once per bundle. */
export class SiteResolver {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(
    /** Maps a script URL to its built file on disk (or undefined when it is not ours). */
    private readonly builtFileOf: (url: string) => string | undefined,
    private readonly repoRoot: string,
  ) {}

  resolve(frame: CallFrame): CodeSite {
    if (!frame.url) {
      const name = frame.functionName || '(anonymous)';
      const label = name === '(program)' ? '(program: native work — style, layout, paint)' : name;
      return { label, file: label, ours: false };
    }
    const built = this.builtFileOf(frame.url);
    // A script's own top-level code (its modules' initialisation, in a bundle all of them).
    if (!frame.functionName && frame.lineNumber === 0 && frame.columnNumber === 0) {
      const label = `(top-level code of ${frame.url.replace(/^.*\//u, '')})`;
      return { label, file: label, ours: false };
    }
    const map = built ? this.mapOf(built) : null;
    const original = map?.lookup(frame.lineNumber, frame.columnNumber);
    if (!map || !original || !built) {
      const file = frame.url.replace(/^.*\//u, '');
      return { label: `${file} ${frame.functionName || '(anonymous)'}`, file, ours: false };
    }
    const absolute = path.resolve(path.dirname(built), original.source);
    const npm = packageOf(absolute);
    if (npm) return { label: `${npm} ${functionNameAt(map, original) ?? frame.functionName}`, file: `npm:${npm}`, ours: false };
    const file = path.relative(this.repoRoot, absolute);
    const name = functionNameAt(map, original) ?? '(anonymous)';
    return { label: `${file}:${original.line + 1} ${name}`, file, ours: true };
  }

  private mapOf(built: string): SourceMap | null {
    if (!this.maps.has(built)) {
      try {
        this.maps.set(built, SourceMap.read(`${built}.map`));
      } catch {
        this.maps.set(built, null);
      }
    }
    return this.maps.get(built)!;
  }
}

function packageOf(file: string): string | undefined {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const parts = file.slice(at + '/node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The function's name in the original source: the map's name, else read from the line. */
function functionNameAt(map: SourceMap, position: { source: string; line: number; column: number; name?: string }): string | undefined {
  if (position.name) return position.name;
  const line = map.sourceLine(position.source, position.line);
  if (!line) return undefined;
  const before = line.slice(0, position.column + 40);
  const patterns = [
    /function\s*\*?\s*([\w$]+)\s*\(/gu, // function name(
    /([\w$]+)\s*[:=]\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)/gu, // name = (…) =>
    /(?:^|\s)(?:async\s+|static\s+|get\s+|set\s+|private\s+|public\s+)*([\w$]+)\s*\([^)]*\)\s*(?::[^{]*)?\{/gu, // method(…) {
  ];
  let best: { name: string; at: number } | undefined;
  for (const pattern of patterns) {
    for (const match of before.matchAll(pattern)) {
      const name = match[1]!;
      if (['if', 'for', 'while', 'switch', 'catch', 'return', 'function'].includes(name)) continue;
      if (!best || Math.abs(match.index! - position.column) < Math.abs(best.at - position.column)) best = { name, at: match.index! };
    }
  }
  return best?.name;
}

// '(program)' is the browser's own native work (style, layout, paint): busy, not idle.
const IDLE = new Set(['(idle)', '(root)']);

function sorted(map: Map<string, number>, limit: number): ProfileRow[] {
  return [...map.entries()]
    .map(([label, us]) => ({ label, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

export function summariseProfile(profile: CpuProfile, resolver: SiteResolver, limit = 40): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sites = new Map<number, CodeSite>();
  const siteOf = (id: number) => {
    let site = sites.get(id);
    if (!site) sites.set(id, (site = resolver.resolve(byId.get(id)!.callFrame)));
    return site;
  };

  const selfByFunction = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const totalByOurFile = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let busy = 0;

  // Sample i lasts until sample i + 1 (the last one gets nothing: its end is unknown).
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const us = profile.timeDeltas[i + 1]!;
    const leaf = profile.samples[i]!;
    const leafSite = siteOf(leaf);
    if (IDLE.has(leafSite.label)) continue;
    busy += us;
    add(selfByFunction, leafSite.label, us);
    add(selfByFile, leafSite.file, us);
    const functions = new Set<string>();
    const files = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const site = siteOf(id);
      if (site.label === '(root)') continue;
      functions.add(site.label);
      if (site.ours) files.add(site.file);
    }
    for (const label of functions) add(totalByFunction, label, us);
    for (const file of files) add(totalByOurFile, file, us);
  }
  return {
    profiledMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busy / 1000,
    selfByFunction: sorted(selfByFunction, limit),
    totalByFunction: sorted(totalByFunction, limit),
    selfByFile: sorted(selfByFile, limit),
    totalByOurFile: sorted(totalByOurFile, limit),
  };
}
