import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { ensureHolidayCalendar } from '../../src/calendar/holidayCalendar'
import { idOf } from '../../src/ids'
import { createArticle, createColumn } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { as, createOpennessFixture, draftData, errorMessages, type OpennessFixture } from '../support/openness'

let platform: TestPlatform
let f: OpennessFixture

beforeAll(async () => {
  platform = await startTestPayload()
  await ensureHolidayCalendar(platform.payload)
  f = await createOpennessFixture(platform.payload, '6400000091')
})
afterAll(async () => platform?.close())

/** A released document, prepared by trusted code: reviews passed, published. */
const released = (payload: Payload, overrides: Record<string, unknown>) =>
  payload.create({
    collection: 'policy-documents',
    data: draftData(f, {
      workflowStatus: 'published',
      confidentialityReview: { result: 'passed' },
      opennessReview: { result: 'passed' },
      ...overrides,
    }) as never,
  })

describe('disclosure catalogue (主动公开目录)', () => {
  it('lists each item’s public documents automatically, and only those to the public', async () => {
    const { payload } = platform
    const category = await payload.create({
      collection: 'disclosure-catalog',
      data: { site: f.site.id, entryType: 'category', code: '02', title: '法规文件' } as never,
      ...as(f.officer),
    })
    const item = await payload.create({
      collection: 'disclosure-catalog',
      data: {
        site: f.site.id,
        entryType: 'item',
        parent: category.id,
        code: '02.01',
        title: '行政规范性文件',
        legalBasis: '《条例》第二十条',
      } as never,
      ...as(f.officer),
    })
    const open = await released(payload, { title: '目录中的公开文件', catalogItem: item.id })
    const closed = await released(payload, {
      title: '目录中的不公开文件',
      catalogItem: item.id,
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部事务。',
    })
    const anonymous = await payload.findByID({
      collection: 'disclosure-catalog',
      id: item.id,
      depth: 0,
      overrideAccess: false,
    })
    expect(anonymous.documents?.docs).toEqual([open.id])
    const insider = await payload.findByID({
      collection: 'disclosure-catalog',
      id: item.id,
      depth: 0,
      ...as(f.officer),
    })
    expect(insider.documents?.docs).toEqual(expect.arrayContaining([open.id, closed.id]))
    // An item of another site, or a category, cannot be chosen.
    const foreign = await payload.create({
      collection: 'disclosure-catalog',
      data: { site: f.otherSite.id, entryType: 'item', code: '01', title: '别家事项' } as never,
    })
    expect(
      await errorMessages(
        payload.create({
          collection: 'policy-documents',
          data: draftData(f, { catalogItem: foreign.id }) as never,
          ...as(f.editor),
        }),
      ),
    ).toContain('所选主动公开目录事项不属于本网站。')
    expect(
      await errorMessages(
        payload.create({
          collection: 'disclosure-catalog',
          data: { site: f.site.id, entryType: 'item', parent: item.id, code: '02.01.01', title: 'x' } as never,
          ...as(f.officer),
        }),
      ),
    ).toEqual(['上级必须是本网站目录中的一个类别。'])
    expect(
      await errorMessages(
        payload.create({
          collection: 'disclosure-catalog',
          data: { site: f.site.id, entryType: 'item', code: '09', title: 'x' } as never,
          ...as(f.editor),
        }),
      ),
    ).not.toHaveLength(0)
  })
})

