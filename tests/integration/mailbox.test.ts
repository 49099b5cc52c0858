import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientAs, createSiteWithStaff, fetchPage, sitePath, type SiteWithStaff } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'
import { letter, postForm, solvedChallenge, submitLetter } from '../support/mailbox'
import { InvalidReason, Message } from '../../src/states'

/**
 * 留言（issue #13）：公众写信得到查询码和密码；工作人员签收、转办（含转给集群内另一网站）、答复、审核、公开；
 * 公众凭码查询看到答复；公开列表只显示同意公开的答复，姓名打码，电话邮箱从不出现在任何公开途径。
 */

let server: TestServer
let a: SiteWithStaff
let b: SiteWithStaff
let c: SiteWithStaff

beforeAll(async () => {
  // Small proofs of work: the challenge itself is tested in tests/security/mailbox-abuse.test.ts and challenge-replay.test.ts.
  process.env.FORM_CHALLENGE_MAX_NUMBER = '2000'
  server = await startTestServer()
  a = await createSiteWithStaff(server.payload, 'MA')
  b = await createSiteWithStaff(server.payload, 'MB')
  c = await createSiteWithStaff(server.payload, 'MC')
})
afterAll(async () => server?.close())

const messageByCode = async (code: string) =>
  (
    await server.payload.find({
      collection: 'messages',
      where: { trackingCode: { equals: code } },
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs[0]!

describe('the public form', () => {
  it('keeps everything typed and puts a Chinese error beside each wrong field', async () => {
    const altcha = await solvedChallenge(server.url, a.site)
    const typed = letter({
      altcha,
      subject: '',
      content: '太短',
      phone: 'abc',
      email: 'not-an-email',
      privacyConsent: '',
      name: '王<b>五',
    })
    const page = await postForm(server.url, sitePath(a.site, '/mailbox'), typed)
    expect(page.status).toBe(422)
    expect(page.html).toContain('id="mb-subject-error">请填写标题。')
    expect(page.html).toContain('id="mb-content-error">留言内容至少 10 个字')
    expect(page.html).toContain('id="mb-phone-error">电话号码格式不正确')
    expect(page.html).toContain('id="mb-email-error">电子邮箱格式不正确')
    expect(page.html).toContain('id="mb-privacy-error">请阅读并勾选同意隐私声明')
    expect(page.html).toContain('id="mb-name-error">姓名中不能含有网页代码')
    // What was typed comes back, escaped.
    expect(page.html).toContain('>太短</textarea>')
    expect(page.html).toContain('value="abc"')
    expect(page.html).toContain('value="王&lt;b&gt;五"')
    expect(page.html).toMatch(/<option value="consultation" selected>/)
    expect(page.html).not.toContain('王<b>五')
    expect((await server.payload.count({ collection: 'messages', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('gives a tracking code and password; only a hash of the password is stored', async () => {
    const receipt = await submitLetter(server.url, a.site)
    expect(receipt.status).toBe(201)
    expect(receipt.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(receipt.password).toMatch(/^\d{8}$/)
    expect(receipt.headers.get('cache-control')).toBe('no-store')
    const stored = await messageByCode(receipt.code!)
    expect(stored.status).toBe(Message.received)
    expect(stored.queryPasswordHash).toMatch(/^hmac\$/)
    expect(stored.queryPasswordHash).not.toContain(receipt.password)
    expect(stored.submitter?.phone).toBe('13912345678')
  })
})

describe('handling and the citizen query', () => {
  it('sign for, transfer to another site, reply, review, publish; the citizen sees the reply; the list masks the name', async () => {
    const receipt = await submitLetter(server.url, a.site, { subject: '转办测试：路灯维修' })
    const id = (await messageByCode(receipt.code!)).id
    const query = () =>
      postForm(server.url, sitePath(a.site, '/mailbox/query'), {
        code: receipt.code!.toLowerCase().replace(/-/g, ''),
        password: receipt.password!,
      })
    expect((await query()).html).toContain('已收到，等待签收')

    const staffA = await clientAs(server.url, a.editor)
    const staffB = await clientAs(server.url, b.editor)
    const staffC = await clientAs(server.url, c.siteAdmin)
    // Site B cannot see A's letter before the transfer; nor can it ever see C's.
    expect((await staffB.get(`/api/messages/${id}`)).status).toBe(404)
    // Skipping 签收 is refused.
    const skip = await staffA.patch(`/api/messages/${id}`, { status: Message.replied, reply: '已修' })
    expect(skip.status).toBe(400)
    expect(skip.text).toContain('不能从“已收到”直接变为')
    expect((await staffA.patch(`/api/messages/${id}`, { status: Message.signed })).status).toBe(200)
    const toSelf = await staffA.patch(`/api/messages/${id}`, { transferredTo: a.site.id })
    expect(toSelf.text).toContain('不能转办给本网站')
    const transferred = await staffA.patch(`/api/messages/${id}`, { transferredTo: b.site.id, assignee: '城市管理局' })
    expect(transferred.status).toBe(200)
    expect(transferred.body.doc.status).toBe(Message.assigned)
    expect(transferred.body.doc.transferredAt).toBeTruthy()
    // Now both sites' staff read it (and its personal data); a third site still does not.
    expect((await staffB.get(`/api/messages/${id}`)).body.submitter.phone).toBe('13912345678')
    expect((await staffA.get(`/api/messages/${id}`)).status).toBe(200)
    expect((await staffC.get(`/api/messages/${id}`)).status).toBe(404)
    // The query password hash is on no API answer, not even for staff.
    expect((await staffB.get(`/api/messages/${id}`)).text).not.toContain('hmac$')

    const noReply = await staffB.patch(`/api/messages/${id}`, { status: Message.replied })
    expect(noReply.text).toContain('请先填写答复内容')
    const replied = await staffB.patch(`/api/messages/${id}`, {
      status: Message.replied,
      reply: '路灯已于本周修复，感谢监督。',
      replyingUnit: 'MB城市管理局',
    })
    expect(replied.status).toBe(200)
    // Not yet released: the citizen sees that it is in hand, not the unreviewed reply.
    expect((await query()).html).not.toContain('路灯已于本周修复')
    // Reviewing and releasing belong to a reviewer (审核), not to the editor who handles the letter.
    const editorReview = await staffA.patch(`/api/messages/${id}`, { status: Message.reviewed })
    expect(editorReview.status).toBe(400)
    expect(editorReview.text).toContain('须由网站管理员或审核人办理')
    const reviewerA = await clientAs(server.url, a.reviewer)
    expect((await reviewerA.patch(`/api/messages/${id}`, { status: Message.reviewed })).status).toBe(200)
    expect((await reviewerA.patch(`/api/messages/${id}`, { status: Message.concluded })).status).toBe(200)

    const answered = await query()
    expect(answered.status).toBe(200)
    expect(answered.html).toContain('data-query-status>已答复')
    expect(answered.html).toContain('路灯已于本周修复，感谢监督。')

    const list = await fetchPage(server.url, sitePath(a.site, '/mailbox'))
    expect(list.html).toContain('转办测试：路灯维修')
    expect(list.html).toContain('留言人：张**')
    expect(list.html).not.toContain('张三丰')
    expect(list.html).not.toContain('13912345678')
    expect(list.html).not.toContain('zhangsan@example.com')
  })

  it('the receiving site cannot take a transferred letter over (the origin site would lose sight of it)', async () => {
    const receipt = await submitLetter(server.url, a.site, { subject: '接管测试' })
    const id = (await messageByCode(receipt.code!)).id
    const staffA = await clientAs(server.url, a.siteAdmin)
    await staffA.patch(`/api/messages/${id}`, { status: Message.signed })
    expect((await staffA.patch(`/api/messages/${id}`, { transferredTo: b.site.id })).status).toBe(200)
    await (await clientAs(server.url, b.siteAdmin)).patch(`/api/messages/${id}`, {
      site: b.site.id,
      transferredTo: null,
    })
    const kept = await server.payload.findByID({ collection: 'messages', id, depth: 0, overrideAccess: true })
    expect(kept.site).toBe(a.site.id)
    expect((await staffA.get(`/api/messages/${id}`)).status).toBe(200)
  })

  it('a wrong password and an unknown code get the same answer', async () => {
    const receipt = await submitLetter(server.url, a.site)
    const wrong = await postForm(server.url, sitePath(a.site, '/mailbox/query'), {
      code: receipt.code!,
      password: '00000000',
    })
    const unknown = await postForm(server.url, sitePath(a.site, '/mailbox/query'), {
      code: 'ZZZZ-ZZZZ-ZZZZ',
      password: receipt.password!,
    })
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(wrong.html).toContain('查询码或查询密码不正确')
    expect(unknown.html).toContain('查询码或查询密码不正确')
    // Another site's page does not answer for this site's code.
    const elsewhere = await postForm(server.url, sitePath(b.site, '/mailbox/query'), {
      code: receipt.code!,
      password: receipt.password!,
    })
    expect(elsewhere.status).toBe(404)
  })

  it('an invalid message needs a reason from the list and tells the citizen why', async () => {
    const receipt = await submitLetter(server.url, a.site, { subject: '重复的留言' })
    const id = (await messageByCode(receipt.code!)).id
    // Marking invalid is the handlers' (编辑、网站管理员), not the reviewer's.
    const reviewer = await clientAs(server.url, a.reviewer)
    const byReviewer = await reviewer.patch(`/api/messages/${id}`, { status: Message.invalid, invalidReason: InvalidReason.duplicate })
    expect(byReviewer.text).toContain('须由网站管理员或编辑办理')
    const staffA = await clientAs(server.url, a.editor)
    expect((await staffA.patch(`/api/messages/${id}`, { status: Message.invalid })).text).toContain('须选择原因')
    const marked = await staffA.patch(`/api/messages/${id}`, {
      status: Message.invalid,
      invalidReason: InvalidReason.duplicate,
    })
    expect(marked.status).toBe(200)
    expect(marked.body.doc.dueOn).toBeNull()
    const seen = await postForm(server.url, sitePath(a.site, '/mailbox/query'), {
      code: receipt.code!,
      password: receipt.password!,
    })
    expect(seen.html).toContain('不予受理')
    expect(seen.html).toContain('重复留言')
  })
})
