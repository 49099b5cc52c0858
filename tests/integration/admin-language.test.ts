import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { table3Columns, type Table3 } from '../../src/disclosure/table3'
import { adminTranslations } from '../../src/i18n/adminText'
import type { OpennessFigures } from '../../src/reports/opennessFigures'
import { finalisationProblem } from '../../src/reports/reportFigures'
import { createArticle, createColumn, createSite, createUser, errorMessages, login } from '../support/fixtures'
import { as, createOpennessFixture, draftData, submitted, type OpennessFixture } from '../support/openness'
import { storeOpenDay, submitRegistration } from '../support/openDays'
import { startTestServer, type TestServer } from '../support/payload'
import { registerApplication } from '../support/disclosure'
import { rawRequest } from '../support/rawHttp'
import { lexicalBody, videoFromUrl } from '../support/richBody'

/**
 * The admin's second language on the server side: messages the admin shows from a save or an endpoint follow the
 * admin language (the `payload-lng` cookie the account page's selector sets), Chinese by default; and the
 * project's own word tables are complete in both languages.
 */
let server: TestServer
let site: Site
let token: string
let openness: OpennessFixture
/** The openness fixture's accounts use their own password. */
const opennessPassword = 'correct-horse-battery'

const cjk = /[\u3400-\u9fff]/

