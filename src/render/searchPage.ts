import { emptyFacets } from '../search/common'
import { SEARCH_DOCUMENT_TYPE_LABELS, SEARCH_DOCUMENT_TYPES, type SearchDocumentType, type SearchQuery, type SearchResult } from '../search/types'
import { platformSearchEngine } from '../searchSync/engine'
import { publiclyReadableHits } from '../searchSync/visibility'
import { themeEngine } from './engine'
import { chinaDate } from './dates'
import { publicColumns, type ColumnNode } from './content'
import type { PageRequest, RenderedPage } from './pages'
import { siteView } from './siteView'
import { chinaYear } from '../calendar/chinaTime'
import { validityStates } from '../states'
import { hotQueryLog } from '../hotQueries/log'
import { hotQueries } from '../hotQueries/read'

const categoryLabels: Record<string, string> = {
  'government-order': '政府令',
  rules: '规章',
  'normative-document': '规范性文件',
  personnel: '人事任免',
  other: '其他',
}

const yearOf = (value: string | undefined): number | undefined => {
  const year = Number.parseInt(value ?? '', 10)
  return year >= 1949 && year <= 2100 ? year : undefined
}

const descendants = (column: ColumnNode): ColumnNode[] => [column, ...column.children.flatMap(descendants)]
const withPaths = (columns: readonly ColumnNode[], above = ''): { column: ColumnNode; path: string }[] =>
  columns.flatMap((column) => {
    const path = above ? `${above}/${column.slug}` : column.slug
    return [{ column, path }, ...withPaths(column.children, path)]
  })

/**
 * `column=` names a column of the searched site by id, by its path of slugs (`zwgk/zcwj`) or by its
 * slug alone (`zcwj`, `/columns/zcwj/`, as in the column page's address): the column and its
 * sub-columns, read from the site's public column tree. Another site's column, or one that is not
 * public, is not found.
 */
export function findSearchColumn(tree: readonly ColumnNode[], value: string): { column: ColumnNode; ids: string[] } | null {
  const wanted = value.trim().replace(/^\/+|\/+$/g, '').replace(/^columns\//, '')
  if (!wanted || wanted.length > 200) return null
  const all = withPaths(tree)
  const found = all.find((c) => c.path === wanted) ?? all.find((c) => String(c.column.id) === wanted) ?? all.find((c) => c.column.slug === wanted)
  return found ? { column: found.column, ids: descendants(found.column).map((c) => String(c.id)) } : null
}

/** The visitor's query string as a search query; anything malformed is dropped rather than rejected. */
function searchQueryFrom(request: PageRequest, column: ReturnType<typeof findSearchColumn>): { query: SearchQuery; wholeCluster: boolean } {
  const q = request.query
  const wholeCluster = q.scope === 'all'
  const type = SEARCH_DOCUMENT_TYPES.find((t) => t === q.type) as SearchDocumentType | undefined
  const validity = validityStates.find((v) => v.value === q.validity)?.value
  return {
    wholeCluster,
    query: {
      q: (q.q ?? '').trim().slice(0, 100),
      types: type ? [type] : undefined,
      siteIds: wholeCluster ? undefined : [request.site.id],
      yearFrom: yearOf(q.yearFrom),
      yearTo: yearOf(q.yearTo),
      issuingAgencies: q.agency ? [q.agency] : undefined,
      gazetteCategories: q.category ? [q.category] : undefined,
      validities: validity ? [validity] : undefined,
      columnIds: column?.ids,
      sort: q.sort === 'date' ? 'date' : 'relevance',
      page: Math.max(1, Math.min(50, Number.parseInt(q.page ?? '1', 10) || 1)),
      pageSize: 20,
    },
  }
}

function withParams(base: string, params: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const merged = { ...params, ...changes }
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(merged)) if (value) search.set(key, value)
  return `${base}?${search.toString()}`
}

