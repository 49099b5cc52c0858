/** One document's facet codes, as stored in `search_facets`. */
export type FacetRow = { rowid: number; published: number; type: number; site: number; year: number; category: number; agencies: string }

/**
 * The facet codes of every indexed document in typed arrays indexed by rowid. Counting facets, the
 * total and a date-sorted page over tens of thousands of FTS matches then needs only their rowids
 * from SQLite, not a join per match. Rowids only grow (AUTOINCREMENT, and a changed document gets a
 * new rowid), so catching up with another process's writes means loading the rows above `maxRowid`;
 * entries of deleted rows stay behind but FTS never returns their rowids again.
 */
export class FacetColumns {
  published = new Float64Array(1024)
  type = new Uint8Array(1024)
  site = new Int32Array(1024)
  year = new Int16Array(1024)
  category = new Int32Array(1024)
  /** The first issuing agency; `extraAgencies` holds the others of a joint issuance. */
  agency = new Int32Array(1024)
  readonly extraAgencies = new Map<number, number[]>()
  maxRowid = 0

  private grow(rowid: number): void {
    let size = this.type.length
    if (rowid < size) return
    while (size <= rowid) size *= 2
    const widen = <T extends Float64Array | Uint8Array | Int32Array | Int16Array>(old: T, make: (n: number) => T): T => {
      const next = make(size)
      next.set(old as never)
      return next
    }
    this.published = widen(this.published, (n) => new Float64Array(n))
    this.type = widen(this.type, (n) => new Uint8Array(n))
    this.site = widen(this.site, (n) => new Int32Array(n))
    this.year = widen(this.year, (n) => new Int16Array(n))
    this.category = widen(this.category, (n) => new Int32Array(n))
    this.agency = widen(this.agency, (n) => new Int32Array(n))
  }

  set(row: FacetRow): void {
    this.grow(row.rowid)
    const r = row.rowid
    this.published[r] = row.published
    this.type[r] = row.type
    this.site[r] = row.site
    this.year[r] = row.year
    this.category[r] = row.category
    const agencies = row.agencies ? row.agencies.split(',').map(Number) : []
    this.agency[r] = agencies[0] ?? 0
    if (agencies.length > 1) this.extraAgencies.set(r, agencies.slice(1))
    else this.extraAgencies.delete(r)
    if (r > this.maxRowid) this.maxRowid = r
  }

  clear(): void {
    this.type.fill(0)
    this.extraAgencies.clear()
  }
}