describe('annual self-check (年度自查)', () => {
  it('lists every released document that is not public, records each decision, and converts through the publish path', async () => {
    const { payload } = platform
    const onApplication = await released(payload, {
      title: '依申请公开的批复',
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方。',
    })
    const notPublic = await released(payload, {
      title: '不公开的内部通知',
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部事务。',
    })
    await payload.create({
      collection: 'policy-documents',
      data: draftData(f, {
        title: '未发布的草稿',
        disclosureAttribute: 'not-public',
        nonDisclosureReason: 'x',
      }) as never,
    })
    await released(payload, { title: '已公开的文件' })
    // Articles are items of the unit too (C8): a not-public one is checked, a public or unreleased one is not.
    const column = await createColumn(payload, f.site, { title: '工作动态', slug: 'gzdt-selfcheck' })
    const hiddenArticle = await createArticle(payload, {
      site: f.site,
      column,
      title: '不公开的工作信息',
      status: 'published',
      disclosure: 'not-public',
    })
    await createArticle(payload, { site: f.site, column, title: '公开的工作信息', status: 'published' })
    await createArticle(payload, {
      site: f.site,
      column,
      title: '未发布的依申请公开信息',
      disclosure: 'on-application',
    })
    const year = 2026

    expect(
      await errorMessages(
        payload.create({ collection: 'self-checks', data: { site: f.site.id, year } as never, ...as(f.editor) }),
      ),
    ).not.toHaveLength(0)
    const check = await payload.create({
      collection: 'self-checks',
      data: { site: f.site.id, year } as never,
      ...as(f.officer),
    })
    const titles = check.items!.map((i) => i.title)
    expect(titles).toEqual(
      expect.arrayContaining(['依申请公开的批复', '不公开的内部通知', '目录中的不公开文件', '不公开的工作信息']),
    )
    for (const absent of ['未发布的草稿', '已公开的文件', '公开的工作信息', '未发布的依申请公开信息'])
      expect(titles).not.toContain(absent)
    const articleItem = check.items!.find((i) => i.title === '不公开的工作信息')!
    expect(idOf(articleItem.article)).toBe(idOf(hiddenArticle.id))
    expect(articleItem.policyDocument ?? null).toBeNull()
    expect(articleItem.attribute).toBe('not-public')
    expect(check.report).toMatchObject({ total: titles.length, undecided: titles.length, onApplication: 1 })
    expect(check.dueDate).toBe('2026-12-31')
    expect(
      await errorMessages(
        payload.create({ collection: 'self-checks', data: { site: f.site.id, year } as never, ...as(f.officer) }),
      ),
    ).toEqual(['本网站 2026 年度的自查已经建立。'])

    const decide = (decisions: Record<string, { decision: string; decisionReason?: string }>, current = check) =>
      payload.update({
        collection: 'self-checks',
        id: check.id,
        data: {
          items: current.items!.map((i) => ({
            ...i,
            ...(decisions[i.article ? `article:${idOf(i.article)}` : String(idOf(i.policyDocument))] ?? {}),
          })),
        } as never,
        ...as(f.officer),
      })
    expect(await errorMessages(decide({ [String(notPublic.id)]: { decision: 'keep' } }))).toEqual([
      '「不公开的内部通知」保持不公开时，须依法依规说明理由。',
    ])
    const afterKeep = await decide({
      [String(notPublic.id)]: { decision: 'keep', decisionReason: '仍属内部事务信息。' },
    })
    const kept = afterKeep.items!.find((i) => i.title === '不公开的内部通知')!
    expect(kept).toMatchObject({ decision: 'keep', decisionReason: '仍属内部事务信息。', decidedByLabel: 'officer' })
    expect(kept.decidedAt).toBeTruthy()

    expect(
      (
        await payload.find({
          collection: 'policy-documents',
          where: { id: { equals: onApplication.id } },
          overrideAccess: false,
        })
      ).totalDocs,
    ).toBe(0)
    const afterConvert = await decide(
      { [String(onApplication.id)]: { decision: 'convert', decisionReason: '第三方同意公开。' } },
      afterKeep,
    )
    expect(afterConvert.items!.find((i) => i.title === '依申请公开的批复')).toMatchObject({
      decision: 'convert',
      converted: true,
    })
    const converted = await payload.findByID({ collection: 'policy-documents', id: onApplication.id, depth: 0 })
    expect(converted.disclosureAttribute).toBe('public')
    expect(converted.indexNumber).toBe(onApplication.indexNumber)
    expect(converted.workflowLog?.at(-1)).toMatchObject({
      action: 'publish',
      fromStatus: 'published',
      toStatus: 'published',
    })
    expect(converted.workflowLog?.at(-1)?.comment).toContain('2026 年度自查')
    // Now public, on every route.
    expect(
      (
        await payload.find({
          collection: 'policy-documents',
          where: { id: { equals: onApplication.id } },
          overrideAccess: false,
        })
      ).totalDocs,
    ).toBe(1)
    expect(afterConvert.report).toMatchObject({ kept: 1, converted: 1 })

    const articleConverted = await decide(
      { [`article:${hiddenArticle.id}`]: { decision: 'convert', decisionReason: '已不涉及内部事务。' } },
      afterConvert,
    )
    expect(articleConverted.items!.find((i) => i.title === '不公开的工作信息')).toMatchObject({
      decision: 'convert',
      converted: true,
    })
    expect(
      (await payload.findByID({ collection: 'articles', id: hiddenArticle.id, depth: 0 })).disclosureAttribute,
    ).toBe('public')
    expect(
      (
        await payload.find({
          collection: 'articles',
          where: { id: { equals: hiddenArticle.id } },
          overrideAccess: false,
        })
      ).totalDocs,
    ).toBe(1)
    expect(articleConverted.report).toMatchObject({ converted: 2 })
    // A decision is final.
    expect(await errorMessages(decide({ [String(notPublic.id)]: { decision: 'convert' } }, articleConverted))).toEqual([
      '「不公开的内部通知」已作出自查结论，不能更改。',
    ])

    // The report is kept and readable by the platform and supervisors, not by editors.
    for (const reader of [f.platformAdmin, f.supervisor, f.siteAdmin]) {
      const found = await payload.findByID({ collection: 'self-checks', id: check.id, ...as(reader) })
      expect(found.report?.converted).toBe(2)
    }
    await expect(payload.findByID({ collection: 'self-checks', id: check.id, ...as(f.editor) })).rejects.toThrow()
    await expect(payload.delete({ collection: 'self-checks', id: check.id, ...as(f.officer) })).rejects.toThrow()
  })

  it('refuses a conversion the document’s own rules do not allow, and explains why', async () => {
    const { payload } = platform
    const unreviewed = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, {
        site: f.otherSite.id,
        column: f.otherColumn,
        title: '保密审查被撤销的文件',
        disclosureAttribute: 'not-public',
        nonDisclosureReason: 'x',
        workflowStatus: 'published',
        confidentialityReview: { result: 'passed' },
        opennessReview: { result: 'passed' },
      }) as never,
    })
    // Trusted code marks the confidentiality review as failed after the fact.
    await payload.update({
      collection: 'policy-documents',
      id: unreviewed.id,
      data: { confidentialityReview: { result: 'failed', comment: '重新审查发现涉密' } } as never,
      context: { system: true },
    })
    const check = await payload.create({
      collection: 'self-checks',
      data: { site: f.otherSite.id, year: 2026 } as never,
    })
    const attempt = payload.update({
      collection: 'self-checks',
      id: check.id,
      data: { items: check.items!.map((i) => ({ ...i, decision: 'convert' })) } as never,
    })
    expect((await errorMessages(attempt))[0]).toBe(
      '「保密审查被撤销的文件」不能转为主动公开：尚未通过保密审查（须由审核人填写），不能发布。',
    )
    expect((await payload.findByID({ collection: 'policy-documents', id: unreviewed.id })).disclosureAttribute).toBe(
      'not-public',
    )
  })
})