/** `/search` (HTML) and `/search.json` (the same query as JSON). Never page-cached: the query space is unbounded. */
export async function renderSearch(request: PageRequest, format: 'html' | 'json'): Promise<RenderedPage> {
  const view = siteView(request.site, request.viaPrefix, request.successor)
  const tree = await publicColumns(request.payload, request.site.id)
  const columnParam = (request.query.column ?? '').trim().slice(0, 200)
  const column = columnParam ? findSearchColumn(tree, columnParam) : null
  const { query, wholeCluster } = searchQueryFrom(request, column)
  let result: SearchResult | null = null
  let unavailable = false
  if (columnParam && !column) {
    // Not a public column of this site: nothing is searched, so nothing of another site can show.
    result = { hits: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? 20, facets: emptyFacets(), tookMs: 0, suggestions: [] }
  } else if (query.q || query.types || query.yearFrom || query.yearTo || query.validities || query.issuingAgencies || query.gazetteCategories || query.columnIds) {
    try {
      result = await (await platformSearchEngine(request.payload)).search(query)
      // The index may lag behind a withdrawal or a site going offline: show only what the public can read now.
      const readable = await publiclyReadableHits(request.payload, result.hits)
      if (readable.length !== result.hits.length) result = { ...result, hits: readable, total: Math.max(readable.length, result.total - (result.hits.length - readable.length)) }
    } catch (error) {
      request.payload.logger.error({ err: error, msg: 'search failed' })
      unavailable = true
    }
  }
  // Only a person's first page of a search that found something counts towards 热门搜索.
  if (format === 'html' && result && result.total > 0 && query.q && query.page === 1) hotQueryLog(request.payload).record(request.site.id, query.q)
  const ownPrefix = `/sites/${request.site.siteCode}`
  const localUrl = (url: string) => (!request.viaPrefix && url.startsWith(`${ownPrefix}/`) ? url.slice(ownPrefix.length) : url)
  if (format === 'json') {
    const body = unavailable ? { error: '搜索服务暂时不可用，请稍后再试。' } : { query, result: result && { ...result, hits: result.hits.map((h) => ({ ...h, url: localUrl(h.url) })) } }
    return { status: unavailable ? 503 : 200, html: JSON.stringify(body), contentType: 'application/json; charset=utf-8', tags: [] }
  }
  const base = `${view.basePath}/search`
  const params: Record<string, string | undefined> = { ...request.query }
  const facet = (key: string, buckets: { value: string; count: number; label?: string }[], label: (v: string) => string) =>
    buckets.map((b) => ({ label: b.label ?? label(b.value), count: b.count, url: withParams(base, params, { [key]: b.value, page: undefined }), current: params[key] === b.value }))
  const hot = await hotQueries(request.payload, request.site.id)
  const html = await themeEngine(request.site.theme ?? 'default').renderFile('search', {
    site: view,
    nav: tree.map((c) => ({ title: c.title, url: `${view.basePath}/columns/${c.slug}/`, current: false, children: [] })),
    year: chinaYear(),
    page: { title: query.q ? `“${query.q}”的搜索结果 - ${view.name}` : `站内搜索 - ${view.name}` },
    search: {
      q: query.q,
      wholeCluster,
      sort: query.sort,
      type: params.type ?? '',
      yearFrom: params.yearFrom ?? '',
      yearTo: params.yearTo ?? '',
      validity: query.validities?.[0] ?? '',
      validities: validityStates.map((v) => ({ value: v.value, label: v.label.zh })),
      agency: query.issuingAgencies?.[0] ?? '',
      category: query.gazetteCategories?.[0] ?? '',
      // The column searched in, as the visitor named it (kept in the form), with a link that drops it.
      column: columnParam
        ? {
            param: columnParam,
            title: column?.column.title ?? '',
            found: Boolean(column),
            url: column ? `${view.basePath}/columns/${column.column.slug}/` : '',
            removeUrl: withParams(base, params, { column: undefined, page: undefined }),
          }
        : null,
      unavailable,
      searched: Boolean(result),
      types: SEARCH_DOCUMENT_TYPES.map((t) => ({ value: t, label: SEARCH_DOCUMENT_TYPE_LABELS[t] })),
      total: result?.total ?? 0,
      tookMs: result?.tookMs ?? 0,
      hits: (result?.hits ?? []).map((h) => ({
        titleHtml: h.titleHighlighted,
        snippetHtml: h.snippet,
        url: localUrl(h.url),
        date: chinaDate(h.publishedAt),
        typeLabel: SEARCH_DOCUMENT_TYPE_LABELS[h.type],
        siteName: h.siteName,
        docNumber: h.docNumber ?? '',
      })),
      facets: result
        ? {
            types: facet('type', result.facets.types, (v) => SEARCH_DOCUMENT_TYPE_LABELS[v as SearchDocumentType] ?? v),
            years: facet('yearFrom', result.facets.years, (v) => `${v}年`).map((f, i) => ({ ...f, url: withParams(base, params, { yearFrom: result!.facets.years[i]!.value, yearTo: result!.facets.years[i]!.value, page: undefined }) })),
            agencies: facet('agency', result.facets.issuingAgencies, (v) => v),
            categories: facet('category', result.facets.gazetteCategories, (v) => categoryLabels[v] ?? v),
            sites: wholeCluster ? result.facets.sites.map((b) => ({ label: b.label ?? b.value, count: b.count })) : [],
          }
        : null,
      suggestions: (result?.suggestions ?? []).map((s) => ({
        q: s.q,
        total: s.total,
        url: s.dropFilters ? withParams(base, { q: s.q }, {}) : withParams(base, params, { q: s.q, page: undefined }),
        reason: s.reason === 'without-filters' ? '去掉筛选条件后' : s.reason === 'fewer-words' ? '减少关键词后' : s.reason === 'did-you-mean' ? '纠正错别字后' : '相关词',
      })),
      didYouMean: result?.didYouMean ? { q: result.didYouMean.q, total: result.didYouMean.total, url: withParams(base, params, { q: result.didYouMean.q, page: undefined }) } : null,
      matchedAsPinyin: result?.matchedAs === 'pinyin',
      clearFiltersUrl: withParams(base, { q: query.q }, {}),
      sortUrls: { relevance: withParams(base, params, { sort: undefined, page: undefined }), date: withParams(base, params, { sort: 'date', page: undefined }) },
      prevUrl: result && query.page! > 1 ? withParams(base, params, { page: String(query.page! - 1) }) : '',
      nextUrl: result && query.page! * 20 < result.total ? withParams(base, params, { page: String(query.page! + 1) }) : '',
      pageNumber: query.page,
      hotQueries: hot.map((h) => ({ query: h.query, url: withParams(base, { q: h.query }, {}) })),
    },
  })
  return { status: 200, html, contentType: 'text/html; charset=utf-8', tags: [] }
}
