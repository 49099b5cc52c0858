import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OpenDayRegistration } from '../../src/states'
import {
  countOf,
  expectJsonRefused,
  expectNoSecrets,
  expectSearchFindsNothing,
  from,
  publicPagesOf,
  startAbuseServer,
} from '../support/anonymousFormAbuse'
import { client, clientAs, createSiteWithStaff, createUser, graphql, sitePath, type SiteWithStaff } from '../support/fixtures'
import { postForm, solvedChallenge } from '../support/mailbox'
import { registration, storeOpenDay, submitRegistration } from '../support/openDays'
import type { TestServer } from '../support/payload'

/**
 * The open-day form is an anonymous write like the mailbox (issue #13): per-address and per-event limits
 * (429, Chinese), the challenge, the honeypot, bounded bodies, cross-origin posts refused; and the
 * registrations' personal data on no public route, nor for another site's staff or the cluster supervisors.
 */

let server: TestServer
let a: SiteWithStaff

beforeAll(async () => {
  ;({ server, a } = await startAbuseServer({ OPEN_DAY_LIMIT_PER_ADDRESS: '3', OPEN_DAY_LIMIT_PER_EVENT: '5' }, 'OX'))
})
afterAll(async () => server?.close())

const count = () => countOf(server.payload, 'open-day-registrations')

describe('rate limits', () => {
  it('per address: the 4th registration within the hour gets 429 with a Chinese message; another address goes on', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 50 })
    for (let i = 0; i < 3; i++)
      expect((await submitRegistration(server.url, a.site, day.id, {}, from('198.51.100.7'))).status).toBe(201)
    const over = await submitRegistration(server.url, a.site, day.id, {}, from('198.51.100.7'))
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.html).toMatch(/报名提交过于频繁，请 \d+ 分钟后再试。/)
    expect((await submitRegistration(server.url, a.site, day.id, {}, from('198.51.100.8'))).status).toBe(201)
  })

  it('per open day: a flood from many addresses stops at the event limit; another open day is unaffected', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 50 })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await submitRegistration(server.url, a.site, day.id, {}, from(`192.0.2.${i + 1}`))).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const other = await storeOpenDay(server.payload, a.site, { capacity: 50 })
    const next = await submitRegistration(server.url, a.site, other.id, {}, from('192.0.2.50'))
    expect(next.status).toBe(201)
  })
})

describe('challenge, honeypot and malformed posts', () => {
  it('refuses a replayed challenge, a filled honeypot, cross-origin posts, wrong types and oversize bodies', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 50 })
    const path = sitePath(a.site, `/open-days/${day.id}`)
    const before = await count()
    const altcha = await solvedChallenge(server.url, a.site)
    expect((await postForm(server.url, path, registration({ altcha }), from('203.0.113.1'))).status).toBe(201)
    const replay = await postForm(server.url, path, registration({ altcha }), from('203.0.113.2'))
    expect(replay.status).toBe(422)
    expect(replay.html).toContain('安全验证未通过')
    const trapped = await postForm(
      server.url,
      path,
      registration({ altcha: await solvedChallenge(server.url, a.site), website: 'http://spam.example' }),
      from('203.0.113.3'),
    )
    expect(trapped.status).toBe(422)
    expect(trapped.html).toContain('请不要填写页面上隐藏的“网址”一栏')
    const cross = await postForm(
      server.url,
      path,
      registration({ altcha: await solvedChallenge(server.url, a.site) }),
      { ...from('203.0.113.4'), Origin: 'https://evil.example' },
    )
    expect(cross.status).toBe(403)
    expect(cross.html).toContain('跨站提交已被拒绝')
    await expectJsonRefused(server.url, path, registration())
    const huge = await postForm(server.url, path, registration({ name: '长'.repeat(10_000) }), from('203.0.113.5'))
    expect(huge.status).toBe(413)
    expect(huge.html).toContain('提交的内容过大')
    const script = await postForm(
      server.url,
      path,
      registration({ altcha: await solvedChallenge(server.url, a.site), name: '<script>alert(1)</script>' }),
      from('203.0.113.6'),
    )
    expect(script.status).toBe(422)
    expect(script.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(script.html).not.toContain('<script>alert(1)')
    expect(await count()).toBe(before + 1)
  })
})

describe('personal data on no public route', () => {
  it('REST, GraphQL, pages, search, feeds and sitemap never show the name, phone or ID digits', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 1, waitingListSize: 1, title: '隐私检查开放日' })
    const draft = await storeOpenDay(server.payload, a.site, { status: 'draft', title: '未发布的开放日' })
    await submitRegistration(
      server.url,
      a.site,
      day.id,
      { name: '欧阳开放', phone: '13711112222', idLast4: '987X' },
      from('203.0.113.20'),
    )
    await submitRegistration(
      server.url,
      a.site,
      day.id,
      { name: '司马候补', phone: '13733334444', idLast4: '6543' },
      from('203.0.113.21'),
    )
    const secrets = ['欧阳开放', '司马候补', '13711112222', '13733334444', '987X', '6543']
    const anonymous = await fetch(`${server.url}/api/open-day-registrations?depth=2`)
    expect([401, 403]).toContain(anonymous.status)
    const gql = await graphql(server.url, '{ OpenDayRegistrations { docs { name phone idLast4 confirmationCode } } }')
    expect(gql.data?.OpenDayRegistrations ?? null).toBeNull()
    const texts = [await anonymous.text(), JSON.stringify(gql)]
    const publicDays = await client(server.url).get('/api/open-days', { depth: 2, limit: 50 })
    expect(publicDays.status).toBe(200)
    expect(publicDays.text).toContain('隐私检查开放日')
    expect(publicDays.text).not.toContain('未发布的开放日')
    expect((await client(server.url).get(`/api/open-days/${draft.id}`)).status).not.toBe(200)
    texts.push(publicDays.text)
    texts.push(
      ...(await publicPagesOf(server.url, a.site, [
        '/',
        '/open-days',
        `/open-days/${day.id}`,
        '/sitemap',
        '/sitemap.xml',
        '/feed.xml',
        '/search?q=开放日',
        '/search?q=候补&scope=all',
      ])),
    )
    await expectSearchFindsNothing(server.url, a.site, ['欧阳开放', '13711112222', '987X'])
    expectNoSecrets(texts, secrets)
    // The site's own staff read them; another site's staff and the cluster supervisor do not.
    const own = await (await clientAs(server.url, a.reviewer)).get('/api/open-day-registrations', {
      where: { openDay: { equals: day.id } },
    })
    expect(own.body.docs.map((d: { status: string }) => d.status)).toEqual([
      OpenDayRegistration.confirmed,
      OpenDayRegistration.waiting,
    ])
    expect(own.text).not.toContain('phoneKey')
    const outsider = await createSiteWithStaff(server.payload, 'OY')
    const supervisor = await createUser(server.payload, { roles: ['supervisor'] })
    for (const user of [outsider.siteAdmin, supervisor]) {
      const theirs = await (await clientAs(server.url, user)).get('/api/open-day-registrations', {
        where: { openDay: { equals: day.id } },
      })
      expect(theirs.body.docs ?? []).toEqual([])
    }
  })
})
