// In-memory full-text index over the library. Search folds diacritics (contract slug.ts
// foldDiacritics, đ→d) so `ha tinh` finds `Hà Tĩnh`; results that match with the query's
// exact diacritics rank above folded ones, then by field (headline above body) and
// frequency; consecutive query words score as a phrase. Documents are added, updated and
// removed one at a time; toJSON/fromJSON carry the index across restarts.

import { foldDiacritics } from '../../contract/text/slug';
import { GrowableIntList } from './growableIntList';
import { makeSnippet, tokenRange, type Snippet } from './searchSnippet';
import { Stored, type LazyDocument, type SavedDocumentReader } from './storedDocument';

export type { LazyDocument, SavedDocumentReader } from './storedDocument';

export interface SearchDocument {
  id: string;
  headline?: string;
  sapo?: string;
  body?: string;
  captions?: string[];
  tags?: string[];
  authors?: string[];
}

export type SearchField = 'headline' | 'tags' | 'sapo' | 'authors' | 'captions' | 'body';
const FIELDS: readonly SearchField[] = ['headline', 'tags', 'sapo', 'authors', 'captions', 'body'];
const FIELD_WEIGHT: Record<SearchField, number> = { headline: 8, tags: 5, sapo: 4, authors: 4, captions: 3, body: 1 };

export interface SearchResult {
  id: string;
  score: number;
  /** How many query words matched with their exact diacritics. */
  exactWords: number;
  snippet?: Snippet;
}

/** The index's inner lists, for a compact file (services/search/searchIndexFile.ts). */
export interface SearchIndexParts {
  terms: string[];
  /** How many document numbers the postings may use (removed documents included). */
  numbers: number;
  /** Live documents in order; `number` is the one the postings use. */
  documents: Array<{ number: number; stored: Stored }>;
  /** By exact term: [document number, fieldMask | frequency << 6, …], ascending by document. */
  postings: ReadonlyArray<{ data: Int32Array; length: number }>;
}

/** What the index keeps on disk: documents with their tokens, so a restart skips tokenising. */
export interface SearchIndexJson {
  version: 2;
  terms: string[];
  documents: Array<{ doc: SearchDocument; tokens: number[]; fieldStarts: number[] }>;
}

const TOKEN_SEPARATOR = /[^\p{L}\p{M}\p{N}]+/u;
/** Phrase bonuses need token positions, so only this many best-scored matches are re-ranked. */
const RERANK_WINDOW = 200;

function fieldText(doc: SearchDocument, field: SearchField): string {
  const value = doc[field];
  return (Array.isArray(value) ? value.join('\n') : (value ?? '')).normalize('NFC');
}

function tokensOf(text: string): string[] {
  return text.toLowerCase().split(TOKEN_SEPARATOR).filter((t) => t.length > 0);
}

export class SearchIndex {
  private stored: Array<Stored | undefined> = [];
  private numberById = new Map<string, number>();
  private exactIds = new Map<string, number>();
  private exactTerms: string[] = [];
  private foldedOfExact: number[] = [];
  private foldedIds = new Map<string, number>();
  private variantsOfFolded: number[][] = []; // folded term → its exact spellings
  // Exact term → [document number, fieldMask | frequency << 6, …], ascending by document.
  private postings: Array<GrowableIntList | (() => GrowableIntList)> = [];
  private scratch = new Int32Array(1024); // per-document counts, indexed by exact term
  private dead = 0;

  get size(): number {
    return this.numberById.size;
  }

  has(id: string): boolean {
    return this.numberById.has(id);
  }

  /** Adds a document, or replaces the one with the same id. */
  add(doc: SearchDocument): void {
    const exact: number[] = [];
    const fieldStarts: number[] = [];
    for (const field of FIELDS) {
      fieldStarts.push(exact.length);
      for (const token of tokensOf(fieldText(doc, field))) exact.push(this.exactId(token));
    }
    fieldStarts.push(exact.length);
    this.addTokenised(new Stored(doc.id, Uint32Array.from(fieldStarts), { doc, exact: Uint32Array.from(exact) }));
  }

  update(doc: SearchDocument): void {
    this.add(doc);
  }

  remove(id: string): void {
    const number = this.numberById.get(id);
    if (number === undefined) return;
    this.stored[number] = undefined;
    this.numberById.delete(id);
    this.dead++;
    if (this.dead > 100 && this.dead > this.numberById.size / 4) this.compact();
  }

