import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDay, Site } from '../../payload-types'
import { register } from '../../src/participation/openDaySeats'
import { challengeMessage } from '../../src/security/formChallenge'
import { OpenDayRegistration } from '../../src/states'
import { client, clientAs, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { postForm } from '../support/mailbox'
import { nextPhone, registration, storeOpenDay, submitRegistration } from '../support/openDays'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * 政府开放日（issue #13）：名额、候补名单、取消后按先后递补（并发下不超额）、报名时间窗口（北京时间，服务器判断）、
 * 同一手机号不得重复报名、凭确认码和手机号后 4 位查询和取消、工作人员签到。Runs on SQLite and on PostgreSQL
 * (TEST_DATABASE=postgres): the concurrency cases are the point of running it on both.
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
const minuteMs = 60_000

beforeAll(async () => {
  process.env.TRUST_PROXY = 'loopback'
  process.env.OPEN_DAY_LIMIT_PER_ADDRESS = '1000'
  process.env.OPEN_DAY_LIMIT_PER_EVENT = '1000'
  // Small proofs of work: the challenge itself is tested in tests/security/mailbox-abuse.test.ts.
  process.env.FORM_CHALLENGE_MAX_NUMBER = '2000'
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'OA')
  b = await createSiteWithStaff(server.payload, 'OB')
})
afterAll(async () => server?.close())

const registrationsOf = async (day: OpenDay) =>
  (
    await server.payload.find({
      collection: 'open-day-registrations',
      where: { openDay: { equals: day.id } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
    })
  ).docs
const statusesOf = async (day: OpenDay) => (await registrationsOf(day)).map((r) => r.status)
const byCode = async (code: string) =>
  (
    await server.payload.find({
      collection: 'open-day-registrations',
      where: { confirmationCode: { equals: code } },
      overrideAccess: true,
    })
  ).docs[0]!
const person = (site: Site, day: OpenDay, phone = nextPhone()) =>
  register(server.payload, { ...day, site: site.id }, { name: '并发测试', phone, idLast4: '0001' })

describe('capacity, waiting list and promotion', () => {
  it('fills the seats, then the waiting list, then refuses with a Chinese message; the page counts down', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 2, waitingListSize: 1 })
    const page = () => fetchPage(server.url, sitePath(a.site, `/open-days/${day.id}`))
    expect((await page()).html).toContain('剩余 <strong data-seats-left>2</strong> 个')
    const first = await submitRegistration(server.url, a.site, day.id)
    expect(first.status).toBe(201)
    expect(first.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(first.html).toContain('报名成功')
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect((await page()).html).toContain('剩余 <strong data-seats-left>1</strong> 个')
    expect((await submitRegistration(server.url, a.site, day.id)).waiting).toBe(false)
    const third = await submitRegistration(server.url, a.site, day.id)
    expect(third.status).toBe(201)
    expect(third.waiting).toBe(true)
    expect(third.html).toContain('候补第 1 位')
    const fourth = await submitRegistration(server.url, a.site, day.id, { name: '报满了' })
    expect(fourth.status).toBe(409)
    expect(fourth.html).toContain('名额和候补名额均已报满')
    expect(await statusesOf(day)).toEqual([
      OpenDayRegistration.confirmed,
      OpenDayRegistration.confirmed,
      OpenDayRegistration.waiting,
    ])
  })

  it('a cancelled seat goes to the first on the waiting list; the second moves up', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 1, waitingListSize: 3 })
    const phone = nextPhone()
    const seated = await submitRegistration(server.url, a.site, day.id, { phone })
    const w1 = await submitRegistration(server.url, a.site, day.id)
    const w2 = await submitRegistration(server.url, a.site, day.id)
    expect([seated.waiting, w1.waiting, w2.waiting]).toEqual([false, true, true])
    const cancelled = await postForm(server.url, sitePath(a.site, '/open-days/cancel'), {
      code: seated.code!,
      last4: phone.slice(-4),
    })
    expect(cancelled.status).toBe(200)
    expect(cancelled.html).toContain('报名已取消')
    expect((await byCode(w1.code!)).status).toBe(OpenDayRegistration.confirmed)
    expect((await byCode(w2.code!)).status).toBe(OpenDayRegistration.waiting)
    const w2Phone = (await byCode(w2.code!)).phone
    const asked = await postForm(server.url, sitePath(a.site, '/open-days/query'), {
      code: w2.code!,
      last4: w2Phone.slice(-4),
    })
    expect(asked.html).toContain('data-query-status>候补中')
    expect(asked.html).toContain('候补第 <span data-waiting-position>1</span> 位')
    // The cancelled phone may register again (and, with people waiting, joins the end of the list).
    const again = await submitRegistration(server.url, a.site, day.id, { phone })
    expect(again.status).toBe(201)
    expect(again.waiting).toBe(true)
  })

  it('staff cancelling through the API promote too; more seats promote those waiting at once', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 1, waitingListSize: 3 })
    const seated = await submitRegistration(server.url, a.site, day.id)
    const w1 = await submitRegistration(server.url, a.site, day.id)
    const w2 = await submitRegistration(server.url, a.site, day.id)
    const w3 = await submitRegistration(server.url, a.site, day.id)
    const staff = await clientAs(server.url, a.editor)
    const id = (await byCode(seated.code!)).id
    expect(
      (await staff.patch(`/api/open-day-registrations/${id}`, { status: OpenDayRegistration.cancelled })).status,
    ).toBe(200)
    expect((await byCode(w1.code!)).status).toBe(OpenDayRegistration.confirmed)
    expect((await staff.patch(`/api/open-days/${day.id}`, { capacity: 3 })).status).toBe(200)
    expect((await byCode(w2.code!)).status).toBe(OpenDayRegistration.confirmed)
    expect((await byCode(w3.code!)).status).toBe(OpenDayRegistration.confirmed)
    // A waiting registration cannot be confirmed by hand, past the list's order.
    const w4 = await submitRegistration(server.url, a.site, day.id)
    expect(w4.waiting).toBe(true)
    const jump = await staff.patch(`/api/open-day-registrations/${(await byCode(w4.code!)).id}`, {
      status: OpenDayRegistration.confirmed,
    })
    expect(jump.status).toBe(400)
    expect(jump.text).toContain('报名不能从“候补中”改为“报名成功”')
  })
})

