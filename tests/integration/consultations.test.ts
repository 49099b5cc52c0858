import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { addCalendarDays, chinaDay, chinaInstant, startOfChinaDay } from '../../src/calendar/chinaTime'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { consultationPhase, feedbackOverdue, takesComments } from '../../src/participation/consultationPeriod'
import { buildPlatformIndex } from '../../src/monitoring/platformIndex'
import { getMonitoringSettings } from '../../src/monitoring/settings'
import { probeSiteContent } from '../../src/monitoring/siteProbe'
import { Adoption, Comment, Consultation } from '../../src/states'
import { chinaToday, consultationPath, opinion, storeConsultation, submitComment } from '../support/consultations'
import {
  client,
  clientAs,
  createSite,
  createSiteWithStaff,
  fetchPage,
  login,
  sitePath,
  type SiteWithStaff,
} from '../support/fixtures'
import { postForm, solvedChallenge } from '../support/mailbox'
import { createOpennessFixture, publish, reviewed, submitted } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 意见征集（issue #13）：comments only during the period, on China-time days (dates built relative to now);
 * moderation before anything is shown, personal data never shown; the feedback report after closing, with
 * reasons for not adopting concentrated opinions and the decision document; the overdue flag on the working-day
 * calendar (pinned to 2026, a year with holiday data); the monitor counts an open consultation as a channel.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff

beforeAll(async () => {
  // One address sends every comment here; the limits have their own test (tests/security/consultation-abuse.test.ts).
  process.env.CONSULTATION_LIMIT_PER_ADDRESS = '1000'
  // Small proofs of work: the challenge itself is tested in tests/security/consultation-abuse.test.ts and challenge-replay.test.ts.
  process.env.FORM_CHALLENGE_MAX_NUMBER = '2000'
  server = await startTestServer()
  await ensureHolidayCalendar(server.payload)
  a = await createSiteWithStaff(server.payload, 'CA')
  b = await createSiteWithStaff(server.payload, 'CB')
}, 120_000)
afterAll(async () => server?.close())

const commentsOn = async (consultation: number | string) =>
  (
    await server.payload.find({
      collection: 'consultation-comments',
      where: { consultation: { equals: consultation } },
      overrideAccess: true,
      sort: 'receivedAt',
    })
  ).docs

describe('the period, on China-time days', () => {
  it('is open from 00:00 Beijing time on the first day to 24:00 on the last, whatever the server zone', () => {
    const first = chinaToday(2)
    const last = addCalendarDays(first, 3)
    const c = { status: Consultation.published, startsOn: first, endsOn: last }
    expect(consultationPhase(c, new Date(startOfChinaDay(first).getTime() - 1))).toBe('upcoming')
    expect(consultationPhase(c, startOfChinaDay(first))).toBe('open')
    expect(takesComments(c, chinaInstant(last, 23, 59))).toBe(true)
    expect(takesComments(c, startOfChinaDay(addCalendarDays(last, 1)))).toBe(false)
    expect(takesComments({ ...c, status: Consultation.draft }, startOfChinaDay(first))).toBe(false)
  })

  it('refuses comments the day after the end and the day before the start; takes them on the first and last day', async () => {
    const ended = await storeConsultation(server.payload, a.site, { startsOn: chinaToday(-10), endsOn: chinaToday(-1) })
    const future = await storeConsultation(server.payload, a.site, { startsOn: chinaToday(1), endsOn: chinaToday(10) })
    const lastDay = await storeConsultation(server.payload, a.site, {
      startsOn: chinaToday(-10),
      endsOn: chinaToday(0),
    })
    const firstDay = await storeConsultation(server.payload, a.site, {
      startsOn: chinaToday(0),
      endsOn: chinaToday(10),
    })
    const late = await submitComment(server.url, a.site, ended, { content: '过了截止日期才提交的意见内容' })
    expect(late.status).toBe(409)
    expect(late.html).toContain(`已于 ${chinaToday(-1)}（北京时间）结束，不再接收意见`)
    expect(late.html).toContain('过了截止日期才提交的意见内容')
    const early = await submitComment(server.url, a.site, future)
    expect(early.status).toBe(409)
    expect(early.html).toContain(`请于 ${chinaToday(1)}（北京时间）起提交意见`)
    expect(await commentsOn(ended.id)).toHaveLength(0)
    expect(await commentsOn(future.id)).toHaveLength(0)
    expect((await submitComment(server.url, a.site, lastDay)).status).toBe(201)
    expect((await submitComment(server.url, a.site, firstDay)).status).toBe(201)
    const stored = await commentsOn(lastDay.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.status).toBe(Comment.submitted)
    // The closed page says so and shows no form.
    const page = await fetchPage(server.url, consultationPath(a.site, ended))
    expect(page.html).toContain('征集期已结束，不再接收意见')
    expect(page.html).not.toContain('name="altcha"')
  })
})

