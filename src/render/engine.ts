import { safeUrl } from '../access/safeUrls'
import path from 'node:path'
import { Liquid, type Template } from 'liquidjs'
import { chinaDate, chinaDateTime, chinaLongDate } from './dates'
import { DEFAULT_THEME, resolveTheme, themeAssetsUrl, themeDirectory } from './themes'

const engines = new Map<string, Liquid>()

/**
 * Parsed templates, kept as values. LiquidJS's own cache keeps the promise of an asynchronous parse
 * for good, which a synchronous render cannot use; this one swaps a promise for its result once it
 * settles, and hides it until then (a concurrent first render parses again, harmlessly).
 */
class ParsedTemplateCache {
  private readonly templates = new Map<string, Template[] | Promise<Template[]>>()

  read(key: string): Template[] | undefined {
    const value = this.templates.get(key)
    return value instanceof Promise ? undefined : value
  }

  write(key: string, value: Template[] | Promise<Template[]>): void {
    this.templates.set(key, value)
    if (value instanceof Promise) {
      value.then(
        (templates) => this.templates.get(key) === value && this.templates.set(key, templates),
        () => this.templates.get(key) === value && this.templates.delete(key),
      )
    }
  }

  remove(key: string): void {
    this.templates.delete(key)
  }
}

/**
 * With the template cache on, a page renders synchronously: every template is parsed once, so
 * rendering needs no I/O, and LiquidJS's asynchronous renderer costs a promise per tag and output
 * (about 40% more CPU for an article page). The first render of a template reads its files
 * synchronously, once per process. Filters must therefore stay synchronous, as they are. Without
 * the cache (development) templates are read from disk on every render, asynchronously as before.
 */
class ThemeLiquid extends Liquid {
  constructor(
    options: ConstructorParameters<typeof Liquid>[0],
    private readonly renderSynchronously: boolean,
  ) {
    super(options)
  }

  override renderFile(...args: Parameters<Liquid['renderFile']>): ReturnType<Liquid['renderFile']> {
    if (!this.renderSynchronously) return super.renderFile(...args)
    try {
      return Promise.resolve(this.renderFileSync(...args))
    } catch (error) {
      return Promise.reject(error)
    }
  }
}

/**
 * One sandboxed LiquidJS engine per theme. Templates get plain data, never models, and output is
 * HTML-escaped by default; only values the server already sanitized are marked `| raw`.
 */
export function themeEngine(requested: string | null = DEFAULT_THEME): Liquid {
  const known = engines.get(requested ?? DEFAULT_THEME)
  if (known) return known
  const theme = resolveTheme(requested)
  let engine = engines.get(theme)
  if (engine) {
    engines.set(requested ?? DEFAULT_THEME, engine)
    return engine
  }
  // A theme holds only what it changes; the rest comes from the default theme, searched second.
  const roots = [...new Set([themeDirectory(theme)!, themeDirectory(DEFAULT_THEME)!])]
  const cache = process.env.NODE_ENV === 'production' || process.env.THEME_CACHE === 'true'
  engine = new ThemeLiquid(
    {
      root: roots.map((root) => path.join(root, 'templates')),
      partials: roots.map((root) => path.join(root, 'partials')),
      layouts: roots.map((root) => path.join(root, 'layouts')),
      globals: { theme: { name: theme, assets: themeAssetsUrl(theme) } },
      extname: '.liquid',
      cache: cache ? new ParsedTemplateCache() : false,
      outputEscape: 'escape',
      strictFilters: true,
      ownPropertyOnly: true,
    },
    cache,
  )
  engine.registerFilter('cn_date', chinaDate)
  engine.registerFilter('cn_datetime', chinaDateTime)
  engine.registerFilter('cn_long_date', chinaLongDate)
  // Any URL that came from stored data goes through this: an unsafe scheme renders as nothing.
  engine.registerFilter('safe_url', (value: unknown) => safeUrl(value) ?? '')
  engines.set(theme, engine)
  engines.set(requested ?? DEFAULT_THEME, engine)
  return engine
}

