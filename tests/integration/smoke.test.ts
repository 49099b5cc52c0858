import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPlatform } from '../support/payload'

let platform: TestPlatform
beforeAll(async () => {
  platform = await startTestPayload()
})
afterAll(async () => platform?.close())

describe('smoke', () => {
  it('creates a site', async () => {
    const site = await platform.payload.create({
      collection: 'sites',
      data: {
        name: '测试网站',
        siteCode: '6400000099',
        level: 'region',
        status: 'live',
        sponsor: '测试',
        filings: { icpNumber: 'x', publicSecurityNumber: 'y' },
        domains: [{ domain: 'test.gov.cn' }],
      },
    })
    expect(site.siteCode).toBe('6400000099')
  })
})