describe('the form', () => {
  it('keeps what was typed and puts a Chinese error beside each wrong field; markup is escaped', async () => {
    const c = await storeConsultation(server.payload, a.site)
    const altcha = await solvedChallenge(server.url, a.site)
    const typed = opinion({ altcha, content: '太短', phone: 'abc', email: 'x@', name: '王<b>五', privacyConsent: '' })
    const page = await postForm(server.url, consultationPath(a.site, c), typed)
    expect(page.status).toBe(422)
    expect(page.html).toContain('id="cm-content-error">意见内容至少 5 个字')
    expect(page.html).toContain('id="cm-phone-error">电话号码格式不正确')
    expect(page.html).toContain('id="cm-email-error">电子邮箱格式不正确')
    expect(page.html).toContain('id="cm-name-error">姓名中不能含有网页代码')
    expect(page.html).toContain('id="cm-privacy-error">请阅读并勾选同意隐私声明')
    expect(page.html).toContain('>太短</textarea>')
    expect(page.html).toContain('value="王&lt;b&gt;五"')
    expect(page.html).not.toContain('王<b>五')
    expect(await commentsOn(c.id)).toHaveLength(0)
  })
})

describe('moderation', () => {
  it('shows a comment only once displayed; one with personal data (fields or text) can never be displayed', async () => {
    const c = await storeConsultation(server.payload, a.site, { title: '审核测试征集' })
    await submitComment(server.url, a.site, c, { content: '建议增加夜间公交线路，方便加班的市民。' })
    await submitComment(server.url, a.site, c, {
      content: '建议公园增加健身器材和照明。',
      name: '赵秘密',
      phone: '13600002222',
    })
    await submitComment(server.url, a.site, c, { content: '请联系我：身份证 640102199001011234，电话 13600003333' })
    const [plain, named, inText] = await commentsOn(c.id)
    expect(named!.personalData).toBe('姓名、电话')
    expect(inText!.personalData).toBe('身份证号码、电话号码')
    expect(plain!.personalData ?? null).toBeNull()
    const before = await fetchPage(server.url, consultationPath(a.site, c))
    expect(before.html).not.toContain('夜间公交线路')
    expect(before.html).toContain('暂无公开显示的意见')

    const staff = await clientAs(server.url, a.editor)
    expect((await staff.patch(`/api/consultation-comments/${plain!.id}`, { status: Comment.displayed })).status).toBe(
      200,
    )
    for (const withData of [named!, inText!]) {
      const refused = await staff.patch(`/api/consultation-comments/${withData.id}`, { status: Comment.displayed })
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('含有个人信息')
    }
    // Staff may not edit what the citizen wrote, nor clear the flag.
    await staff.patch(`/api/consultation-comments/${named!.id}`, {
      content: '改过的内容',
      personalData: null,
      submitter: { name: '' },
    })
    const kept = (await commentsOn(c.id))[1]!
    expect(kept.content).toBe('建议公园增加健身器材和照明。')
    expect(kept.personalData).toBe('姓名、电话')
    // Another site's staff neither read nor moderate it.
    const outsider = await clientAs(server.url, b.editor)
    expect(
      (await outsider.get('/api/consultation-comments', { where: { consultation: { equals: c.id } } })).body.docs,
    ).toEqual([])
    expect((await outsider.patch(`/api/consultation-comments/${plain!.id}`, { status: Comment.withheld })).status).toBe(
      403,
    )

    const after = await fetchPage(server.url, consultationPath(a.site, c))
    expect(after.html).toContain('建议增加夜间公交线路，方便加班的市民。')
    for (const secret of ['赵秘密', '13600002222', '640102199001011234', '健身器材和照明'])
      expect(after.html).not.toContain(secret)
  })

  it('not adopting a concentrated opinion needs a reason', async () => {
    const c = await storeConsultation(server.payload, a.site)
    await submitComment(server.url, a.site, c)
    const [comment] = await commentsOn(c.id)
    const staff = await clientAs(server.url, a.reviewer)
    const bare = await staff.patch(`/api/consultation-comments/${comment!.id}`, {
      concentrated: true,
      adoption: Adoption.notAdopted,
    })
    expect(bare.status).toBe(400)
    expect(bare.text).toContain('未采纳的集中意见须说明理由')
    const reasoned = await staff.patch(`/api/consultation-comments/${comment!.id}`, {
      concentrated: true,
      adoption: Adoption.notAdopted,
      adoptionReason: '与上位法规定不一致。',
    })
    expect(reasoned.status).toBe(200)
  })
})

