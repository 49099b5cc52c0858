import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { challengeMessage } from '../../src/security/formChallenge'
import {
  countOf,
  expectInvalidUtf8Refused,
  expectJsonRefused,
  expectNoSecrets,
  expectSearchFindsNothing,
  from,
  publicPagesOf,
  startAbuseServer,
} from '../support/anonymousFormAbuse'
import { clientAs, createSite, createSiteWithStaff, fetchPage, graphql, sitePath, type SiteWithStaff } from '../support/fixtures'
import { letter, postForm, solvedChallenge, submitLetter } from '../support/mailbox'
import type { TestServer } from '../support/payload'
import { rawRequest } from '../support/rawHttp'
import { Message } from '../../src/states'

/**
 * The mailbox is the first anonymous write (issue #13): per-address and per-site limits (429, Chinese),
 * a proof-of-work challenge used once, a honeypot, bounded and strictly decoded bodies, cross-origin posts
 * refused, markup refused and everything escaped; and personal data on no public route.
 */

let server: TestServer
let a: SiteWithStaff

beforeAll(async () => {
  ;({ server, a } = await startAbuseServer({ MAILBOX_LIMIT_PER_ADDRESS: '3', MAILBOX_LIMIT_PER_SITE: '5' }, 'AB'))
})
afterAll(async () => server?.close())

const count = () => countOf(server.payload, 'messages')

describe('rate limits', () => {
  it('per address: the 4th letter within the hour gets 429 with a Chinese message; another address goes on', async () => {
    const site = await createSite(server.payload, { name: '限额网站甲' })
    for (let i = 0; i < 3; i++)
      expect((await submitLetter(server.url, site, {}, from('198.51.100.7'))).status).toBe(201)
    const over = await submitLetter(server.url, site, {}, from('198.51.100.7'))
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.html).toMatch(/提交留言过于频繁，请 \d+ 分钟后再试。/)
    expect((await submitLetter(server.url, site, {}, from('198.51.100.8'))).status).toBe(201)
  })

  it('per site: a flood from many addresses stops at the site limit, other sites are unaffected', async () => {
    const site = await createSite(server.payload, { name: '限额网站乙' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await submitLetter(server.url, site, {}, from(`192.0.2.${i + 1}`))).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const other = await createSite(server.payload, { name: '限额网站丙' })
    expect((await submitLetter(server.url, other, {}, from('192.0.2.50'))).status).toBe(201)
  })
})