describe('concurrency (SQLite and PostgreSQL)', () => {
  it('twelve people racing for the last two seats: exactly two confirmed, the rest wait or are refused', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 2, waitingListSize: 4 })
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => person(a.site, day)))
    const statuses = await statusesOf(day)
    expect(statuses.filter((s) => s === OpenDayRegistration.confirmed)).toHaveLength(2)
    expect(statuses.filter((s) => s === OpenDayRegistration.waiting)).toHaveLength(4)
    expect(outcomes.filter((o) => o.ok)).toHaveLength(6)
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.reason === 'full')).toBe(true)
  })

  it('two concurrent HTTP registrations for the last seat: one confirmed, one waiting', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 1, waitingListSize: 5 })
    const both = await Promise.all([
      submitRegistration(server.url, a.site, day.id),
      submitRegistration(server.url, a.site, day.id),
    ])
    expect(both.map((r) => r.status)).toEqual([201, 201])
    expect(both.map((r) => r.waiting).sort()).toEqual([false, true])
  })

  it('the same phone twice at once: one registration', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 10 })
    const phone = nextPhone()
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => person(a.site, day, phone)))
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1)
    expect(outcomes.filter((o) => !o.ok && o.reason === 'duplicate')).toHaveLength(3)
  })

  it('two confirmed cancelled at once promote two different people, never more seats than the capacity', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 2, waitingListSize: 5 })
    const seated = [await person(a.site, day), await person(a.site, day)]
    for (let i = 0; i < 3; i++) await person(a.site, day)
    const ids = await Promise.all(seated.map(async (o) => (o.ok ? (await byCode(o.code)).id : 0)))
    await Promise.all(
      ids.map((id) =>
        server.payload.update({
          collection: 'open-day-registrations',
          id,
          data: { status: OpenDayRegistration.cancelled },
          overrideAccess: true,
        }),
      ),
    )
    const statuses = await statusesOf(day)
    expect(statuses).toEqual([
      OpenDayRegistration.cancelled,
      OpenDayRegistration.cancelled,
      OpenDayRegistration.confirmed,
      OpenDayRegistration.confirmed,
      OpenDayRegistration.waiting,
    ])
  })
})