async function send(method: 'POST' | 'PATCH', path: string, json: unknown, language?: 'en' | 'zh', as = token) {
  const headers: Record<string, string> = { Authorization: `JWT ${as}`, 'Content-Type': 'application/json' }
  if (language) headers.Cookie = `payload-lng=${language}`
  const response = await fetch(`${server.url}${path}`, { method, headers, body: JSON.stringify(json) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
const post = (path: string, json: unknown, language?: 'en' | 'zh') => send('POST', path, json, language)
/** A GET (or a POST without a session) whose answer may be JSON or text, as the admin's fetch sees it. */
async function get(path: string, language?: 'en' | 'zh', as: string | null = token, method: 'GET' | 'POST' = 'GET', json?: unknown) {
  const headers: Record<string, string> = {}
  if (as) headers.Authorization = `JWT ${as}`
  if (language) headers.Cookie = `payload-lng=${language}`
  if (json !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${server.url}${path}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  const text = await response.text()
  let message = text
  try {
    const body = JSON.parse(text) as { message?: string; errors?: { message: string }[] }
    message = body.errors?.[0]?.message ?? body.message ?? text
  } catch {
    // a plain-text answer (the preview page's refusals)
  }
  return { status: response.status, message }
}
/** The same request in English and by default (Chinese): both answers, for asserting side by side. */
const both = async (ask: (language?: 'en' | 'zh') => Promise<{ status: number; message: string }>) => ({ en: await ask('en'), zh: await ask(undefined) })
/** A save's answer as its status and its most specific error message (the field's, after Payload's summary). */
const asMessage = ({ status, body }: { status: number; body: Record<string, unknown> }) => ({ status, message: errorMessages(body).at(-1) ?? '' })
const patch = (path: string, json: unknown, language: 'en' | 'zh' | undefined, as: string) => send('PATCH', path, json, language, as)

beforeAll(async () => {
  server = await startTestServer()
  site = await createSite(server.payload, { name: '语言测试网站' })
  const admin = await createUser(server.payload, { name: '平台管理员', roles: ['platform-admin'] })
  token = await login(server.url, admin)
  openness = await createOpennessFixture(server.payload, '6400000571')
}, 120_000)

afterAll(async () => {
  await server?.close()
})

describe('the admin language on the server', () => {
  it('words a field validation message in English for an English admin, in Chinese by default', async () => {
    const column = { site: site.id, title: 'Bad', slug: 'Bad Slug', kind: 'news' }
    const english = await post('/api/columns', column, 'en')
    expect(english.status).toBe(400)
    expect(errorMessages(english.body)).toContain('The slug may contain only lowercase letters, digits and hyphens, and starts with a letter or digit.')
    const chinese = await post('/api/columns', column)
    expect(errorMessages(chinese.body)).toContain('路径名只能包含小写字母、数字和连字符，且以字母或数字开头。')
  })

  it('answers the open-day check-in in the admin language', async () => {
    const english = await post('/api/open-day-registrations/check-in', { code: 'nonsense' }, 'en')
    expect(english.body.message).toBe('Enter the 12-character confirmation code, e.g. AB3D-7K9M-Q2RT.')
    const chinese = await post('/api/open-day-registrations/check-in', { code: 'nonsense' }, 'zh')
    expect(chinese.body.message).toBe('请输入 12 位报名确认码，例如 AB3D-7K9M-Q2RT。')
  })

  it('words the 上级栏目 check in the admin language', async () => {
    const column = await server.payload.create({ collection: 'columns', data: { site: site.id, title: '栏目', slug: 'own-parent', kind: 'news' } as never })
    const english = await patch(`/api/columns/${column.id}`, { parent: column.id }, 'en', token)
    expect(english.status).toBe(400)
    expect(errorMessages(english.body)).toContain('A column cannot be its own parent.')
    const chinese = await patch(`/api/columns/${column.id}`, { parent: column.id }, undefined, token)
    expect(errorMessages(chinese.body)).toContain('上级栏目不能是栏目自身。')
  })

  it('words the workflow refusals in the admin language', async () => {
    const editor = await login(server.url, openness.editor, opennessPassword)
    const reviewer = await login(server.url, openness.reviewer, opennessPassword)
    // An editor may not publish a draft.
    const draft = await server.payload.create({ collection: 'policy-documents', data: draftData(openness) as never, ...as(openness.editor) })
    const english = await patch(`/api/policy-documents/${draft.id}`, { workflowStatus: 'published' }, 'en', editor)
    expect(english.status).toBe(403)
    expect(errorMessages(english.body)).toContain('You may not “Approve and publish” on this site.')
    const chinese = await patch(`/api/policy-documents/${draft.id}`, { workflowStatus: 'published' }, undefined, editor)
    expect(errorMessages(chinese.body)).toContain('您在本网站没有“发布”的权限。')

    // A reviewer sends back only with a reason.
    const doc = await submitted(server.payload, openness)
    const path = `/api/policy-documents/${doc.id}`
    const noReason = await patch(path, { workflowStatus: 'draft' }, 'en', reviewer)
    expect(noReason.status).toBe(400)
    expect(errorMessages(noReason.body)).toContain('Sending back needs a review comment (the reason).')
    expect(errorMessages((await patch(path, { workflowStatus: 'draft' }, 'zh', reviewer)).body)).toContain('退回修改时须填写审核意见（退回理由）。')
  })

  it('names the refused field of an application for disclosure by its label, in the admin language', async () => {
    const officer = await createUser(server.payload, { name: '公开专员', memberships: [{ site, roles: ['openness-officer'] }] })
    const officerToken = await login(server.url, officer)
    const app = await registerApplication(server.payload, site, { handedInOn: '2026-09-25' }, officer)
    const path = `/api/disclosure-applications/${app.id}`
    const withoutReasons = { replyType: 'refused', resultRow: 'refused-state-secret' }
    const headline = (body: Record<string, unknown>) => (body.errors as { message: string }[])[0]!.message
    const english = await patch(path, withoutReasons, 'en', officerToken)
    expect(english.status).toBe(400)
    expect(headline(english.body)).toMatch(/^The following field is invalid:\s*Reasons$/)
    expect(errorMessages(english.body)).toContain('A “Refused” reply states its reasons in the letter: fill in Reasons.')
    const chinese = await patch(path, withoutReasons, undefined, officerToken)
    expect(headline(chinese.body)).toMatch(/无效的：\s*理由$/)
    expect(errorMessages(chinese.body)).toContain('答复类型为“不予公开”的，须在答复书中说明理由，请填写“理由”。')
  })

  it('words the policy-document release guard in the admin language', async () => {
    const reviewer = await login(server.url, openness.reviewer, opennessPassword)
    const doc = await submitted(server.payload, openness)
    const path = `/api/policy-documents/${doc.id}`
    const english = await patch(path, { workflowStatus: 'published' }, 'en', reviewer)
    expect(english.status).toBe(400)
    expect(errorMessages(english.body)).toContain('The confidentiality review (entered by a reviewer) has not passed: the document cannot be published.')
    const chinese = await patch(path, { workflowStatus: 'published' }, undefined, reviewer)
    expect(errorMessages(chinese.body)).toContain('尚未通过保密审查（须由审核人填写），不能发布。')
    expect((await server.payload.findByID({ collection: 'policy-documents', id: doc.id, depth: 0 })).workflowStatus).toBe('submitted')
  })

  it('words the annual-report refusals in the admin language', async () => {
    await server.payload.create({ collection: 'annual-reports', data: { site: site.id, year: 2024, kind: 'website' } as never, overrideAccess: true })
    const again = await both((language) => send('POST', '/api/annual-reports', { site: site.id, year: 2024, kind: 'website' }, language).then(asMessage))
    expect(again.en).toEqual({ status: 400, message: 'This site already has this report for 2024; open the existing one.' })
    expect(again.zh).toEqual({ status: 400, message: '本网站 2024 年度的该类报告已存在，请打开已有的报告。' })

    const finalised = await both((language) => send('POST', '/api/annual-reports', { site: site.id, year: 2023, kind: 'website', status: 'finalised' }, language).then(asMessage))
    expect(finalised.en.message).toBe('A new annual report starts as a draft.')
    expect(finalised.zh.message).toBe('新建的年度报告只能是草稿。')

    const draft = await server.payload.create({ collection: 'annual-reports', data: { site: site.id, year: 2022, kind: 'website' } as never, overrideAccess: true })
    const skip = await both((language) => patch(`/api/annual-reports/${draft.id}`, { status: 'published' }, language, token).then(asMessage))
    expect(skip.en.message).toBe('An annual report cannot go from “Draft” straight to “Published”.')
    expect(skip.zh.message).toBe('年度报告不能从“草稿”直接改为“已发布”。')

    // An editor drafts but does not finalise.
    const editor = await login(server.url, openness.editor, opennessPassword)
    const own = await server.payload.create({ collection: 'annual-reports', data: { site: openness.site.id, year: 2022, kind: 'website' } as never, overrideAccess: true })
    const refused = await both((language) => patch(`/api/annual-reports/${own.id}`, { status: 'finalised' }, language, editor).then(asMessage))
    expect(refused.en).toEqual({ status: 403, message: 'You may not finalise or publish annual reports on this site.' })
    expect(refused.zh).toEqual({ status: 403, message: '您在本网站没有审定或发布年度报告的权限。' })

    await server.payload.update({ collection: 'annual-reports', id: draft.id, data: { status: 'finalised' } as never, overrideAccess: true })
    const frozen = await both((language) => patch(`/api/annual-reports/${draft.id}`, { website: { header: { overviewUpdates: 3 } } }, language, token).then(asMessage))
    expect(frozen.en.message).toBe('A finalised or published annual report is not edited; send it back to draft first.')
    expect(frozen.zh.message).toBe('已审定或已发布的年度报告不能修改；如需修改，请先退回草稿。')

    const missing = await both((language) => get('/api/annual-reports/999999/xlsx', language))
    expect(missing.en).toEqual({ status: 404, message: 'The annual report was not found, or you may not see it.' })
    expect(missing.zh).toEqual({ status: 404, message: '找不到该年度报告，或您无权查看。' })
    const anonymous = await both((language) => get(`/api/annual-reports/${draft.id}/xlsx`, language, null))
    expect(anonymous.en).toEqual({ status: 401, message: 'Please sign in.' })
    expect(anonymous.zh).toEqual({ status: 401, message: '请先登录。' })
  })

  it('words the table 三 check that stops finalising in the admin language', () => {
    const table = {
      site: '1',
      year: 2025,
      ...Object.fromEntries(['newApplications', 'carriedOver', 'resultsTotal', 'carriedForward'].map((line) => [line, Object.fromEntries(table3Columns.map((c) => [c.value, 0]))])),
      results: {},
      resultGroups: {},
    } as unknown as Table3
    table.newApplications['natural-person'] = 2
    table.newApplications.total = 2
    const figures = { year: 2025, table3: table } as unknown as OpennessFigures
    const english = finalisationProblem('openness', figures, 'en')!
    expect(english).toContain('Table III breaks its check rule “I + II = III + IV”')
    expect(english).toContain('Column “Natural persons”: I (2) + II (0) = 2, not III (0) + IV (0) = 0.')
    expect(english).not.toMatch(cjk)
    expect(finalisationProblem('openness', figures)).toContain('“自然人”列：一（2）+ 二（0）= 2，不等于 三（0）+ 四（0）= 0。')
  })

  it('answers the preview link and the preview page in the admin language', async () => {
    const kind = await both((language) => get('/api/preview-link/pages/1', language))
    expect(kind.en).toEqual({ status: 404, message: 'This kind of content has no preview.' })
    expect(kind.zh).toEqual({ status: 404, message: '这类内容没有预览。' })
    const missing = await both((language) => get('/api/preview-link/articles/999999', language))
    expect(missing.en.message).toBe('The content was not found, or you may not see it.')
    expect(missing.zh.message).toBe('没有找到这篇内容，或您无权查看它。')
    const anonymous = await both((language) => get('/api/preview-link/articles/1', language, null))
    expect(anonymous.en).toEqual({ status: 401, message: 'Please sign in.' })

    // The banner over a real preview speaks to the staff member; the page under it stays the site's own.
    const column = await createColumn(server.payload, site, { title: '预览栏目', slug: 'preview-news' })
    const draft = await createArticle(server.payload, { site, column, title: '英文后台的预览稿件' })
    const link = JSON.parse((await get(`/api/preview-link/articles/${draft.id}`)).message) as { url: string }
    const banner = async (language?: 'en' | 'zh') => {
      const headers: Record<string, string> = { Cookie: `payload-token=${token}${language ? `; payload-lng=${language}` : ''}` }
      const html = await (await fetch(`${server.url}${link.url}`, { headers })).text()
      expect(html).toContain('英文后台的预览稿件')
      return /<div class="zq-preview-banner"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? ''
    }
    const english = await banner('en')
    expect(english).toContain('Preview, not published')
    expect(english).toContain('Status: Draft.')
    expect(english).not.toMatch(cjk)
    expect(await banner()).toContain('预览，未发布 <span style="font-weight:normal">（当前状态：草稿。')

    const forged = await both((language) => get(`/preview/articles/1?exp=${Math.floor(Date.now() / 1000) + 600}&sig=${'A'.repeat(43)}`, language))
    expect(forged.en).toEqual({ status: 403, message: 'The preview link is not valid: go back to the edit view in the admin and click “Preview” again.' })
    expect(forged.zh).toEqual({ status: 403, message: '预览链接无效：请回到管理后台的编辑页面，重新点击“预览”。' })
  })

  it('words the export and statistics errors in the admin language', async () => {
    const month = await both((language) => get('/api/site-health-reports/bulletin?month=2026-13', language))
    expect(month.en).toEqual({ status: 400, message: 'Write the month as YYYY-MM, e.g. 2026-11.' })
    expect(month.zh).toEqual({ status: 400, message: '月份格式应为 YYYY-MM，例如 2026-11。' })

    const backwards = await both((language) => get('/api/reposts/compliance?from=2026-03-01&to=2026-02-01', language))
    expect(backwards.en).toEqual({ status: 400, message: 'The start date cannot be after the end date.' })
    expect(backwards.zh).toEqual({ status: 400, message: '起始日期不能晚于截止日期。' })
    const noSite = await both((language) => get('/api/reposts/compliance?site=999999', language))
    expect(noSite.en.message).toBe('The chosen site does not exist.')
    expect(noSite.zh.message).toBe('所选网站不存在。')

    const period = await both((language) => get('/api/messages/statistics?period=week', language))
    expect(period.en).toEqual({ status: 400, message: 'The period is month, quarter or year.' })
    expect(period.zh).toEqual({ status: 400, message: '统计周期应为 month（月）、quarter（季度）或 year（年）。' })
    const quarter = await both((language) => get('/api/messages/statistics?period=quarter&year=2026&index=5', language))
    expect(quarter.en).toEqual({ status: 400, message: 'The quarter is 1 to 4.' })
    expect(quarter.zh).toEqual({ status: 400, message: '季度应为 1 至 4。' })
  })

  it('answers the account endpoints in the admin language', async () => {
    const empty = await both((language) => get('/api/users/forgot-password', language, null, 'POST', {}))
    expect(empty.en).toEqual({ status: 400, message: 'Enter your email address.' })
    expect(empty.zh).toEqual({ status: 400, message: '请填写邮箱地址。' })
    const sent = await both((language) => get('/api/users/forgot-password', language, null, 'POST', { email: 'nobody-at-all@test.gov.cn' }))
    expect(sent.en).toEqual({ status: 200, message: 'If this address has an account, an email to reset the password is on its way.' })
    expect(sent.zh).toEqual({ status: 200, message: '如该邮箱已注册，重置密码的邮件已发出，请查收。' })
    const verify = await both((language) => get('/api/users/verify/anything', language, null, 'POST', {}))
    expect(verify.en).toEqual({ status: 403, message: 'Accounts on this platform are not verified by email.' })
    expect(verify.zh).toEqual({ status: 403, message: '本平台不使用邮件验证账号。' })
  })

  it('words the date checks of policy documents and holidays in the admin language', async () => {
    const editor = await login(server.url, openness.editor, opennessPassword)
    const draft = await server.payload.create({ collection: 'policy-documents', data: draftData(openness, { writtenAt: '2026-09-18' }) as never, ...as(openness.editor) })
    const early = await both((language) => patch(`/api/policy-documents/${draft.id}`, { issuedAt: '2026-09-17' }, language, editor).then(asMessage))
    expect(early.en).toEqual({ status: 400, message: 'The issue date (2026-09-17) cannot be before the date of writing (2026-09-18).' })
    expect(early.zh).toEqual({ status: 400, message: '印发日期（2026-09-17）不能早于成文日期（2026-09-18）。' })

    const holiday = (data: Record<string, unknown>) => both((language) => post('/api/holidays', data, language).then(asMessage))
    const format = await holiday({ date: '2027-1-1', type: 'holiday', name: '元旦' })
    expect(format.en.message).toBe('Write the date as YYYY-MM-DD, e.g. 2027-01-01.')
    expect(format.zh.message).toBe('日期须按 YYYY-MM-DD 格式填写，例如 2027-01-01。')
    const unreal = await holiday({ date: '2027-02-30', type: 'holiday', name: '春节' })
    expect(unreal.en.message).toBe('2027-02-30 is not a real date.')
    expect(unreal.zh.message).toBe('2027-02-30 不是实际存在的日期。')
    const weekday = await holiday({ date: '2027-01-05', type: 'makeup-workday', name: '元旦' })
    expect(weekday.en.message).toBe('A make-up workday is a Saturday or Sunday; 2027-01-05 is a Tuesday.')
    expect(weekday.zh.message).toBe('调休上班日应是周六或周日，2027-01-05 是星期二。')
    const taken = await holiday({ date: '2026-10-01', type: 'holiday', name: '国庆节' })
    expect(taken.en.message).toBe('2026-10-01 is already entered (国庆节, Day off); a day has one entry only.')
    expect(taken.zh.message).toBe('2026-10-01 已有记录（国庆节，放假），同一天只能录入一条。')
  })

  it('words the synonym, link and video checks in the admin language', async () => {
    const single = await both((language) => post('/api/search-synonyms', { terms: '发改委' }, language).then(asMessage))
    expect(single.en.message).toBe('A synonym group needs at least two different terms, separated by “=” or a comma (Chinese or Latin), e.g. NDRC = National Development and Reform Commission.')
    expect(single.zh.message).toBe('同义词组至少需要两个不同的词，词与词之间用“=”“，”或“、”分隔，例如：发改委 = 发展改革委。')
    const spaced = await both((language) => post('/api/search-synonyms', { terms: '发改 委 = 发展改革委' }, language).then(asMessage))
    expect(spaced.en.message).toBe('A term cannot contain a space: “发改 委”. If these are two terms, separate them with “=”.')
    expect(spaced.zh.message).toBe('同义词中不能有空格：“发改 委”。如果是两个词，请用“=”分隔。')

    const link = await both((language) => patch(`/api/sites/${site.id}`, { filings: { errorReportUrl: 'javascript:alert(1)' } }, language, token).then(asMessage))
    expect(link.en).toEqual({ status: 400, message: 'Enter a full address starting with http:// or https://, e.g. https://www.example.gov.cn/.' })
    expect(link.zh).toEqual({ status: 400, message: '请填写以 http:// 或 https:// 开头的完整网址，例如 https://www.example.gov.cn/。' })
  })

  it('words the attachment, video and registration refusals in the admin language', async () => {
    const upload = (language?: 'en' | 'zh') => {
      const body = new FormData()
      const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)])
      body.append('file', new Blob([new Uint8Array(executable)], { type: 'application/pdf' }), 'notice.pdf')
      body.append('_payload', JSON.stringify({ site: site.id, title: 'notice' }))
      const headers: Record<string, string> = { Authorization: `JWT ${token}` }
      if (language) headers.Cookie = `payload-lng=${language}`
      return fetch(`${server.url}/api/files`, { method: 'POST', headers, body }).then(async (r) => asMessage({ status: r.status, body: (await r.json()) as Record<string, unknown> }))
    }
    const attachment = await both(upload)
    expect(attachment.en.status).toBe(400)
    expect(attachment.en.message).toBe(
      'The content of the attachment “notice.pdf” is not an allowed type (application/x-msdownload). Allowed: PDF, Word (DOCX), Excel (XLSX), Word / Excel 97-2003 (DOC / XLS), ZIP archive.',
    )
    expect(attachment.zh.message).toBe('附件「notice.pdf」的实际内容不是允许的类型（application/x-msdownload）。只能上传 PDF、Word（DOCX）、Excel（XLSX）、Word / Excel 97-2003（DOC / XLS）、ZIP 压缩包。')

    await server.payload.updateGlobal({ slug: 'platform-settings', data: { videoHosts: 'video.example.gov.cn' } as never, overrideAccess: true })
    const column = await server.payload.create({ collection: 'columns', data: { site: site.id, title: '视频', slug: 'videos', kind: 'news' } as never })
    const article = { site: site.id, columns: [column.id], title: '视频信息', disclosureAttribute: 'public', body: lexicalBody(videoFromUrl('https://videos.elsewhere.com/a.mp4')) }
    const video = await both((language) => post('/api/articles', article, language).then(asMessage))
    expect(video.en).toEqual({
      status: 400,
      message: "The video site videos.elsewhere.com is not on the platform's allowed list. Use a video from this site's media, or ask a platform administrator to add the site in Platform settings.",
    })
    expect(video.zh.message).toBe('视频网站 videos.elsewhere.com 不在平台允许的名单中。请改用本网站图片库中的视频，或请平台管理员在“平台设置”中添加该网站。')

    const day = await storeOpenDay(server.payload, site)
    const registered = await submitRegistration(server.url, site, day.id)
    expect(registered.code).toBeTruthy()
    const { docs } = await server.payload.find({ collection: 'open-day-registrations', where: { openDay: { equals: day.id } }, overrideAccess: true })
    await server.payload.update({ collection: 'open-day-registrations', id: docs[0]!.id, data: { status: 'cancelled' } as never, overrideAccess: true })
    const revived = await both((language) => patch(`/api/open-day-registrations/${docs[0]!.id}`, { status: 'confirmed' }, language, token).then(asMessage))
    expect(revived.en).toEqual({ status: 400, message: 'A registration cannot go from “Cancelled” to “Confirmed”.' })
    expect(revived.zh).toEqual({ status: 400, message: '报名不能从“已取消”改为“报名成功”。' })
  })

  it('refuses an oversized API body in the admin language', async () => {
    const oversized = (language?: 'en' | 'zh') =>
      rawRequest(server.url, {
        method: 'POST',
        path: '/api/columns',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(30 * 1024 * 1024), Authorization: `JWT ${token}`, ...(language ? { Cookie: `payload-lng=${language}` } : {}) },
        stream: { chunkBytes: 64 * 1024, chunks: 48 },
      }).then((res) => ({ status: res.status, message: (res.json() as { errors: { message: string }[] }).errors[0]!.message }))
    const refused = await both(oversized)
    expect(refused.en).toEqual({ status: 413, message: 'The request is too large: at most 1 MB here. Compress or split it and try again.' })
    expect(refused.zh).toEqual({ status: 413, message: '请求内容过大：此处最多接受 1 MB。请压缩或拆分后重试。' })
  })

  // Spends 10 of this address's 20 failed sign-ins (LOGIN_LIMIT_PER_ADDRESS); the account's 8 are all used.
  it('words the sign-in lock-out of the admin login in the admin language', async () => {
    const attempt = (language?: 'en' | 'zh') => get('/api/users/login', language, null, 'POST', { email: 'locked-out@test.gov.cn', password: 'wrong-password-1' })
    for (let i = 0; i < 8; i++) expect((await attempt()).status).toBe(401)
    const locked = await both(attempt)
    expect(locked.en.status).toBe(429)
    expect(locked.en.message).toMatch(/^Too many failed sign-ins to this account: it is paused; try again in \d+ minutes or ask an administrator\.$/)
    expect(locked.zh.message).toMatch(/^该账号登录失败次数过多，已暂停登录，请 \d+ 分钟后再试或联系管理员。$/)
  })

  it('has every project admin word in both languages, the English without Chinese', () => {
    const zh = adminTranslations.zh as Record<string, Record<string, string>>
    const en = adminTranslations.en as Record<string, Record<string, string>>
    for (const [namespace, words] of Object.entries(zh)) {
      for (const [key, text] of Object.entries(words)) {
        expect(text, `${namespace}:${key}`).toBeTruthy()
        expect(en[namespace]?.[key], `${namespace}:${key}`).toBeTruthy()
        expect(en[namespace]![key], `${namespace}:${key}`).not.toMatch(cjk)
      }
    }
  })
})
