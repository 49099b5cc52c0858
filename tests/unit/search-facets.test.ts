import { describe, expect, it } from 'vitest'
import { countFacets, TYPE_CODES } from '../../src/search/embeddedFacets'
import { FacetColumns } from '../../src/search/facetColumns'

const labels: Record<string, { value: string; label: string | null }> = {
  'site:1': { value: '640', label: '宁夏回族自治区人民政府' },
  'site:2': { value: '641', label: null },
  'agency:1': { value: '自治区人民政府', label: null },
  'agency:2': { value: '自治区财政厅', label: null },
  'category:1': { value: 'rules', label: null },
}

describe('embedded facet counts', () => {
  it('counts types, sites, years, categories and every agency of a joint issuance', () => {
    const columns = new FacetColumns()
    const gazette = TYPE_CODES.get('gazette-article')!
    const article = TYPE_CODES.get('article')!
    columns.set({ rowid: 1, published: 1, type: gazette, site: 1, year: 2017, category: 1, agencies: '1,2' })
    columns.set({ rowid: 2, published: 2, type: gazette, site: 1, year: 2018, category: 1, agencies: '1' })
    columns.set({ rowid: 3, published: 3, type: article, site: 2, year: 2018, category: 0, agencies: '' })
    // Not matched: must not be counted.
    columns.set({ rowid: 4, published: 4, type: article, site: 2, year: 2019, category: 0, agencies: '2' })
    // A code this process does not know yet (another process wrote it) is left out, not shown as a number.
    columns.set({ rowid: 5, published: 5, type: article, site: 9, year: 2019, category: 0, agencies: '' })

    const facets = countFacets([1, 2, 3, 5], columns, (kind, code) => labels[`${kind}:${code}`])
    expect(facets.types).toEqual([
      { value: 'article', label: '信息', count: 2 },
      { value: 'gazette-article', label: '政府公报', count: 2 },
    ])
    expect(facets.sites).toEqual([
      { value: '640', label: '宁夏回族自治区人民政府', count: 2 },
      { value: '641', count: 1 },
    ])
    expect(facets.years).toEqual([
      { value: '2019', count: 1 },
      { value: '2018', count: 2 },
      { value: '2017', count: 1 },
    ])
    expect(facets.issuingAgencies).toEqual([
      { value: '自治区人民政府', count: 2 },
      { value: '自治区财政厅', count: 1 },
    ])
    expect(facets.gazetteCategories).toEqual([{ value: 'rules', count: 2 }])
  })

  it('counts codes and years far apart, as at a million articles with hundreds of sites', () => {
    const columns = new FacetColumns()
    const many: Record<string, { value: string; label: string | null }> = { 'site:1': { value: '640', label: null }, 'site:700': { value: '7000', label: null } }
    const rows = [
      { rowid: 1, site: 700, year: 1949 },
      { rowid: 2, site: 1, year: 2200 },
      { rowid: 3, site: 700, year: 2200 },
    ]
    for (const r of rows) columns.set({ ...r, published: r.rowid, type: TYPE_CODES.get('article')!, category: 0, agencies: '' })
    const facets = countFacets([1, 2, 3], columns, (kind, code) => many[`${kind}:${code}`])
    expect(facets.sites).toEqual([
      { value: '7000', count: 2 },
      { value: '640', count: 1 },
    ])
    expect(facets.years).toEqual([
      { value: '2200', count: 2 },
      { value: '1949', count: 1 },
    ])
  })

  it('is empty for no matches', () => {
    expect(countFacets([], new FacetColumns(), () => undefined)).toEqual({
      types: [],
      sites: [],
      years: [],
      issuingAgencies: [],
      gazetteCategories: [],
    })
  })
})
