import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaDay, chinaYear } from '../../src/calendar/chinaTime'
import { startTestServer, type TestServer } from '../support/payload'
import { createOpennessFixture, publish, reviewed, submitted, type OpennessFixture } from '../support/openness'
import { fetchPage, sitePath } from '../support/fixtures'

let server: TestServer
let f: OpennessFixture

/** A published policy document, then (when given) its 有效性 changed the way the openness officer records it. */
async function policy(title: string, agency: string, validity?: 'repealed') {
  const doc = await reviewed(server.payload, f, await submitted(server.payload, f, { title, issuingAgencies: [{ name: agency, lead: true }] }))
  await publish(server.payload, f, doc.id)
  if (validity) await server.payload.update({ collection: 'policy-documents', id: doc.id, data: { validity, validityChangedAt: chinaDay() }, overrideAccess: true })
  return doc
}

const json = async (query: string) => {
  const response = await fetch(`${server.url}${sitePath(f.site, `/search.json?${query}`)}`)
  const body = (await response.json()) as { result: { total: number; hits: { title: string }[] } }
  return body.result.hits.map((h) => h.title).sort()
}

beforeAll(async () => {
  server = await startTestServer()
  f = await createOpennessFixture(server.payload, '6400000391')
  await policy('关于住房公积金缴存的通知', '测试厅')
  await policy('关于住房公积金提取的办法', '测试厅', 'repealed')
  await policy('关于住房保障的意见', '测试财政厅')
  await server.payload.jobs.run({ limit: 100 })
})
afterAll(async () => {
  await server?.close()
})

describe('search within the policy library: kind, issuing agency, validity and years, all in the URL', () => {
  it('filters by 有效性 with words or alone, and combines it with kind, agency and years', async () => {
    expect(await json('q=住房公积金')).toEqual(['关于住房公积金提取的办法', '关于住房公积金缴存的通知'])
    expect(await json('q=住房公积金&validity=in-force')).toEqual(['关于住房公积金缴存的通知'])
    expect(await json('q=住房公积金&validity=repealed')).toEqual(['关于住房公积金提取的办法'])
    expect(await json('validity=repealed')).toEqual(['关于住房公积金提取的办法'])
    expect(await json(`type=policy-document&validity=in-force&agency=${encodeURIComponent('测试财政厅')}`)).toEqual(['关于住房保障的意见'])
    const year = chinaYear()
    expect(await json(`q=住房&validity=in-force&yearFrom=${year}&yearTo=${year}`)).toEqual(['关于住房保障的意见', '关于住房公积金缴存的通知'])
    expect(await json(`q=住房&yearFrom=${year + 1}`)).toEqual([])
    // An unknown value is dropped rather than matching nothing.
    expect(await json('q=住房公积金&validity=nonsense')).toHaveLength(2)
  })

  it('keeps every filter in the page URL and the form, so a shared link shows the same results', async () => {
    const { html } = await fetchPage(server.url, sitePath(f.site, `/search?q=${encodeURIComponent('住房')}&validity=repealed&type=policy-document`))
    expect(html).toContain('<option value="repealed" selected>已废止</option>')
    expect(html).toContain('公积金提取的办法')
    expect(html).not.toContain('缴存的通知')
    // Facet links carry the validity along.
    expect(html).toMatch(/href="[^"]*validity=repealed[^"]*"/)
  })
})