describe('challenge, honeypot and malformed posts', () => {
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    postForm(server.url, sitePath(a.site, '/mailbox'), fields, { ...from('203.0.113.99'), ...headers })

  it('refuses a letter without a solved challenge, a replayed one and a forged one, keeping what was typed', async () => {
    const before = await count()
    const missing = await post(letter({ subject: '没有验证' }))
    expect(missing.status).toBe(422)
    expect(missing.html).toContain(challengeMessage)
    expect(missing.html).toContain('value="没有验证"')
    const altcha = await solvedChallenge(server.url, a.site)
    expect((await post(letter({ altcha }), from('203.0.113.100'))).status).toBe(201)
    expect((await post(letter({ altcha }), from('203.0.113.101'))).status).toBe(422)
    const solved = JSON.parse(Buffer.from(await solvedChallenge(server.url, a.site), 'base64').toString())
    const forged = Buffer.from(JSON.stringify({ ...solved, number: solved.number + 1 })).toString('base64')
    expect((await post(letter({ altcha: forged }), from('203.0.113.102'))).status).toBe(422)
    expect(await count()).toBe(before + 1)
  })

  it('a filled honeypot is refused with a Chinese explanation and nothing is stored', async () => {
    const before = await count()
    const trapped = await post(
      letter({ altcha: await solvedChallenge(server.url, a.site), website: 'http://spam.example' }),
    )
    expect(trapped.status).toBe(422)
    expect(trapped.html).toContain('请不要填写页面上隐藏的“网址”一栏')
    expect(await count()).toBe(before)
  })

  it('refuses cross-origin posts, wrong content types, oversize and invalid UTF-8 bodies, markup; strips NUL; keeps emoji', async () => {
    const before = await count()
    const cross = await post(letter({ altcha: await solvedChallenge(server.url, a.site) }), {
      Origin: 'https://evil.example',
    })
    expect(cross.status).toBe(403)
    expect(cross.html).toContain('跨站提交已被拒绝')
    await expectJsonRefused(server.url, sitePath(a.site, '/mailbox'), letter())
    const huge = await post(letter({ content: '长'.repeat(200_000) }))
    expect(huge.status).toBe(413)
    expect(huge.html).toContain('提交的内容过大')
    const path = sitePath(a.site, '/mailbox')
    await expectInvalidUtf8Refused(server.url, path, 'subject=%FF%FE&content=abc')
    const repeated = await rawRequest(server.url, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'subject=a&subject=b',
    })
    expect(repeated.status).toBe(400)
    const script = await post(
      letter({
        altcha: await solvedChallenge(server.url, a.site),
        content: '请看<script>alert(1)</script>这个问题很严重',
      }),
    )
    expect(script.status).toBe(422)
    expect(script.html).toContain('不能含有网页代码')
    expect(script.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(script.html).not.toContain('<script>alert(1)')
    expect(await count()).toBe(before)
    const ok = await submitLetter(
      server.url,
      a.site,
      { subject: '带表情😀\u0000的标题', content: '内容\u0000含有空字符和表情🙂，请处理。' },
      from('203.0.113.120'),
    )
    expect(ok.status).toBe(201)
    const stored = (
      await server.payload.find({
        collection: 'messages',
        where: { trackingCode: { equals: ok.code } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect(stored.subject).toBe('带表情😀的标题')
    expect(stored.content).not.toContain('\u0000')
  })
})

describe('personal data on no public route', () => {
  let site: Site
  beforeAll(async () => {
    site = a.site
    const staff = await clientAs(server.url, a.siteAdmin)
    for (const consent of ['yes', '']) {
      const r = await submitLetter(
        server.url,
        site,
        {
          subject: `公开答复${consent || '不同意'}`,
          name: '欧阳秘密',
          phone: '13700001111',
          email: 'secret.person@example.com',
          publishConsent: consent,
        },
        from(`203.0.113.${consent ? 130 : 131}`),
      )
      const id = (
        await server.payload.find({
          collection: 'messages',
          where: { trackingCode: { equals: r.code } },
          overrideAccess: true,
        })
      ).docs[0]!.id
      for (const step of [
        { status: Message.signed },
        { status: Message.replied, reply: '已答复。' },
        { status: Message.reviewed },
        { status: Message.concluded },
      ]) {
        expect((await staff.patch(`/api/messages/${id}`, step)).status).toBe(200)
      }
    }
  })

  it('REST, GraphQL, pages, search, feeds and sitemap never show the name, phone or email', async () => {
    const secrets = ['欧阳秘密', '13700001111', 'secret.person@example.com', 'hmac$']
    const anonymous = await fetch(`${server.url}/api/messages?depth=1`)
    expect([401, 403]).toContain(anonymous.status)
    const gql = await graphql(server.url, '{ Messages { docs { subject submitter { name phone email } } } }')
    expect(gql.data?.Messages ?? null).toBeNull()
    const texts = [await anonymous.text(), JSON.stringify(gql)]
    texts.push(
      ...(await publicPagesOf(server.url, site, [
        '/',
        '/mailbox',
        '/sitemap',
        '/sitemap.xml',
        '/feed.xml',
        '/search?q=公开答复',
        '/search?q=已答复&scope=all',
      ])),
    )
    // Searching for the secrets themselves finds nothing.
    await expectSearchFindsNothing(server.url, site, ['欧阳秘密', '13700001111', 'secret.person'])
    expectNoSecrets(texts, secrets)
    const mailbox = (await fetchPage(server.url, sitePath(site, '/mailbox'))).html
    // Only the reply whose author agreed is listed, under the masked name.
    expect(mailbox).toContain('公开答复yes')
    expect(mailbox).not.toContain('公开答复不同意')
    expect(mailbox).toContain('留言人：欧**')
    // Staff of another site read nothing of it either.
    const outsider = await createSiteWithStaff(server.payload, 'AX')
    const theirs = await (await clientAs(server.url, outsider.siteAdmin)).get('/api/messages', {
      where: { site: { equals: site.id } },
    })
    expect(theirs.body.docs).toEqual([])
  })
})