describe('feedback after closing', () => {
  it('is published only after the period, with reasons; the page shows it with the decision document', async () => {
    const f = await createOpennessFixture(server.payload, '6400000391')
    const decision = await publish(
      server.payload,
      f,
      (await reviewed(server.payload, f, await submitted(server.payload, f, { title: '银川市城市公园管理办法' }))).id,
    )
    const editor = client(server.url, await login(server.url, f.editor, 'correct-horse-battery'))
    const running = await editor.post('/api/consultations', {
      site: f.site.id,
      title: '正在征集的草案',
      status: Consultation.published,
      startsOn: chinaToday(-1),
      endsOn: chinaToday(5),
      responsibleUnit: '测试厅',
    })
    expect(running.status).toBe(201)
    const early = await editor.patch(`/api/consultations/${running.body.doc.id}`, {
      feedback: { published: true, report: '已收到意见。' },
    })
    expect(early.text).toContain('征集期结束后才能公布反馈意见')

    const closed = await editor.post('/api/consultations', {
      site: f.site.id,
      title: '已结束的草案',
      status: Consultation.published,
      startsOn: chinaToday(-40),
      endsOn: chinaToday(-20),
      responsibleUnit: '测试厅',
      draftText: '草案正文',
    })
    const id = closed.body.doc.id
    const group = { summary: '建议取消收费', commentCount: 12, concentrated: true, adoption: Adoption.notAdopted }
    const unreasoned = await editor.patch(`/api/consultations/${id}`, {
      feedback: { published: true, report: '共收到意见 20 条。', groups: [group] },
    })
    expect(unreasoned.status).toBe(400)
    expect(unreasoned.text).toContain('未采纳的集中意见须说明理由')
    // The decision document must be of the same site, on every route.
    const elsewhere = await storeConsultation(server.payload, a.site, {
      startsOn: chinaToday(-40),
      endsOn: chinaToday(-20),
    })
    await expect(
      server.payload.update({
        collection: 'consultations',
        id: elsewhere.id,
        overrideAccess: true,
        data: { decisionDocument: decision.id },
      }),
    ).rejects.toThrow()
    const done = await editor.patch(`/api/consultations/${id}`, {
      decisionDocument: decision.id,
      feedback: {
        published: true,
        report: '共收到意见 20 条，采纳 8 条。',
        groups: [{ ...group, reason: '收费标准由上位法规定，本办法无权取消。' }],
      },
    })
    expect(done.status).toBe(200)
    expect(done.body.doc.feedbackOverdue).toBe(false)
    const page = await fetchPage(server.url, sitePath(f.site, `/consultations/${id}`))
    expect(page.html).toContain('意见采纳情况反馈')
    expect(page.html).toContain('收费标准由上位法规定，本办法无权取消。')
    expect(page.html).toContain('集中意见')
    expect(page.html).toMatch(/data-adoption>未采纳</)
    expect(page.html).toContain(`/documents/${decision.id}.html" data-decision>银川市城市公园管理办法`)
    const list = await fetchPage(server.url, sitePath(f.site, '/consultations'))
    const section = (key: string) => list.html.split(`data-list="${key}"`)[1]!.split('</section>')[0]!
    expect(section('feedback')).toContain('已结束的草案')
    expect(section('open')).toContain('正在征集的草案')
    expect(section('closed')).not.toContain('已结束的草案')
  })

  it('only published consultations of the site are shown', async () => {
    const draft = await storeConsultation(server.payload, a.site, {
      title: '草稿征集不公开',
      status: Consultation.draft,
    })
    const withdrawn = await storeConsultation(server.payload, a.site, {
      title: '撤回的征集',
      status: Consultation.withdrawn,
    })
    const theirs = await storeConsultation(server.payload, b.site, { title: '另一网站的征集' })
    for (const [site, c] of [
      [a.site, draft],
      [a.site, withdrawn],
      [a.site, theirs],
    ] as const) {
      expect((await fetchPage(server.url, consultationPath(site, c))).status).toBe(404)
      expect((await submitComment(server.url, site, c)).status).toBe(404)
    }
    const list = (await fetchPage(server.url, sitePath(a.site, '/consultations'))).html
    for (const title of ['草稿征集不公开', '撤回的征集', '另一网站的征集']) expect(list).not.toContain(title)
    const anonymous = await fetch(`${server.url}/api/consultations?limit=100&where[site][equals]=${a.site.id}`)
    const titles = ((await anonymous.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
    expect(titles).not.toContain('草稿征集不公开')
    expect(titles).not.toContain('撤回的征集')
  })
})

describe('the overdue feedback flag', () => {
  it('falls 15 working days after closing on the holiday calendar (国庆 2026), and lifts once the feedback is out', async () => {
    const c = await storeConsultation(server.payload, a.site, { startsOn: '2026-09-01', endsOn: '2026-09-28' })
    expect(c.feedbackDueOn).toBe('2026-10-23')
    expect(feedbackOverdue(c, chinaInstant('2026-10-23', 23, 59))).toBe(false)
    expect(feedbackOverdue(c, startOfChinaDay('2026-10-24'))).toBe(true)
    // Read now (after 2026-10-23 whatever the clock), the stored consultation is flagged.
    const staff = await clientAs(server.url, a.editor)
    expect((await staff.get(`/api/consultations/${c.id}`)).body.feedbackOverdue).toBe(true)
    const published = await staff.patch(`/api/consultations/${c.id}`, {
      feedback: { published: true, report: '意见已全部研究。' },
    })
    expect(published.body.doc.feedbackOverdue).toBe(false)
    // A consultation that closed yesterday is not yet overdue.
    const recent = await storeConsultation(server.payload, a.site, { startsOn: chinaToday(-5), endsOn: chinaToday(-1) })
    expect(feedbackOverdue(recent)).toBe(false)
    expect(chinaDay()).toBe(chinaToday(0))
  })
})

describe('the monitor', () => {
  it('counts an open (or recent) consultation as a working interaction channel', async () => {
    const site: Site = await createSite(server.payload, { name: '只有征集的网站' })
    await server.payload.update({
      collection: 'sites',
      id: site.id,
      overrideAccess: true,
      data: { mailboxChannels: [] } as never,
    })
    const fresh = (await server.payload.findByID({
      collection: 'sites',
      id: site.id,
      overrideAccess: true,
      depth: 0,
    })) as Site
    const probe = async () =>
      (
        await probeSiteContent(
          server.payload,
          await buildPlatformIndex(server.payload),
          fresh,
          new Date(),
          await getMonitoringSettings(server.payload, true),
        )
      ).interaction
    expect((await probe()).channel).toBe(false)
    await storeConsultation(server.payload, fresh, { startsOn: chinaToday(-2), endsOn: chinaToday(3) })
    const finding = await probe()
    expect(finding.channel).toBe(true)
    expect(finding.workingColumns.join()).toContain('意见征集')
  })
})
