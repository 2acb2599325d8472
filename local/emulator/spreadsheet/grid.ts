/**
 * One layer of per-cell data (values, formulas, a format attribute, notes, validations) stored as
 * row arrays, so reading or writing 50,000 rows is a plain array walk. Indexes are 0-based.
 */
export class Layer<T> {
  rows: Array<Array<T | undefined> | undefined> = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (v === undefined) {
      if (row !== undefined && c < row.length) row[c] = undefined;
      return;
    }
    if (row === undefined) {
      row = [];
      if (this.rows.length < r) this.rows.length = r;
      this.rows[r] = row;
    }
    while (row.length < c) row.push(undefined);
    row[c] = v;
  }

  /** Sets every cell of the rectangle to `v` (undefined clears). */
  fill(r: number, c: number, nr: number, nc: number, v: T | undefined): void {
    for (let i = r; i < r + nr; i++) {
      if (v === undefined) {
        const row = this.rows[i];
        if (row === undefined) continue;
        const end = Math.min(c + nc, row.length);
        for (let j = c; j < end; j++) row[j] = undefined;
      } else {
        for (let j = c; j < c + nc; j++) this.set(i, j, v);
      }
    }
  }

  isEmpty(): boolean {
    for (const row of this.rows) if (row) for (const v of row) if (v !== undefined) return false;
    return true;
  }

  /** Inserts `n` rows so that the first new row has index `at`; new rows copy row `inheritFrom` if given. */
  insertRows(at: number, n: number, inheritFrom?: number): void {
    const src = inheritFrom !== undefined && inheritFrom >= 0 ? this.rows[inheritFrom] : undefined;
    if (at >= this.rows.length && !src) return;
    if (this.rows.length < at) this.rows.length = at;
    const fresh: Array<Array<T | undefined> | undefined> = new Array(n);
    for (let i = 0; i < n; i++) fresh[i] = src ? src.slice() : undefined;
    this.rows = this.rows.slice(0, at).concat(fresh, this.rows.slice(at));
  }

  deleteRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, n);
  }

  /** Inserts `n` columns so that the first new column has index `at`; they copy column `inheritFrom` if given. */
  insertCols(at: number, n: number, inheritFrom?: number): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const v = inheritFrom !== undefined && inheritFrom >= 0 ? row[inheritFrom] : undefined;
      if (row.length <= at && v === undefined) continue;
      while (row.length < at) row.push(undefined);
      const fresh: Array<T | undefined> = new Array(n).fill(v);
      this.rows[r] = row.slice(0, at).concat(fresh, row.slice(at));
    }
  }

  deleteCols(at: number, n: number): void {
    for (const row of this.rows) if (row && row.length > at) row.splice(at, n);
  }

  /**
   * Copies the rectangle (`r0`, `c0`, `nr` × `nc`) of `src` to (`dr0`, `dc0`) of this layer, empty cells included
   * (they clear); `copy` maps each value. The source is read first, so an overlapping copy on one layer behaves.
   * Walks stored rows only: a block of a mostly empty sheet costs what it holds, not its area.
   */
  copyBlock(
    src: Layer<T>,
    r0: number,
    c0: number,
    nr: number,
    nc: number,
    dr0: number,
    dc0: number,
    copy: (v: T) => T = (v) => v,
  ): void {
    const block: Array<Array<T | undefined> | undefined> = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const row = src.rows[r0 + i];
      if (row === undefined || row.length <= c0) continue;
      const part = row.slice(c0, c0 + nc);
      block[i] = part.some((v) => v !== undefined) ? part : undefined;
    }
    for (let i = 0; i < nr; i++) {
      const part = block[i];
      if (part === undefined) {
        const row = this.rows[dr0 + i];
        if (row === undefined) continue;
        const end = Math.min(dc0 + nc, row.length);
        for (let j = dc0; j < end; j++) row[j] = undefined;
        continue;
      }
      for (let j = 0; j < nc; j++) {
        const v = part[j];
        this.set(dr0 + i, dc0 + j, v === undefined ? undefined : copy(v));
      }
    }
  }

  /** Calls `fn` for every stored cell. */
  forEach(fn: (v: T, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) fn(v, r, c);
      }
    }
  }

  /** Replaces every stored cell by `fn(v)` (undefined clears it). */
  map(fn: (v: T, r: number, c: number) => T | undefined): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) row[c] = fn(v, r, c);
      }
    }
  }

  /** Index (0-based) of the last row holding something, or -1. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) if (row[c] !== undefined) return r;
    }
    return -1;
  }

  /** Index (0-based) of the last column holding something, or -1. */
  lastCol(): number {
    let last = -1;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        if (row[c] !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /**
   * Compact encoding: vertical runs per column `[col, row, count, valueIndex]`, values deduplicated
   * through `key` and encoded by `encode`.
   */
  encodeRuns(
    key: (v: T) => string,
    encode: (v: T) => unknown,
  ): { values: unknown[]; runs: Array<[number, number, number, number]> } {
    const values: unknown[] = [];
    const index = new Map<string, number>();
    const runs: Array<[number, number, number, number]> = [];
    let maxCol = 0;
    for (const row of this.rows) if (row && row.length > maxCol) maxCol = row.length;
    for (let c = 0; c < maxCol; c++) {
      let runStart = -1;
      let runKey = '';
      let runIdx = -1;
      const flush = (end: number) => {
        if (runStart >= 0) runs.push([c, runStart, end - runStart, runIdx]);
        runStart = -1;
      };
      for (let r = 0; r <= this.rows.length; r++) {
        const v = r < this.rows.length ? this.rows[r]?.[c] : undefined;
        if (v === undefined) {
          flush(r);
          continue;
        }
        const k = key(v);
        if (runStart >= 0 && k === runKey) continue;
        flush(r);
        let idx = index.get(k);
        if (idx === undefined) {
          idx = values.length;
          values.push(encode(v));
          index.set(k, idx);
        }
        runStart = r;
        runKey = k;
        runIdx = idx;
      }
    }
    return { values, runs };
  }

  decodeRuns(
    data: { values: unknown[]; runs: Array<[number, number, number, number]> },
    decode: (v: unknown) => T,
  ): void {
    const decoded = data.values.map(decode);
    for (const [c, r, n, idx] of data.runs) for (let i = r; i < r + n; i++) this.set(i, c, decoded[idx]);
  }
}
