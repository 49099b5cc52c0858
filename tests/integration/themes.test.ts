import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { createSite, fetchPage, sitePath } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/** 主题按名称：每个网站使用自己设置的主题，页面链接的是该主题的样式表，而不是默认主题的。 */

const fixtureThemes = path.resolve(import.meta.dirname, '../fixtures/themes')
const defaultCss = fs.readFileSync(path.resolve(import.meta.dirname, '../../themes/default/assets/site.css'), 'utf8')

let server: TestServer
let plain: Site
let themed: Site
beforeAll(async () => {
  process.env.THEMES_DIR = fixtureThemes
  server = await startTestServer()
  plain = await createSite(server.payload)
  themed = await createSite(server.payload)
  themed = await server.payload.update({
    collection: 'sites',
    id: themed.id,
    data: { theme: 'minimal' },
    overrideAccess: true,
  })
})
afterAll(async () => {
  delete process.env.THEMES_DIR
  await server?.close()
})

const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])

describe('themes by name', () => {
  it('links the stylesheet of the theme the site is set to', async () => {
    expect(stylesheets((await fetchPage(server.url, sitePath(themed))).html)).toEqual(['/_themes/minimal/site.css'])
    expect(stylesheets((await fetchPage(server.url, sitePath(plain))).html)).toEqual(['/_themes/default/site.css'])
  })

  it("serves each theme's own assets, and the default theme's for what a theme does not have", async () => {
    const minimal = await fetchPage(server.url, '/_themes/minimal/site.css')
    expect(minimal.status).toBe(200)
    expect(minimal.html).toContain('minimal-theme-marker')
    const fallback = await fetchPage(server.url, '/_themes/minimal/openness.css')
    expect(fallback.status).toBe(200)
    expect(fallback.html).toBe(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../themes/default/assets/openness.css'), 'utf8'),
    )
    const standard = await fetchPage(server.url, '/_themes/default/site.css')
    expect(standard.html).toBe(defaultCss)
    expect((await fetchPage(server.url, '/_themes/nonexistent/site.css')).status).toBe(404)
    expect((await fetchPage(server.url, '/_themes/minimal/missing.css')).status).toBe(404)
  })

  it('refuses a theme that does not exist, saying which exist', async () => {
    await expect(
      server.payload.update({
        collection: 'sites',
        id: plain.id,
        data: { theme: 'nonexistent' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/主题/)
    await expect(
      server.payload.update({ collection: 'sites', id: plain.id, data: { theme: '../default' }, overrideAccess: true }),
    ).rejects.toThrow(/主题/)
  })
})
