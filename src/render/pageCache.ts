import { createHash } from 'node:crypto'
import { onPageInvalidation } from './invalidation'

/**
 * `body` is `html` encoded once as UTF-8 when the page enters the cache: a cached page is sent many
 * times, and encoding a 30 KB Chinese page on every send costs a good part of serving it.
 */
export type CachedPage = {
  status: number
  html: string
  body?: Buffer
  contentType: string
  etag: string
  lastModified: string
  tags: string[]
  headers?: Record<string, string>
  /** Compressed copies of `body`, made on first demand (src/server/encodings.ts). */
  encoded?: { br?: Buffer; gzip?: Buffer }
}

/**
 * Rendered public pages, keyed by site and path, dropped by tag when their content changes.
 * Bounded: the oldest entries go first once `maxEntries` is reached.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private readonly unsubscribe: () => void

  constructor(private readonly maxEntries = 5000, readonly enabled = true) {
    this.unsubscribe = onPageInvalidation((tags) => this.invalidate(tags))
  }

  get(key: string): CachedPage | undefined {
    return this.enabled ? this.pages.get(key) : undefined
  }

  set(key: string, page: Omit<CachedPage, 'etag' | 'lastModified' | 'body'>): CachedPage {
    const body = Buffer.from(page.html)
    const entry: CachedPage = {
      ...page,
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      lastModified: new Date().toUTCString(),
    }
    if (!this.enabled) return entry
    this.delete(key)
    if (this.pages.size >= this.maxEntries) this.delete(this.pages.keys().next().value as string)
    this.pages.set(key, entry)
    for (const tag of entry.tags) {
      let keys = this.keysByTag.get(tag)
      if (!keys) this.keysByTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    return entry
  }

  invalidate(tags: string[]): void {
    for (const tag of tags) {
      if (tag === '*') {
        this.pages.clear()
        this.keysByTag.clear()
        return
      }
      for (const key of this.keysByTag.get(tag) ?? []) this.delete(key)
      this.keysByTag.delete(tag)
    }
  }

  get size(): number {
    return this.pages.size
  }

  close(): void {
    this.unsubscribe()
  }

  private delete(key: string): void {
    const page = this.pages.get(key)
    if (!page) return
    this.pages.delete(key)
    for (const tag of page.tags) this.keysByTag.get(tag)?.delete(key)
  }
}
