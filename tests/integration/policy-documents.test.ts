import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar, getWorkingDayCalendar } from '../../src/calendar/holidayCalendar'
import { chinaDay } from '../../src/calendar/chinaTime'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { minimalPdf } from '../../src/demo/pdf'
import { idOf } from '../../src/ids'
import { createSite, createUser } from '../support/fixtures'
import { startTestPayload, type TestPlatform } from '../support/payload'
import {
  as,
  createOpennessFixture,
  draftData,
  errorMessages,
  publish,
  reviewed,
  submitted,
  type OpennessFixture,
} from '../support/openness'

let platform: TestPlatform
let f: OpennessFixture

beforeAll(async () => {
  platform = await startTestPayload()
  await ensureHolidayCalendar(platform.payload)
  f = await createOpennessFixture(platform.payload)
})
afterAll(async () => platform?.close())

const find = (id: number | string) => platform.payload.findByID({ collection: 'policy-documents', id, depth: 0 })

/** A working-day figure, or null where it reaches a year whose holidays are not entered (as the product reports it). */
function knownWorkdays<T>(compute: () => T): T | null {
  try {
    return compute()
  } catch (error) {
    if (error instanceof CalendarYearMissingError) return null
    throw error
  }
}

describe('policy documents: the release rules', () => {
  it('refuses to publish a document whose confidentiality review is not recorded', async () => {
    const { payload } = platform
    const doc = await submitted(payload, f)
    expect(await errorMessages(publish(payload, f, doc.id))).toEqual(['尚未通过保密审查（须由审核人填写），不能发布。'])
    expect((await find(doc.id)).workflowStatus).toBe('submitted')
    // Not even the platform administrator skips the rule.
    const byAdmin = payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'published' },
      ...as(f.platformAdmin),
    })
    expect(await errorMessages(byAdmin)).toContain('尚未通过保密审查（须由审核人填写），不能发布。')
  })

  it('lets only the reviewer record the confidentiality review, only once submitted, and stamps who and when', async () => {
    const { payload } = platform
    const draft = await payload.create({ collection: 'policy-documents', data: draftData(f) as never, ...as(f.editor) })
    const early = payload.update({
      collection: 'policy-documents',
      id: draft.id,
      data: { confidentialityReview: { result: 'passed' } },
      ...as(f.reviewer),
    })
    expect(await errorMessages(early)).toEqual(['保密审查须在文件提交审核（报批）后、发布前进行。'])
    const doc = await payload.update({
      collection: 'policy-documents',
      id: draft.id,
      data: { workflowStatus: 'submitted' },
      ...as(f.editor),
    })
    const byOfficer = payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { confidentialityReview: { result: 'passed' } },
      ...as(f.officer),
    })
    expect(await errorMessages(byOfficer)).toEqual(['只有本网站的审核人可以填写保密审查。'])
    const forged = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: {
        confidentialityReview: {
          result: 'passed',
          comment: '不涉密',
          reviewedByLabel: '别人',
          reviewedAt: '2020-01-01T00:00:00.000Z',
        },
      },
      ...as(f.reviewer),
    })
    expect(forged.confidentialityReview).toMatchObject({
      result: 'passed',
      comment: '不涉密',
      reviewedByLabel: 'reviewer',
    })
    expect(Date.now() - Date.parse(forged.confidentialityReview!.reviewedAt!)).toBeLessThan(60_000)
    expect(forged.reviewLog?.map((r) => [r.step, r.result, r.byLabel])).toEqual([
      ['confidentialityReview', 'passed', 'reviewer'],
    ])
    const published = await publish(payload, f, doc.id)
    expect(published.workflowStatus).toBe('published')
    expect(published.indexNumber).toMatch(new RegExp(`^${f.site.siteCode}/\\d{4}-\\d{5}$`))
  })

  it('requires a written reason for every attribute other than 此件公开发布', async () => {
    const { payload } = platform
    for (const attribute of ['on-application', 'not-public', 'after-declassification']) {
      const attempt = payload.create({
        collection: 'policy-documents',
        data: draftData(f, { disclosureAttribute: attribute }) as never,
        ...as(f.editor),
      })
      expect(await errorMessages(attempt)).toEqual(['公开属性不是“此件公开发布”时，必须依法依规说明理由。'])
    }
    const blank = payload.create({
      collection: 'policy-documents',
      data: draftData(f, { disclosureAttribute: 'not-public', nonDisclosureReason: '   ' }) as never,
      ...as(f.editor),
    })
    expect(await errorMessages(blank)).toEqual(['公开属性不是“此件公开发布”时，必须依法依规说明理由。'])
  })

  it('needs the openness officer to approve a non-public attribute before release, and never makes it public', async () => {
    const { payload } = platform
    const doc = await submitted(payload, f, {
      disclosureAttribute: 'on-application',
      nonDisclosureReason: '涉及第三方商业信息，依《条例》第十五条依申请公开。',
    })
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { confidentialityReview: { result: 'passed' } },
      ...as(f.reviewer),
    })
    expect(await errorMessages(publish(payload, f, doc.id))).toEqual([
      '公开属性为“此件依申请公开”，须经政务公开专员审查通过后才能发布。',
    ])
    const byReviewer = payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { opennessReview: { result: 'passed' } },
      ...as(f.reviewer),
    })
    expect(await errorMessages(byReviewer)).toEqual(['只有本网站的政务公开专员可以填写公开属性审查。'])
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { opennessReview: { result: 'passed', comment: '同意' } },
      ...as(f.officer),
    })
    const released = await publish(payload, f, doc.id)
    expect(released.workflowStatus).toBe('published')
    expect(released.indexNumber).toBeTruthy()
    // Released into the register, but invisible to an anonymous visitor.
    const anonymous = await payload.find({
      collection: 'policy-documents',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(0)
    const insider = await payload.find({
      collection: 'policy-documents',
      where: { id: { equals: doc.id } },
      ...as(f.officer),
    })
    expect(insider.totalDocs).toBe(1)
  })

  it('confines the openness officer to the openness review', async () => {
    const { payload } = platform
    const doc = await submitted(payload, f, {
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '内部管理信息。',
    })
    const after = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: {
        title: '被改掉的标题',
        disclosureAttribute: 'public',
        opennessReview: { result: 'passed', comment: '同意不公开' },
      },
      ...as(f.officer),
    })
    expect(after.title).toBe(doc.title)
    expect(after.disclosureAttribute).toBe('not-public')
    expect(after.opennessReview?.result).toBe('passed')
  })

  it('does not release 脱密后公开 before the declassified version is attached', async () => {
    const { payload } = platform
    const doc = await reviewed(
      payload,
      f,
      await submitted(payload, f, {
        disclosureAttribute: 'after-declassification',
        nonDisclosureReason: '原文含工作秘密，脱密后公开。',
      }),
    )
    expect(await errorMessages(publish(payload, f, doc.id))).toEqual([
      '“此件脱密后公开”的文件须先上传脱密后的版本，才能发布。',
    ])
    const pdf = minimalPdf('declassified version')
    const file = await payload.create({
      collection: 'files',
      data: { site: f.site.id, title: '脱密版' } as never,
      file: { data: pdf, mimetype: 'application/pdf', name: 'declassified.pdf', size: pdf.byteLength },
    })
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { declassifiedVersion: file.id },
      ...as(f.reviewer),
    })
    const released = await publish(payload, f, doc.id)
    expect(released.workflowStatus).toBe('published')
    const anonymous = await payload.findByID({
      collection: 'policy-documents',
      id: doc.id,
      overrideAccess: false,
      depth: 0,
    })
    // The public reads the declassified version; the original text stays inside.
    expect(anonymous.body).toBeUndefined()
    expect(anonymous.nonDisclosureReason).toBeUndefined()
    expect(anonymous.confidentialityReview).toBeUndefined()
    expect(anonymous.declassifiedVersion).toBe(file.id)
  })

  it('sends a rejected document back to draft with the reviewer’s comment', async () => {
    const { payload } = platform
    const doc = await submitted(payload, f, {
      disclosureAttribute: 'not-public',
      nonDisclosureReason: '理由不充分的示例。',
    })
    const noComment = payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { opennessReview: { result: 'failed' } },
      ...as(f.officer),
    })
    expect(await errorMessages(noComment)).toEqual(['公开属性审查不通过时须填写审查意见。'])
    const rejected = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { opennessReview: { result: 'failed', comment: '不符合不公开情形，应主动公开。' } },
      ...as(f.officer),
    })
    expect(rejected.workflowStatus).toBe('draft')
    expect(rejected.reviewComment).toBe('公开属性审查不通过：不符合不公开情形，应主动公开。')
    expect(rejected.workflowLog?.at(-1)).toMatchObject({
      action: 'reject',
      fromStatus: 'submitted',
      toStatus: 'draft',
      byLabel: 'officer',
      comment: '公开属性审查不通过：不符合不公开情形，应主动公开。',
    })
    expect(rejected.reviewLog?.at(-1)).toMatchObject({ step: 'opennessReview', result: 'failed', byLabel: 'officer' })
    // The editor corrects and resubmits: the rejected step opens again; its history stays.
    const fixed = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { disclosureAttribute: 'public', nonDisclosureReason: null, workflowStatus: 'submitted' },
      ...as(f.editor),
    })
    expect(fixed.opennessReview?.result).toBe('awaiting-review')
    expect(fixed.reviewLog).toHaveLength(1)

    const again = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { confidentialityReview: { result: 'failed', comment: '第三段涉及工作秘密。' } },
      ...as(f.reviewer),
    })
    expect(again.workflowStatus).toBe('draft')
    expect(again.reviewComment).toBe('保密审查不通过：第三段涉及工作秘密。')
  })

  it('keeps index numbers: never deleted, never renumbered on republication', async () => {
    const { payload } = platform
    const doc = await publish(payload, f, (await reviewed(payload, f, await submitted(payload, f))).id)
    const withdrawn = await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'withdrawn', reviewComment: '需更正' },
      ...as(f.reviewer),
    })
    expect(withdrawn.indexNumber).toBe(doc.indexNumber)
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'draft' },
      ...as(f.editor),
    })
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'submitted' },
      ...as(f.editor),
    })
    const again = await publish(payload, f, doc.id)
    expect(again.indexNumber).toBe(doc.indexNumber)
    expect(
      await errorMessages(payload.delete({ collection: 'policy-documents', id: doc.id, ...as(f.siteAdmin) })),
    ).toEqual([`文件已编索引号 ${doc.indexNumber}，不能删除；如需停止公开请撤回，或将有效性标注为废止、失效。`])
  })
})

