import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { hotQueries } from '../hotQueries/read'
import { rateLimit } from '../security/rateLimits'
import { positiveSetting } from '../security/settings'
import { SEARCH_DOCUMENT_TYPE_LABELS, type SearchHit } from '../search/types'
import { platformSearchEngine } from '../searchSync/engine'
import { publiclyReadableHits } from '../searchSync/visibility'
import { siteView } from './siteView'

/** The text typed so far; longer input is a sentence, where title suggestions no longer help. */
const MAX_TYPED = 30
const TITLES = 8
const QUERIES = 5
const CACHE_MS = 30_000
const CACHE_ENTRIES = 5000

export type SuggestAnswer = {
  q: string
  titles: { title: string; url: string; kind: string }[]
  queries: { query: string; url: string }[]
}

const cache = new Map<string, { at: number; answer: SuggestAnswer }>()

/** Suggestions are asked on every keystroke: a limit of their own, above the search page's. */
export const suggestRateLimit = () =>
  rateLimit({ name: 'search-suggest', points: positiveSetting('SEARCH_SUGGEST_LIMIT_PER_MINUTE', 600), durationSeconds: 60, message: '输入过于频繁，请 {minutes} 分钟后再试。' })

/**
 * `/search/suggest.json?q=` (搜索联想): titles of the site's own public documents containing the typed
 * text and the site's hot queries containing it. The index holds only what the public may read, and the
 * titles are re-checked like the search page's hits; answers are kept for 30 seconds per site and text,
 * so that visitors typing the same popular words cost one engine call.
 */
export async function suggest(payload: Payload, site: Site, viaPrefix: boolean, typed: string): Promise<SuggestAnswer> {
  const q = typed.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_TYPED)
  const key = `${site.id}|${viaPrefix ? 1 : 0}|${q}`
  const cached = cache.get(key)
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.answer
  const view = siteView(site, viaPrefix)
  const ownPrefix = `/sites/${site.siteCode}`
  const localUrl = (url: string) => (!viaPrefix && url.startsWith(`${ownPrefix}/`) ? url.slice(ownPrefix.length) : url)
  const hot = await hotQueries(payload, site.id)
  const queries = hot
    .filter((h) => !q || h.query.includes(q.toLowerCase()))
    .slice(0, QUERIES)
    .map((h) => ({ query: h.query, url: `${view.basePath}/search?${new URLSearchParams({ q: h.query })}` }))
  let titles: SuggestAnswer['titles'] = []
  if (q) {
    const found = await (await platformSearchEngine(payload)).suggestTitles(site.id, q, TITLES)
    const asHits = found.map((f) => ({ id: f.id }) as SearchHit)
    const readable = new Set((await publiclyReadableHits(payload, asHits)).map((h) => h.id))
    titles = found.filter((f) => readable.has(f.id)).map((f) => ({ title: f.title, url: localUrl(f.url), kind: SEARCH_DOCUMENT_TYPE_LABELS[f.type] }))
  }
  const answer = { q, titles, queries }
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(key, { at: Date.now(), answer })
  return answer
}

/** Forgets cached answers (tests). */
export function forgetSuggestions(): void {
  cache.clear()
}
