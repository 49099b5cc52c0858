import type { Payload } from 'payload'
import type { PolicyDocument, Site, User } from '../../payload-types'
import { plainTextToLexical } from '../../src/render/richText'

/** Fixtures for the openness (政务公开) tests: one site with its columns and one account per role. */
export type OpennessFixture = {
  site: Site
  otherSite: Site
  policyColumn: number | string
  interpretationColumn: number | string
  otherColumn: number | string
  editor: User
  reviewer: User
  officer: User
  siteAdmin: User
  platformAdmin: User
  supervisor: User
}

let counter = 0
const password = 'correct-horse-battery'

export async function createOpennessFixture(payload: Payload, code = '6400000071'): Promise<OpennessFixture> {
  const makeSite = (name: string, siteCode: string, domain: string) =>
    payload.create({
      collection: 'sites',
      data: {
        name,
        siteCode,
        level: 'department',
        status: 'live',
        sponsor: name,
        filings: { icpNumber: '宁ICP备1号', publicSecurityNumber: '宁公网安备 1号' },
        domains: [{ domain }],
      },
    })
  const site = await makeSite('测试厅', code, `t${code}.nx.gov.cn`)
  const otherSite = await makeSite('另一厅', String(Number(code) + 1).padStart(10, '0'), `t${code}b.nx.gov.cn`)
  const column = async (siteId: number | string, slug: string, title: string, kind: 'policy' | 'interpretation') =>
    (await payload.create({ collection: 'columns', data: { site: siteId, slug, title, kind, order: 10 } as never })).id
  const policyColumn = await column(site.id, 'zcwj', '政策文件', 'policy')
  const interpretationColumn = await column(site.id, 'zcjd', '政策解读', 'interpretation')
  const otherColumn = await column(otherSite.id, 'zcwj', '政策文件', 'policy')
  const user = (name: string, data: Record<string, unknown>) =>
    payload.create({
      collection: 'users',
      data: { name, email: `${name}-${code}@openness.test`, password, ...data } as never,
    })
  const member = (name: string, role: string) => user(name, { siteMemberships: [{ site: site.id, roles: [role] }] })
  return {
    site,
    otherSite,
    policyColumn,
    interpretationColumn,
    otherColumn,
    editor: await member('editor', 'editor'),
    reviewer: await member('reviewer', 'reviewer'),
    officer: await member('officer', 'openness-officer'),
    siteAdmin: await member('siteadmin', 'site-admin'),
    platformAdmin: await user('admin', { roles: ['platform-admin'] }),
    supervisor: await user('supervisor', { roles: ['supervisor'] }),
  }
}

export const as = (user: User) => ({ overrideAccess: false, user: { ...user, collection: 'users' as const } })

export function draftData(f: OpennessFixture, overrides: Record<string, unknown> = {}) {
  counter += 1
  return {
    site: f.site.id,
    column: f.policyColumn,
    title: `关于测试政策的通知（${counter}）`,
    docNumber: `宁测发〔2026〕${counter}号`,
    issuingAgencies: [{ name: '测试厅', lead: true }],
    writtenAt: '2026-09-28',
    subjectCategory: 'general',
    affectsPublicRights: true,
    disclosureAttribute: 'public',
    body: plainTextToLexical('第一条 为了测试，制定本办法。'),
    ...overrides,
  }
}

/** An editor drafts and submits; returns the submitted document. */
export async function submitted(
  payload: Payload,
  f: OpennessFixture,
  overrides: Record<string, unknown> = {},
): Promise<PolicyDocument> {
  const doc = await payload.create({
    collection: 'policy-documents',
    data: draftData(f, overrides) as never,
    ...as(f.editor),
  })
  return payload.update({
    collection: 'policy-documents',
    id: doc.id,
    data: { workflowStatus: 'submitted' },
    ...as(f.editor),
  })
}

/** The reviewer passes the confidentiality review, and the officer the openness review when the attribute needs one. */
export async function reviewed(payload: Payload, f: OpennessFixture, doc: PolicyDocument): Promise<PolicyDocument> {
  let current = await payload.update({
    collection: 'policy-documents',
    id: doc.id,
    data: { confidentialityReview: { result: 'passed', comment: '不涉密' } },
    ...as(f.reviewer),
  })
  if (current.disclosureAttribute !== 'public') {
    current = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { opennessReview: { result: 'passed', comment: '理由充分' } },
      ...as(f.officer),
    })
  }
  return current
}

export const publish = (payload: Payload, f: OpennessFixture, id: number | string) =>
  payload.update({ collection: 'policy-documents', id, data: { workflowStatus: 'published' }, ...as(f.reviewer) })

export async function errorMessages(attempt: Promise<unknown>): Promise<string[]> {
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error('expected the operation to fail')
  const data = (error as { data?: { errors?: { message: string }[] } }).data
  return data?.errors?.map((e) => e.message) ?? [(error as Error).message]
}