  search(query: string, options: { limit?: number } = {}): SearchResult[] {
    const words = tokensOf(query.normalize('NFC'));
    if (words.length === 0) return [];
    const folded: number[] = [];
    for (const word of words) {
      const id = this.foldedIds.get(foldDiacritics(word));
      if (id === undefined) return [];
      folded.push(id);
    }
    const exact = words.map((word) => this.exactIds.get(word) ?? -1);
    const ranked = this.preRank(folded, exact);
    const reranked = ranked.slice(0, Math.max(RERANK_WINDOW, options.limit ?? 20));
    for (const result of reranked) result.score += this.phraseBonus(this.stored[this.numberById.get(result.id)!]!, folded, exact);
    reranked.sort(byRank);
    const limit = options.limit ?? 20;
    const top = limit > reranked.length ? [...reranked, ...ranked.slice(reranked.length, limit)] : reranked.slice(0, limit);
    for (const result of top.slice(0, 50)) result.snippet = this.snippetFor(result.id, folded, exact);
    return top;
  }

  toJSON(): SearchIndexJson {
    return {
      version: 2,
      terms: this.exactTerms,
      documents: this.stored
        .filter((s): s is Stored => !!s)
        .map((s) => ({ doc: s.doc, tokens: Array.from(s.exact), fieldStarts: Array.from(s.fieldStarts) })),
    };
  }

  static fromJSON(json: SearchIndexJson): SearchIndex {
    if (json.version !== 2) throw new Error(`Unknown search index version ${String(json.version)}`);
    const index = new SearchIndex();
    for (const term of json.terms) index.exactId(term);
    for (const { doc, tokens, fieldStarts } of json.documents) {
      index.addTokenised(new Stored(doc.id, Uint32Array.from(fieldStarts), { doc, exact: Uint32Array.from(tokens) }));
    }
    return index;
  }

  /** The inner lists as they are (not copies): for writing a compact file. */
  parts(): SearchIndexParts {
    const documents: SearchIndexParts['documents'] = [];
    this.stored.forEach((stored, number) => stored && documents.push({ number, stored }));
    return { terms: this.exactTerms, numbers: this.stored.length, documents, postings: this.exactTerms.map((_, id) => this.postingsOf(id)) };
  }

  /**
   * An index from a compact file: the postings as saved (documents numbered in order), each
   * term's postings and each document's text and tokens loaded when a query first needs them.
   */
  static fromParts(terms: string[], documents: LazyDocument[], reader: SavedDocumentReader, postings: Array<() => GrowableIntList>): SearchIndex {
    if (postings.length !== terms.length) throw new Error('the postings do not match the terms');
    const index = new SearchIndex();
    for (const term of terms) index.exactId(term);
    if (index.exactTerms.length !== terms.length) throw new Error('a term is saved twice');
    index.postings = postings;
    for (const entry of documents) {
      if (index.numberById.has(entry.id)) throw new Error(`document ${entry.id} is saved twice`);
      index.numberById.set(entry.id, index.stored.length);
      index.stored.push(new Stored(entry.id, entry.fieldStarts, { saved: entry.saved, reader }));
    }
    return index;
  }

  private addTokenised(stored: Stored): void {
    this.remove(stored.id);
    const number = this.stored.length;
    this.stored.push(stored);
    this.numberById.set(stored.id, number);
    this.post(number, stored);
  }

  private post(number: number, stored: Stored): void {
    if (this.scratch.length < this.exactTerms.length) this.scratch = new Int32Array(this.exactTerms.length * 2);
    const touched: number[] = [];
    let field = 0;
    for (let p = 0; p < stored.exact.length; p++) {
      while (p >= stored.fieldStarts[field + 1]!) field++;
      const exactId = stored.exact[p]!;
      if (this.scratch[exactId] === 0) touched.push(exactId);
      this.scratch[exactId] = (this.scratch[exactId]! | (1 << field)) + 64;
    }
    for (const exactId of touched) {
      this.postingsOf(exactId).push2(number, this.scratch[exactId]!);
      this.scratch[exactId] = 0;
    }
  }

  private exactId(token: string): number {
    let id = this.exactIds.get(token);
    if (id === undefined) {
      id = this.exactIds.size;
      this.exactIds.set(token, id);
      this.exactTerms.push(token);
      this.postings.push(new GrowableIntList());
      const foldedToken = foldDiacritics(token);
      let foldedId = this.foldedIds.get(foldedToken);
      if (foldedId === undefined) {
        foldedId = this.foldedIds.size;
        this.foldedIds.set(foldedToken, foldedId);
        this.variantsOfFolded.push([]);
      }
      this.variantsOfFolded[foldedId]!.push(id);
      this.foldedOfExact.push(foldedId);
    }
    return id;
  }

  private postingsOf(exactId: number): GrowableIntList {
    let list = this.postings[exactId]!;
    if (typeof list === 'function') this.postings[exactId] = list = list();
    return list;
  }