describe('policy documents: interpretations published with the document (同步审签、同步发布)', () => {
  it('refuses to publish a policy document that needs an interpretation until one is approved', async () => {
    const { payload } = platform
    const doc = await reviewed(payload, f, await submitted(payload, f, { interpretationRequired: true }))
    const message = '本文件须同步发布政策解读：请先起草解读材料并经审签（已审签）后，再发布文件。'
    expect(await errorMessages(publish(payload, f, doc.id))).toEqual([message])

    const interpretation = await payload.create({
      collection: 'interpretations',
      data: {
        site: f.site.id,
        policyDocument: doc.id,
        column: f.interpretationColumn,
        title: '一图读懂',
        form: 'graphic',
        interpreter: { name: '张三', title: '厅长', isPrincipal: true },
      } as never,
      ...as(f.editor),
    })
    expect(await errorMessages(publish(payload, f, doc.id))).toEqual([message])
    // An interpretation cannot go out before its document.
    await payload.update({
      collection: 'interpretations',
      id: interpretation.id,
      data: { approvalStatus: 'approved' },
      ...as(f.reviewer),
    })
    const early = payload.update({
      collection: 'interpretations',
      id: interpretation.id,
      data: { workflowStatus: 'published' },
      ...as(f.reviewer),
    })
    expect(await errorMessages(early)).toEqual(['所解读的政策文件尚未发布：解读材料随文件同步发布。'])
    const byEditor = payload.update({
      collection: 'interpretations',
      id: interpretation.id,
      data: { approvalStatus: 'awaiting-approval' },
      ...as(f.editor),
    })
    expect(await errorMessages(byEditor)).toEqual(['只有本网站的审核人或网站管理员可以审签政策解读。'])
    const unapproved = await payload.create({
      collection: 'interpretations',
      data: {
        site: f.site.id,
        policyDocument: doc.id,
        title: '尚未审签的问答',
        form: 'qa',
        interpreter: { name: '李四', title: '处长' },
      } as never,
      ...as(f.editor),
    })

    const released = await publish(payload, f, doc.id)
    expect(released.workflowStatus).toBe('published')
    const after = await payload.findByID({ collection: 'interpretations', id: interpretation.id, depth: 0 })
    expect(after.workflowStatus).toBe('published')
    expect(after.publishedAt).toBe(released.publishedAt)
    expect(after.workflowLog?.at(-1)?.comment).toBe('随政策文件同步发布')
    expect(
      (await payload.findByID({ collection: 'interpretations', id: unapproved.id, depth: 0 })).workflowStatus,
    ).toBe('draft')
    // The document lists it, also for an anonymous reader.
    const anonymous = await payload.findByID({
      collection: 'policy-documents',
      id: doc.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(anonymous.interpretations?.docs).toEqual([interpretation.id])
    // Withdrawing the document withdraws its interpretations.
    await payload.update({
      collection: 'policy-documents',
      id: doc.id,
      data: { workflowStatus: 'withdrawn', reviewComment: '撤回' },
      ...as(f.reviewer),
    })
    expect(
      (await payload.findByID({ collection: 'interpretations', id: interpretation.id, depth: 0 })).workflowStatus,
    ).toBe('withdrawn')
  })

  it('lets the drafting department write the interpretation of a document another site issues (谁起草、谁解读)', async () => {
    const { payload } = platform
    const department = await createSite(payload, { name: '起草厅', level: 'department' })
    const drafter = await createUser(payload, {
      name: '起草厅编辑',
      memberships: [{ site: department, roles: ['editor'] }],
    })
    const stranger = await createUser(payload, {
      name: '无关厅编辑',
      memberships: [{ site: await createSite(payload, { level: 'department' }), roles: ['editor'] }],
    })
    const doc = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { title: '起草厅起草、门户印发的文件', draftingSite: department.id }) as never,
      ...as(f.editor),
    })
    const undrafted = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { title: '门户自行起草的文件' }) as never,
      ...as(f.editor),
    })
    const interpretation = (policyDocument: number) => ({
      policyDocument,
      title: '起草厅解读',
      form: 'qa',
      interpreter: { name: '王处长', title: '处长' },
    })

    // Membership of the drafting site suffices; the interpretation lives on the issuing site.
    const written = await payload.create({
      collection: 'interpretations',
      data: interpretation(doc.id) as never,
      ...as(drafter),
    })
    expect(idOf(written.site)).toBe(idOf(f.site.id))
    const revised = await payload.update({
      collection: 'interpretations',
      id: written.id,
      data: { title: '起草厅解读（修改）' },
      ...as(drafter),
    })
    expect(revised.title).toBe('起草厅解读（修改）')
    expect(
      (await payload.find({ collection: 'interpretations', where: { id: { equals: written.id } }, ...as(drafter) }))
        .totalDocs,
    ).toBe(1)

    // Nothing else opens: not another document of the issuing site, not for a stranger, not the approval, not articles.
    await expect(
      payload.create({ collection: 'interpretations', data: interpretation(undrafted.id) as never, ...as(drafter) }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'interpretations', data: interpretation(doc.id) as never, ...as(stranger) }),
    ).rejects.toThrow()
    expect(
      (await payload.find({ collection: 'interpretations', where: { id: { equals: written.id } }, ...as(stranger) }))
        .totalDocs,
    ).toBe(0)
    expect(
      await errorMessages(
        payload.update({
          collection: 'interpretations',
          id: written.id,
          data: { approvalStatus: 'approved' },
          ...as(drafter),
        }),
      ),
    ).toEqual(['只有本网站的审核人或网站管理员可以审签政策解读。'])
    await expect(
      payload.create({
        collection: 'articles',
        data: { site: f.site.id, title: '越权信息', disclosureAttribute: 'public' } as never,
        ...as(drafter),
      }),
    ).rejects.toThrow()
    expect(
      (await payload.find({ collection: 'policy-documents', where: { id: { equals: undrafted.id } }, ...as(drafter) }))
        .totalDocs,
    ).toBe(0)

    // The issuing site's reviewer approves it as any other.
    const approved = await payload.update({
      collection: 'interpretations',
      id: written.id,
      data: { approvalStatus: 'approved' },
      ...as(f.reviewer),
    })
    expect(approved.approvalStatus).toBe('approved')
  })

  it('refuses an interpretation of another site’s document', async () => {
    const { payload } = platform
    const other = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { site: f.otherSite.id, column: f.otherColumn }) as never,
    })
    const attempt = payload.create({
      collection: 'interpretations',
      data: {
        site: f.site.id,
        policyDocument: other.id,
        title: 'x',
        form: 'text',
        interpreter: { name: 'x' },
      } as never,
      ...as(f.editor),
    })
    expect(await errorMessages(attempt)).toEqual(['所解读的政策文件必须属于本网站。'])
  })
})

