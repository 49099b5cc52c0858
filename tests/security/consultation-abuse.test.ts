import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Consultation as ConsultationDoc } from '../../payload-types'
import { challengeMessage } from '../../src/security/formChallenge'
import { Comment } from '../../src/states'
import { consultationPath, opinion, storeConsultation, submitComment } from '../support/consultations'
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
import { clientAs, createSiteWithStaff, fetchPage, graphql, type SiteWithStaff } from '../support/fixtures'
import { postForm, solvedChallenge } from '../support/mailbox'
import type { TestServer } from '../support/payload'

/**
 * 意见征集's comment form is an anonymous write like the mailbox (issue #13): per-address and
 * per-consultation limits (429, Chinese), the proof-of-work challenge used once, a honeypot, bounded and
 * strictly decoded bodies, cross-origin posts refused, markup refused and escaped; and the commenters'
 * personal data on no public route (REST, GraphQL, pages, search, feeds, sitemap).
 */

let server: TestServer
let a: SiteWithStaff
let open: ConsultationDoc

beforeAll(async () => {
  ;({ server, a } = await startAbuseServer(
    { CONSULTATION_LIMIT_PER_ADDRESS: '3', CONSULTATION_LIMIT_PER_CONSULTATION: '5' },
    'CX',
  ))
  open = await storeConsultation(server.payload, a.site, { title: '防滥用测试征集' })
}, 120_000)
afterAll(async () => server?.close())

const count = () => countOf(server.payload, 'consultation-comments')