  /** Every document holding all query words (folded), scored from the postings alone. */
  private preRank(folded: number[], exact: number[]): SearchResult[] {
    const count = this.stored.length;
    const matched = new Uint8Array(count);
    const exactWords = new Uint8Array(count);
    const score = new Float64Array(count);
    const mask = new Int32Array(count);
    const frequency = new Int32Array(count);
    const unique = [...new Set(folded)];
    for (const foldedId of unique) {
      // Merge the postings of every spelling of this word (ha, hà, hả … for "ha").
      const touched: number[] = [];
      for (const exactId of this.variantsOfFolded[foldedId]!) {
        const { data: list, length } = this.postingsOf(exactId);
        const times = exact.filter((e) => e === exactId).length;
        for (let i = 0; i < length; i += 2) {
          const n = list[i]!;
          if (mask[n] === 0) touched.push(n);
          mask[n]! |= list[i + 1]! & 63;
          frequency[n]! += list[i + 1]! >>> 6;
          exactWords[n]! += times;
        }
      }
      for (const n of touched) {
        matched[n]!++;
        score[n]! += bestFieldWeight(mask[n]!) * 2 + Math.log1p(frequency[n]!);
        mask[n] = 0;
        frequency[n] = 0;
      }
    }
    const results: SearchResult[] = [];
    for (let n = 0; n < count; n++) {
      const stored = this.stored[n];
      if (matched[n] !== unique.length || !stored) continue;
      results.push({ id: stored.id, score: score[n]!, exactWords: exactWords[n]! });
    }
    return results.sort(byRank);
  }

  /** Extra score where query words follow each other in one field (exact phrase counts double). */
  private phraseBonus(stored: Stored, folded: number[], exact: number[]): number {
    if (folded.length < 2) return 0;
    let bonus = 0;
    let field = 0;
    const tokens = stored.exact;
    for (let p = 0; p + folded.length <= tokens.length; p++) {
      while (p >= stored.fieldStarts[field + 1]!) field++;
      if (p + folded.length > stored.fieldStarts[field + 1]!) continue;
      let q = 0;
      let allExact = true;
      while (q < folded.length && this.foldedOfExact[tokens[p + q]!] === folded[q]) {
        if (tokens[p + q] !== exact[q]) allExact = false;
        q++;
      }
      if (q === folded.length) bonus = Math.max(bonus, FIELD_WEIGHT[FIELDS[field]!] * (allExact ? 3 : 2));
    }
    return bonus;
  }

  private snippetFor(id: string, folded: number[], exact: number[]): Snippet | undefined {
    const stored = this.stored[this.numberById.get(id)!]!;
    const tokens = stored.exact;
    // Best spot: the whole query as a phrase in the highest-weighted field, exact beats
    // folded; failing a phrase, the best single matching word.
    let best: { p: number; field: number; length: number; rank: number } | undefined;
    let field = 0;
    for (let p = 0; p < tokens.length; p++) {
      while (p >= stored.fieldStarts[field + 1]!) field++;
      const q = folded.indexOf(this.foldedOfExact[tokens[p]!]!);
      if (q < 0) continue;
      const fieldEnd = stored.fieldStarts[field + 1]!;
      let length = 0;
      let allExact = true;
      while (length < folded.length && p + length < fieldEnd && this.foldedOfExact[tokens[p + length]!] === folded[length]) {
        if (tokens[p + length] !== exact[length]) allExact = false;
        length++;
      }
      const phrase = length === folded.length;
      const rank = FIELD_WEIGHT[FIELDS[field]!] * 4 + (phrase ? 2 : 0) + ((phrase ? allExact : tokens[p] === exact[q]) ? 1 : 0);
      if (!best || rank > best.rank) best = { p, field, length: phrase ? length : 1, rank };
    }
    if (!best) return undefined;
    const name = FIELDS[best.field]!;
    const text = fieldText(stored.doc, name);
    const start = best.p - stored.fieldStarts[best.field]!;
    const range = tokenRange(text, start, start + best.length - 1);
    return range ? makeSnippet(name, text, range) : undefined;
  }

  /** Drops removed documents from the postings (renumbering the rest). */
  private compact(): void {
    const live = this.stored.filter((s): s is Stored => !!s);
    this.stored = live;
    this.numberById = new Map(live.map((s, n) => [s.id, n]));
    this.postings = this.postings.map(() => new GrowableIntList());
    live.forEach((s, n) => this.post(n, s));
    this.dead = 0;
  }
}

function byRank(a: SearchResult, b: SearchResult): number {
  return b.exactWords - a.exactWords || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function bestFieldWeight(mask: number): number {
  let best = 0;
  for (let f = 0; f < FIELDS.length; f++) if (mask & (1 << f)) best = Math.max(best, FIELD_WEIGHT[FIELDS[f]!]);
  return best;
}
