import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { adminTranslations } from '../../src/i18n/adminText'
import { createSite, createUser, errorMessages, login } from '../support/fixtures'
import { as, createOpennessFixture, draftData, submitted, type OpennessFixture } from '../support/openness'
import { startTestServer, type TestServer } from '../support/payload'
import { registerApplication } from '../support/disclosure'

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
