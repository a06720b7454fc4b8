// Reads a source map (version 3) well enough to say which original file, line and name a
// position of the built bundle comes from: the profile's functions are minified otherwise.
import { readFileSync } from 'node:fs';

interface RawSourceMap {
  version: number;
  sources: string[];
  sourcesContent?: Array<string | null>;
  names: string[];
  mappings: string;
  sourceRoot?: string;
}

/** [generated column, source index, original line, original column, name index | -1] */
type Segment = [number, number, number, number, number];

export interface OriginalPosition {
  source: string;
  /** 0-based, as in the map. */
  line: number;
  column: number;
  name?: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The VLQ numbers of one segment ("AAAA" → [0, 0, 0, 0]). */
function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a source map VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  readonly sources: string[];
  private readonly contentLines = new Map<number, string[]>();

  constructor(private readonly raw: RawSourceMap) {
    if (raw.version !== 3) throw new Error(`source map version ${raw.version} is not supported`);
    this.sources = raw.sources.map((s) => (raw.sourceRoot ? `${raw.sourceRoot}${s}` : s));
    let source = 0;
    let line = 0;
    let column = 0;
    let name = 0;
    for (const generatedLine of raw.mappings.split(';')) {
      const segments: Segment[] = [];
      let generatedColumn = 0;
      for (const text of generatedLine.split(',')) {
        if (!text) continue;
        const v = decodeVlq(text);
        generatedColumn += v[0]!;
        if (v.length < 4) continue; // a segment that maps to no source
        source += v[1]!;
        line += v[2]!;
        column += v[3]!;
        let nameIndex = -1;
        if (v.length >= 5) {
          name += v[4]!;
          nameIndex = name;
        }
        segments.push([generatedColumn, source, line, column, nameIndex]);
      }
      this.lines.push(segments);
    }
  }

  static read(file: string): SourceMap {
    return new SourceMap(JSON.parse(readFileSync(file, 'utf8')) as RawSourceMap);
  }

  /** The original position of a generated one (0-based line and column), if mapped. */
  lookup(line: number, column: number): OriginalPosition | undefined {
    const segments = this.lines[line];
    if (!segments?.length) return undefined;
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid]![0] <= column) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    const segment = segments[Math.max(found, 0)]!;
    const [, source, originalLine, originalColumn, nameIndex] = segment;
    return {
      source: this.sources[source]!,
      line: originalLine,
      column: originalColumn,
      name: nameIndex >= 0 ? this.raw.names[nameIndex] : undefined,
    };
  }

  /** A line of an original source, when the map carries the sources. */
  sourceLine(source: string, line: number): string | undefined {
    const index = this.sources.indexOf(source);
    if (index < 0) return undefined;
    let lines = this.contentLines.get(index);
    if (!lines) {
      lines = (this.raw.sourcesContent?.[index] ?? '').split('\n');
      this.contentLines.set(index, lines);
    }
    return lines[line];
  }
}