describe('rate limits', () => {
  it('per address: the 4th comment within the hour gets 429 with a Chinese message; another address goes on', async () => {
    const c = await storeConsultation(server.payload, a.site)
    for (let i = 0; i < 3; i++)
      expect((await submitComment(server.url, a.site, c, {}, from('198.51.100.7'))).status).toBe(201)
    const over = await submitComment(server.url, a.site, c, {}, from('198.51.100.7'))
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(over.html).toMatch(/提交意见过于频繁，请 \d+ 分钟后再试。/)
    expect((await submitComment(server.url, a.site, c, {}, from('198.51.100.8'))).status).toBe(201)
  })

  it('per consultation: a flood from many addresses stops at its limit; another consultation is unaffected', async () => {
    const c = await storeConsultation(server.payload, a.site)
    const statuses: number[] = []
    for (let i = 0; i < 7; i++)
      statuses.push((await submitComment(server.url, a.site, c, {}, from(`192.0.2.${i + 1}`))).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const flooded = await submitComment(server.url, a.site, c, {}, from('192.0.2.99'))
    expect(flooded.html).toMatch(/本次意见征集当前提交人数较多，请 \d+ 分钟后再试。/)
    const other = await storeConsultation(server.payload, a.site)
    expect((await submitComment(server.url, a.site, other, {}, from('192.0.2.50'))).status).toBe(201)
  })
})

describe('challenge, honeypot and malformed posts', () => {
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    postForm(server.url, consultationPath(a.site, open), fields, { ...from('203.0.113.99'), ...headers })

  it('refuses a comment without a solved challenge, a replayed one and a forged one, keeping what was typed', async () => {
    const before = await count()
    const missing = await post(opinion({ content: '没有通过验证的意见内容' }))
    expect(missing.status).toBe(422)
    expect(missing.html).toContain(challengeMessage)
    expect(missing.html).toContain('>没有通过验证的意见内容</textarea>')
    const altcha = await solvedChallenge(server.url, a.site)
    expect((await post(opinion({ altcha }), from('203.0.113.100'))).status).toBe(201)
    expect((await post(opinion({ altcha }), from('203.0.113.101'))).status).toBe(422)
    const solved = JSON.parse(Buffer.from(await solvedChallenge(server.url, a.site), 'base64').toString())
    const forged = Buffer.from(JSON.stringify({ ...solved, number: solved.number + 1 })).toString('base64')
    expect((await post(opinion({ altcha: forged }), from('203.0.113.102'))).status).toBe(422)
    expect(await count()).toBe(before + 1)
  })

  it('a filled honeypot is refused with a Chinese explanation and nothing is stored', async () => {
    const before = await count()
    const trapped = await post(
      opinion({ altcha: await solvedChallenge(server.url, a.site), website: 'http://spam.example' }),
    )
    expect(trapped.status).toBe(422)
    expect(trapped.html).toContain('请不要填写页面上隐藏的“网址”一栏')
    expect(await count()).toBe(before)
  })

  it('refuses cross-origin posts, wrong content types, oversize and invalid UTF-8 bodies and markup', async () => {
    const before = await count()
    const cross = await post(opinion({ altcha: await solvedChallenge(server.url, a.site) }), {
      Origin: 'https://evil.example',
    })
    expect(cross.status).toBe(403)
    expect(cross.html).toContain('跨站提交已被拒绝')
    const path = consultationPath(a.site, open)
    await expectJsonRefused(server.url, path, opinion())
    const huge = await post(opinion({ content: '长'.repeat(100_000) }))
    expect(huge.status).toBe(413)
    expect(huge.html).toContain('提交的内容过大')
    await expectInvalidUtf8Refused(server.url, path, 'content=%FF%FE')
    const script = await post(
      opinion({ altcha: await solvedChallenge(server.url, a.site), content: '请看<script>alert(1)</script>这一条' }),
    )
    expect(script.status).toBe(422)
    expect(script.html).toContain('不能含有网页代码')
    expect(script.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(script.html).not.toContain('<script>alert(1)')
    expect(await count()).toBe(before)
  })
})

describe('personal data on no public route', () => {
  it('REST, GraphQL, pages, search, feeds and sitemap never show the name, phone, email or a comment carrying them', async () => {
    const c = await storeConsultation(server.payload, a.site, { title: '隐私测试征集' })
    const sent: Record<string, string>[] = [
      { content: '公开显示的意见：建议增加停车位。', name: '', phone: '', email: '' },
      {
        content: '带个人信息的意见：建议延长开放时间。',
        name: '欧阳征集',
        phone: '13700005555',
        email: 'secret.comment@example.com',
      },
      { content: '正文里留了电话 13700006666 的意见' },
    ]
    for (const [i, fields] of sent.entries())
      expect((await submitComment(server.url, a.site, c, fields, from(`203.0.113.${140 + i}`))).status).toBe(201)
    const staff = await clientAs(server.url, a.editor)
    const stored = (
      await server.payload.find({
        collection: 'consultation-comments',
        where: { consultation: { equals: c.id } },
        overrideAccess: true,
        sort: 'receivedAt',
      })
    ).docs
    expect(
      (await staff.patch(`/api/consultation-comments/${stored[0]!.id}`, { status: Comment.displayed })).status,
    ).toBe(200)
    const secrets = ['欧阳征集', '13700005555', 'secret.comment@example.com', '13700006666', '带个人信息的意见']

    const rest = await fetch(`${server.url}/api/consultation-comments?depth=2`)
    expect([401, 403]).toContain(rest.status)
    const one = await fetch(`${server.url}/api/consultation-comments/${stored[1]!.id}`)
    expect([401, 403, 404]).toContain(one.status)
    const gql = await graphql(
      server.url,
      '{ ConsultationComments { docs { content submitter { name phone email } } } }',
    )
    expect(gql.data?.ConsultationComments ?? null).toBeNull()
    const texts = [await rest.text(), await one.text(), JSON.stringify(gql)]
    texts.push(await (await fetch(`${server.url}/api/consultations/${c.id}?depth=3`)).text())
    texts.push(JSON.stringify(await graphql(server.url, `{ Consultations { docs { title } } }`)))
    texts.push(
      ...(await publicPagesOf(server.url, a.site, [
        '/',
        '/consultations',
        `/consultations/${c.id}`,
        '/sitemap',
        '/sitemap.xml',
        '/feed.xml',
        '/search?q=意见&scope=all',
      ])),
    )
    await expectSearchFindsNothing(server.url, a.site, ['欧阳征集', '13700005555', 'secret.comment'])
    expectNoSecrets(texts, secrets)
    expect((await fetchPage(server.url, consultationPath(a.site, c))).html).toContain(
      '公开显示的意见：建议增加停车位。',
    )
    // Staff of another site read nothing of it either.
    const outsider = await createSiteWithStaff(server.payload, 'CY')
    const theirs = await (await clientAs(server.url, outsider.siteAdmin)).get('/api/consultation-comments', {
      where: { consultation: { equals: c.id } },
    })
    expect(theirs.body.docs).toEqual([])
  })
})
