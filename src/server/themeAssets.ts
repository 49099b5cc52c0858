import path from 'node:path'
import express, { type RequestHandler } from 'express'
import { DEFAULT_THEME, themeDirectory } from '../render/themes'

/** Serves `/_themes/:theme/<file>` from the theme's assets, falling back to the default theme's; 404 otherwise. */
export function themeAssets(): RequestHandler {
  const statics = new Map<string, RequestHandler>()
  const staticFor = (name: string): RequestHandler | null => {
    const known = statics.get(name)
    if (known) return known
    const directory = themeDirectory(name)
    if (!directory) return null
    const handler = express.static(path.join(directory, 'assets'), { maxAge: '1d' })
    statics.set(name, handler)
    return handler
  }
  return (req, res, next) => {
    const name = String(req.params.theme ?? '')
    const notFound = () => res.status(404).type('text/plain; charset=utf-8').send('文件不存在。')
    const own = staticFor(name)
    if (!own) return notFound()
    const fallback = name === DEFAULT_THEME ? null : staticFor(DEFAULT_THEME)
    const afterOwn = (error?: unknown) => {
      if (error) return next(error)
      if (!fallback) return notFound()
      fallback(req, res, (fallbackError?: unknown) => (fallbackError ? next(fallbackError) : notFound()))
    }
    own(req, res, afterOwn)
  }
}
