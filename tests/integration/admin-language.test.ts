import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Site } from '../../payload-types'
import { adminTranslations } from '../../src/i18n/adminText'
import { createSite, createUser, errorMessages, login } from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The admin's second language on the server side: messages the admin shows from a save or an endpoint follow the
 * admin language (the `payload-lng` cookie the account page's selector sets), Chinese by default; and the
 * project's own word tables are complete in both languages.
 */
let server: TestServer
let site: Site
let token: string

const cjk = /[\u3400-\u9fff]/

async function post(path: string, json: unknown, language?: 'en' | 'zh') {
  const headers: Record<string, string> = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  if (language) headers.Cookie = `payload-lng=${language}`
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: JSON.stringify(json) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  server = await startTestServer()
  site = await createSite(server.payload, { name: '语言测试网站' })
  const admin = await createUser(server.payload, { name: '平台管理员', roles: ['platform-admin'] })
  token = await login(server.url, admin)
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
