// An append-only list of 32-bit integers in one typed array that doubles when full: the
// search index keeps millions of postings, and plain arrays of numbers cost the garbage
// collector far more.

export class GrowableIntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}
