import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Liquid } from 'liquidjs'
import { chinaDate, chinaDateTime, chinaLongDate } from './dates'

const themesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../themes')

const engines = new Map<string, Liquid>()

export const themeDirectory = (theme: string): string => path.join(themesRoot, theme)

/**
 * One sandboxed LiquidJS engine per theme. Templates get plain data, never models, and output is
 * HTML-escaped by default; only values the server already sanitized are marked `| raw`.
 */
export function themeEngine(theme = 'default'): Liquid {
  let engine = engines.get(theme)
  if (engine) return engine
  const root = themeDirectory(theme)
  engine = new Liquid({
    root: [path.join(root, 'templates')],
    partials: [path.join(root, 'partials')],
    layouts: [path.join(root, 'layouts')],
    extname: '.liquid',
    cache: process.env.NODE_ENV === 'production' || process.env.THEME_CACHE === 'true',
    outputEscape: 'escape',
    strictFilters: true,
    ownPropertyOnly: true,
  })
  engine.registerFilter('cn_date', chinaDate)
  engine.registerFilter('cn_datetime', chinaDateTime)
  engine.registerFilter('cn_long_date', chinaLongDate)
  engines.set(theme, engine)
  return engine
}

export const themeAssetsDirectory = (theme = 'default'): string => path.join(themeDirectory(theme), 'assets')