describe('the registration window (Beijing time, the server’s clock)', () => {
  it('refuses before it opens and after it closes, accepts inside it', async () => {
    const now = Date.now()
    const early = await storeOpenDay(server.payload, a.site, {
      registrationOpensAt: new Date(now + 10 * minuteMs).toISOString(),
    })
    const late = await storeOpenDay(server.payload, a.site, {
      registrationOpensAt: new Date(now - 60 * minuteMs).toISOString(),
      registrationClosesAt: new Date(now - minuteMs).toISOString(),
    })
    const justOpened = await storeOpenDay(server.payload, a.site, {
      registrationOpensAt: new Date(now - 1000).toISOString(),
      registrationClosesAt: new Date(now + 2 * minuteMs).toISOString(),
    })
    const before = await submitRegistration(server.url, a.site, early.id, { name: '太早了' })
    expect(before.status).toBe(403)
    expect(before.html).toContain('报名尚未开始')
    expect((await fetchPage(server.url, sitePath(a.site, `/open-days/${early.id}`))).html).toContain(
      '报名尚未开始，请于',
    )
    const after = await submitRegistration(server.url, a.site, late.id)
    expect(after.status).toBe(403)
    expect(after.html).toContain('报名已截止')
    expect((await submitRegistration(server.url, a.site, justOpened.id)).status).toBe(201)
    expect(await statusesOf(early)).toEqual([])
    expect(await statusesOf(late)).toEqual([])
  })

  it('refuses times that do not fit together', async () => {
    const staff = await clientAs(server.url, a.siteAdmin)
    const now = Date.now()
    const bad = await staff.post('/api/open-days', {
      site: a.site.id,
      title: '时间错误的活动',
      place: '会议室',
      startsAt: new Date(now + 60 * minuteMs).toISOString(),
      endsAt: new Date(now + 30 * minuteMs).toISOString(),
      registrationOpensAt: new Date(now).toISOString(),
      registrationClosesAt: new Date(now + 90 * minuteMs).toISOString(),
      capacity: 10,
      waitingListSize: 0,
    })
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('结束时间须晚于开始时间')
    expect(bad.text).toContain('报名截止时间不能晚于活动开始时间')
  })
})

describe('the form', () => {
  it('keeps what was typed and puts a Chinese error beside each wrong field; a duplicate phone is refused', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 10 })
    const path = sitePath(a.site, `/open-days/${day.id}`)
    const wrong = await postForm(
      server.url,
      path,
      registration({ name: '李<b>四', phone: '12345', idLast4: '12X4', privacyConsent: '' }),
    )
    expect(wrong.status).toBe(422)
    expect(wrong.html).toContain('id="od-name-error">姓名中不能含有网页代码')
    expect(wrong.html).toContain('id="od-phone-error">手机号码格式不正确')
    expect(wrong.html).toContain('id="od-id-error">身份证号后 4 位须为 4 个字符')
    expect(wrong.html).toContain('id="od-privacy-error">请阅读并勾选同意隐私声明')
    expect(wrong.html).toContain('value="李&lt;b&gt;四"')
    expect(wrong.html).toContain('value="12345"')
    expect(wrong.html).not.toContain('李<b>四')
    const noChallenge = await postForm(server.url, path, registration({ name: '没有验证' }))
    expect(noChallenge.status).toBe(422)
    expect(noChallenge.html).toContain(challengeMessage)
    expect(noChallenge.html).toContain('value="没有验证"')
    const phone = nextPhone()
    expect((await submitRegistration(server.url, a.site, day.id, { phone, idLast4: '123x' })).status).toBe(201)
    const twice = await submitRegistration(server.url, a.site, day.id, {
      phone: `${phone.slice(0, 3)}-${phone.slice(3)}`,
      name: '重复报名',
    })
    expect(twice.status).toBe(409)
    expect(twice.html).toContain('id="od-phone-error">该手机号码已报名本场开放日，请勿重复报名')
    expect(twice.html).toContain('value="重复报名"')
    expect((await registrationsOf(day)).map((r) => r.idLast4)).toEqual(['123X'])
  })

  it('a draft or another site’s open day has no page and takes no registration', async () => {
    const draft = await storeOpenDay(server.payload, a.site, { status: 'draft', title: '草稿开放日' })
    expect((await fetchPage(server.url, sitePath(a.site, `/open-days/${draft.id}`))).status).toBe(404)
    expect((await submitRegistration(server.url, a.site, draft.id)).status).toBe(404)
    const theirs = await storeOpenDay(server.payload, b.site)
    expect((await fetchPage(server.url, sitePath(a.site, `/open-days/${theirs.id}`))).status).toBe(404)
    expect((await fetchPage(server.url, sitePath(a.site, '/open-days'))).html).not.toContain('草稿开放日')
  })
})

