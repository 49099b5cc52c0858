import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../projectRoot'

/**
 * Themes by name (docs/architecture.md, "Themes"). A theme is a folder `<name>/` with `templates/`, `partials/`,
 * `layouts/` and `assets/`; each site names its theme (`sites.theme`). A theme need only hold what it changes:
 * templates, partials, layouts and assets it lacks come from the default theme. Folders are looked up in
 * THEMES_DIR first (themes kept outside the repository), then in the repository's `themes/`.
 */
export const DEFAULT_THEME = 'default'

const themeName = /^[a-z0-9][a-z0-9-]{0,40}$/

const themeRoots = (): string[] =>
  [process.env.THEMES_DIR, path.join(projectRoot, 'themes')].filter((root): root is string => Boolean(root))

/** The folder of a theme, or null when no theme of that name exists (or the name is not a theme name). */
export function themeDirectory(name: string): string | null {
  if (!themeName.test(name)) return null
  for (const root of themeRoots()) {
    const directory = path.join(root, name)
    if (fs.existsSync(directory) && fs.statSync(directory).isDirectory()) return directory
  }
  return null
}

/** Every theme a site may choose, in name order. */
export function themeNames(): string[] {
  const names = new Set<string>()
  for (const root of themeRoots()) {
    if (!fs.existsSync(root)) continue
    for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && themeName.test(entry.name)) names.add(entry.name)
    }
  }
  return [...names].sort()
}

/** The theme a site renders with: its own if it exists, else the default (a removed theme never breaks a site). */
export const resolveTheme = (name: string | null | undefined): string =>
  name && themeDirectory(name) ? name : DEFAULT_THEME

/** Where a theme's assets are served; templates link `{{ theme.assets }}/site.css`. */
export const themeAssetsUrl = (name: string): string => `/_themes/${name}`