describe('policy documents: the 5-working-day rule', () => {
  it('computes the deadline across the 2026 National Day break', async () => {
    const doc = await platform.payload.create({
      collection: 'policy-documents',
      data: draftData(f, { writtenAt: '2026-09-28' }) as never,
      ...as(f.editor),
    })
    // 9/29, 9/30, then 10/1–10/7 off, 10/8, 10/9 and the make-up Saturday 10/10.
    expect(chinaDay(doc.publishDeadline!)).toBe('2026-10-10')
    expect(doc.publishDeadlineNote ?? null).toBeNull()
    const notApplicable = await platform.payload.create({
      collection: 'policy-documents',
      data: draftData(f, { affectsPublicRights: false }) as never,
      ...as(f.editor),
    })
    expect(notApplicable.publishDeadline ?? null).toBeNull()
  })

  it('counts from the 印发日期, not the 成文日期, and defaults it to the 成文日期', async () => {
    const { payload } = platform
    // Written on Friday 2026-09-18, issued on Monday 9/28: the clock starts at issue, so the deadline is the
    // make-up Saturday 10/10 as above, not 9/24 (five working days after the written date, the make-up Sunday 9/20
    // among them).
    const issued = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { writtenAt: '2026-09-18', issuedAt: '2026-09-28' }) as never,
      ...as(f.editor),
    })
    expect(chinaDay(issued.issuedAt!)).toBe('2026-09-28')
    expect(chinaDay(issued.publishDeadline!)).toBe('2026-10-10')

    const unissued = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { writtenAt: '2026-09-18' }) as never,
      ...as(f.editor),
    })
    expect(chinaDay(unissued.issuedAt!)).toBe('2026-09-18')
    expect(chinaDay(unissued.publishDeadline!)).toBe('2026-09-24')

    const moved = await payload.update({
      collection: 'policy-documents',
      id: unissued.id,
      data: { issuedAt: '2026-09-28' } as never,
      ...as(f.editor),
    })
    expect(chinaDay(moved.publishDeadline!)).toBe('2026-10-10')

    const backwards = payload.create({
      collection: 'policy-documents',
      data: draftData(f, { writtenAt: '2026-09-18', issuedAt: '2026-09-17' }) as never,
      ...as(f.editor),
    })
    expect(await errorMessages(backwards)).toEqual(['印发日期（2026-09-17）不能早于成文日期（2026-09-18）。'])
  })

  it('gives a document of the active-disclosure catalogue art. 26’s 20 working days when the 5-day rule does not apply', async () => {
    const { payload } = platform
    const item = await payload.create({
      collection: 'disclosure-catalog',
      data: { site: f.site.id, entryType: 'item', code: '07', title: '财政预决算' } as never,
      ...as(f.officer),
    })
    const listed = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, {
        title: '目录内的一般文件',
        affectsPublicRights: false,
        catalogItem: item.id,
        writtenAt: '2026-09-25',
      }) as never,
      ...as(f.editor),
    })
    // 9/28–9/30, the make-up Sunday 9/27 and Saturday 10/10, then 10/9 … 10/29: twenty working days.
    expect(chinaDay(listed.publishDeadline!)).toBe('2026-10-29')
    const unlisted = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { affectsPublicRights: false, writtenAt: '2026-09-25' }) as never,
      ...as(f.editor),
    })
    expect(unlisted.publishDeadline ?? null).toBeNull()
    expect(unlisted.publishDeadlineNote).toContain('列入主动公开目录')
    // The 5-day rule wins when both apply.
    const both = await payload.create({
      collection: 'policy-documents',
      data: draftData(f, { catalogItem: item.id, writtenAt: '2026-09-28' }) as never,
      ...as(f.editor),
    })
    expect(chinaDay(both.publishDeadline!)).toBe('2026-10-10')

    const { overdueReport } = await import('../../collections/policy-documents/endpoints')
    const result = await overdueReport({ payload, user: { ...f.officer, collection: 'users' } } as never, null)
    if (!result.ok) throw new Error(result.message)
    const overdue = result.report.overdue.map((d) => d.id)
    if (chinaDay(new Date()) > '2026-10-29') expect(overdue).toContain(listed.id)
    else expect(overdue).not.toContain(listed.id)
    expect(overdue).not.toContain(unlisted.id)
  })

  it('explains, instead of guessing, when the deadline runs into 2027', async () => {
    const doc = await platform.payload.create({
      collection: 'policy-documents',
      data: draftData(f, { writtenAt: '2026-12-28' }) as never,
      ...as(f.editor),
    })
    expect(doc.publishDeadline ?? null).toBeNull()
    expect(doc.publishDeadlineNote).toBe(
      '2027 年的法定节假日安排尚未录入，无法计算工作日期限。请平台管理员在“节假日”中录入国务院办公厅发布的 2027 年节假日安排。',
    )
  })

  it('records how many working days late a document was published', async () => {
    const { payload } = platform
    const doc = await publish(
      payload,
      f,
      (await reviewed(payload, f, await submitted(payload, f, { writtenAt: '2026-09-28' }))).id,
    )
    const calendar = await getWorkingDayCalendar(payload)
    // Published today, whatever today is: in a year whose holidays are not entered yet the figure is unknown and
    // the calendar's explanation is kept instead of a guess.
    const expected = knownWorkdays(() =>
      Math.max(0, calendar.workdaysBetween('2026-10-10', chinaDay(doc.publishedAt!))),
    )
    if (expected === null) {
      expect(doc.publishedLateWorkdays).toBeNull()
      expect(doc.publishDeadlineNote).toContain('年的法定节假日安排尚未录入')
    } else {
      expect(expected).toBeGreaterThan(0)
      expect(doc.publishedLateWorkdays).toBe(expected)
    }
    const today = chinaDay(new Date())
    const onTime = await publish(
      payload,
      f,
      (await reviewed(payload, f, await submitted(payload, f, { writtenAt: today }))).id,
    )
    expect(onTime.publishedLateWorkdays).toBe(knownWorkdays(() => calendar.addWorkdays(today, 5)) === null ? null : 0)
  })

  it('lists overdue documents for the site’s openness officer and the whole cluster for the platform', async () => {
    const { payload } = platform
    const late = await submitted(payload, f, { title: '逾期未公开的文件', writtenAt: '2026-09-28' })
    await submitted(payload, f, { title: '期限未知的文件', writtenAt: '2026-12-28' })
    await payload.create({
      collection: 'policy-documents',
      data: draftData(f, {
        site: f.otherSite.id,
        column: f.otherColumn,
        title: '另一网站的逾期文件',
        writtenAt: '2026-09-28',
      }) as never,
    })
    const { overdueEndpoint } = await import('../../collections/policy-documents/endpoints')
    const call = async (user: unknown, query: Record<string, string> = {}) => {
      const response = await overdueEndpoint.handler({ payload, user, query, t: (k: string) => k } as never)
      return {
        status: response.status,
        body: (await response.json()) as {
          overdue: { id: number; title: string; deadline: string; workdaysOverdue: number }[]
          deadlineUnknown: { title: string; note: string }[]
          publishedLate: { workdaysLate: number }[]
        },
      }
    }
    const forOfficer = await call({ ...f.officer, collection: 'users' })
    expect(forOfficer.status).toBe(200)
    const titles = forOfficer.body.overdue.map((d) => d.title)
    expect(titles).toContain('逾期未公开的文件')
    expect(titles).not.toContain('另一网站的逾期文件')
    const row = forOfficer.body.overdue.find((d) => d.id === late.id)!
    expect(row.deadline).toBe('2026-10-10')
    const calendar = await getWorkingDayCalendar(payload)
    const overdueSoFar = knownWorkdays(() => calendar.workdaysBetween('2026-10-10', chinaDay(new Date())))
    if (overdueSoFar === null) expect(row.workdaysOverdue).toBeNull()
    else expect(row.workdaysOverdue).toBe(overdueSoFar)
    expect(forOfficer.body.deadlineUnknown.map((d) => d.title)).toContain('期限未知的文件')
    expect(forOfficer.body.deadlineUnknown.find((d) => d.title === '期限未知的文件')!.note).toContain(
      '2027 年的法定节假日安排尚未录入',
    )
    // The document published late by the test above counts only where its lateness could be computed.
    if (overdueSoFar === null) expect(forOfficer.body.publishedLate).toEqual([])
    else expect(forOfficer.body.publishedLate.length).toBeGreaterThan(0)

    const forPlatform = await call({ ...f.platformAdmin, collection: 'users' })
    expect(forPlatform.body.overdue.map((d) => d.title)).toEqual(
      expect.arrayContaining(['逾期未公开的文件', '另一网站的逾期文件']),
    )
    expect((await call({ ...f.editor, collection: 'users' })).status).toBe(403)
    expect((await call(null)).status).toBe(401)
    expect((await call({ ...f.officer, collection: 'users' }, { site: String(f.otherSite.id) })).status).toBe(403)
  })
})