describe('principal leaders’ interpretations (主要负责人解读)', () => {
  it('counts them per site and year and flags, below the platform threshold, the people’s governments and the named departments', async () => {
    const { payload } = platform
    const doc = await released(payload, { title: '有解读的文件' })
    for (const [name, isPrincipal] of [
      ['厅长甲', true],
      ['处长乙', false],
    ] as const) {
      await payload.create({
        collection: 'interpretations',
        data: {
          site: f.site.id,
          policyDocument: doc.id,
          title: `${name}解读`,
          form: 'text',
          interpreter: { name, isPrincipal },
          approvalStatus: 'approved',
          workflowStatus: 'published',
        } as never,
      })
    }
    const { principalReportEndpoint } = await import('../../collections/interpretations/hooks')
    const report = async (user: unknown, year: string) => {
      const response = await principalReportEndpoint.handler({
        payload,
        user,
        query: { year },
        t: (k: string) => k,
      } as never)
      return {
        status: response.status,
        body: (await response.json()) as {
          threshold: number
          sites: { siteCode: string; principalInterpretations: number; interpretations: number; flagged: boolean }[]
        },
      }
    }
    const year = String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear())
    const county = await payload.create({
      collection: 'sites',
      data: {
        name: '某县人民政府',
        siteCode: '6401990001',
        level: 'county',
        status: 'live',
        sponsor: '某县人民政府办公室',
        filings: { icpNumber: '宁ICP备1号', publicSecurityNumber: '宁公网安备 1号' },
        domains: [{ domain: 'www.principal-county.gov.cn' }],
      } as never,
    })
    const rowOf = (body: Awaited<ReturnType<typeof report>>['body'], siteCode: string) =>
      body.sites.find((s) => s.siteCode === siteCode)!

    // Both fixture sites are departments that no setting names yet: counted, never flagged. The county always is.
    const before = (await report({ ...f.platformAdmin, collection: 'users' }, year)).body
    expect(before.threshold).toBe(2)
    expect(rowOf(before, f.site.siteCode)).toMatchObject({
      principalInterpretations: 1,
      interpretations: 2,
      applies: false,
      flagged: false,
    })
    expect(rowOf(before, county.siteCode)).toMatchObject({ principalInterpretations: 0, applies: true, flagged: true })

    await payload.updateGlobal({
      slug: 'platform-settings',
      data: { principalInterpretationDepartments: [f.site.id, f.otherSite.id] } as never,
    })
    const forPlatform = await report({ ...f.platformAdmin, collection: 'users' }, year)
    const mine = rowOf(forPlatform.body, f.site.siteCode)
    expect(mine).toMatchObject({ principalInterpretations: 1, interpretations: 2, applies: true, flagged: true })
    expect(rowOf(forPlatform.body, f.otherSite.siteCode)).toMatchObject({ principalInterpretations: 0, flagged: true })
    const forOfficer = await report({ ...f.officer, collection: 'users' }, year)
    expect(forOfficer.body.sites.map((s) => s.siteCode)).toEqual([f.site.siteCode])
    expect((await report({ ...f.editor, collection: 'users' }, year)).status).toBe(403)

    await payload.updateGlobal({ slug: 'platform-settings', data: { principalInterpretationsPerYear: 1 } as never })
    expect(
      (await report({ ...f.supervisor, collection: 'users' }, year)).body.sites.find(
        (s) => s.siteCode === f.site.siteCode,
      ),
    ).toMatchObject({ flagged: false })
  })
})