describe('query and cancel', () => {
  it('needs the code and the phone’s last 4 digits; a wrong pair and another site get the same answer', async () => {
    const day = await storeOpenDay(server.payload, a.site)
    const phone = nextPhone()
    const r = await submitRegistration(server.url, a.site, day.id, { phone })
    const ask = (site: Site, code: string, last4: string, action = 'query') =>
      postForm(server.url, sitePath(site, `/open-days/${action}`), { code, last4 })
    const ok = await ask(a.site, r.code!.toLowerCase().replace(/-/g, ''), phone.slice(-4))
    expect(ok.status).toBe(200)
    expect(ok.html).toContain('data-query-status>报名成功')
    expect(ok.html).not.toContain(phone)
    const wrong = await ask(a.site, r.code!, '0000')
    const unknown = await ask(a.site, 'ZZZZ-ZZZZ-ZZZZ', phone.slice(-4))
    const elsewhere = await ask(b.site, r.code!, phone.slice(-4))
    for (const answer of [wrong, unknown, elsewhere]) {
      expect(answer.status).toBe(404)
      expect(answer.html).toContain('报名确认码或手机号码后 4 位不正确')
    }
    expect((await ask(a.site, r.code!, '0000', 'cancel')).status).toBe(404)
    expect((await byCode(r.code!)).status).toBe(OpenDayRegistration.confirmed)
    expect((await ask(a.site, r.code!, phone.slice(-4), 'cancel')).status).toBe(200)
    const twice = await ask(a.site, r.code!, phone.slice(-4), 'cancel')
    expect(twice.status).toBe(409)
    expect(twice.html).toContain('当前不能取消')
  })
})

describe('staff check-in', () => {
  it('checks a confirmed code in once, shows the counts, refuses waiting, cancelled and other sites’ codes', async () => {
    const day = await storeOpenDay(server.payload, a.site, { capacity: 1, waitingListSize: 1, title: '签到测试开放日' })
    const seated = await submitRegistration(server.url, a.site, day.id, { name: '赵签到' })
    const waiting = await submitRegistration(server.url, a.site, day.id)
    const staff = await clientAs(server.url, a.editor)
    const done = await staff.post('/api/open-day-registrations/check-in', { code: seated.code!.toLowerCase() })
    expect(done.status).toBe(200)
    expect(done.body.message).toContain('签到成功：赵签到')
    expect(done.body.counts).toMatchObject({ capacity: 1, confirmed: 0, checkedIn: 1, waiting: 1 })
    const again = await staff.post('/api/open-day-registrations/check-in', { code: seated.code })
    expect(again.status).toBe(409)
    expect(again.body.message).toContain('请勿重复签到')
    expect((await staff.post('/api/open-day-registrations/check-in', { code: waiting.code })).body.message).toContain(
      '仍在候补名单中',
    )
    const outsider = await clientAs(server.url, b.siteAdmin)
    const theirs = await outsider.post('/api/open-day-registrations/check-in', { code: waiting.code })
    expect(theirs.status).toBe(404)
    expect((await client(server.url).post('/api/open-day-registrations/check-in', { code: seated.code })).status).toBe(
      401,
    )
    // A checked-in registration is no longer cancellable by the citizen.
    const stored = await byCode(seated.code!)
    expect(stored.status).toBe(OpenDayRegistration.checkedIn)
    expect(stored.checkedInAt).toBeTruthy()
  })
})
