import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { chinaYearPeriod } from '../calendar/chinaTime'
import { messageStatistics } from '../participation/messageStatistics'
import { HealthWarning, Workflow } from '../states'

/**
 * The figures of the 《政府网站工作年度报表》 (国办函〔2018〕12号, domain-rules §1.9) that the platform itself knows,
 * for one site and year (China time). Everything else in the report is entered by staff (collections/annual-reports).
 */
export type WebsiteFigures = {
  year: number
  visits: { views: number; visitors: number }
  release: { total: number; news: number; disclosure: number }
  topics: { maintained: number; opened: number }
  interpretation: { total: number; materials: number; products: number }
  interaction: {
    messagesReceived: number
    messagesConcluded: number
    averageHandlingDays: number | null
    repliesPublished: number
    consultations: number
    consultationComments: number
    consultationResultsPublished: number
  }
  security: { checks: number; problemsFound: number; problemsFixed: number }
}

type Scope = { payload: Payload; site: number | string; year: number; req?: Partial<PayloadRequest> }

/** 政务动态 columns; 信息公开目录 columns (plus every policy document). */
const newsKinds = ['news', 'notice']
const disclosureKinds = ['policy', 'personnel', 'planning', 'disclosure', 'annual-report']
/** 解读材料 (written) versus 解读产品 (graphics, audio-visual, interviews). */
const materialForms = ['text', 'qa', 'expert']

export async function computeWebsiteFigures({ payload, site, year, req }: Scope): Promise<WebsiteFigures> {
  const { from, to } = chinaYearPeriod(year)
  const inYear = (field: string): Where => ({ [field]: { greater_than_equal: from.toISOString(), less_than: to.toISOString() } })
  const count = async (collection: CollectionSlug, ...conditions: Where[]) =>
    (await payload.count({ collection, where: { and: [{ site: { equals: site } }, ...conditions] }, overrideAccess: true, req })).totalDocs
  const published: Where = { workflowStatus: { equals: Workflow.published } }

  const columns = await payload.find({ collection: 'columns', where: { site: { equals: site } }, pagination: false, depth: 0, overrideAccess: true, req, select: { kind: true, createdAt: true } })
  const idsOf = (kinds: string[]) => columns.docs.filter((c) => kinds.includes(String(c.kind))).map((c) => c.id)
  const articlesIn = async (kinds: string[]) => {
    const ids = idsOf(kinds)
    return ids.length ? count('articles', published, inYear('publishedAt'), { columns: { in: ids } }) : 0
  }
  const articles = await count('articles', published, inYear('publishedAt'))
  const documents = await count('policy-documents', published, inYear('publishedAt'))
  const interpretations = await count('interpretations', published, inYear('publishedAt'))
  const materials = await count('interpretations', published, inYear('publishedAt'), { form: { in: materialForms } })
  const topics = columns.docs.filter((c) => c.kind === 'topic')

  const visits = await payload.find({
    collection: 'page-visits',
    where: { and: [{ site: { equals: site } }, { day: { greater_than_equal: `${year}-01-01` } }, { day: { less_than: `${year + 1}-01-01` } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { views: true, visitors: true },
  })
  const messages = await messageStatistics(payload, site, { kind: 'year', year }, req)
  const consultations = await payload.find({ collection: 'consultations', where: { and: [{ site: { equals: site } }, inYear('publishedAt')] }, pagination: false, depth: 0, overrideAccess: true, req, select: { feedback: true } })
  const consultationIds = consultations.docs.map((c) => c.id)
  const comments = consultationIds.length
    ? (await payload.count({ collection: 'consultation-comments', where: { consultation: { in: consultationIds } }, overrideAccess: true, req })).totalDocs
    : 0

  const checks = await payload.find({
    collection: 'site-health-reports',
    where: { and: [{ site: { equals: site } }, { day: { greater_than_equal: `${year}-01-01` } }, { day: { less_than: `${year + 1}-01-01` } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { vetoCount: true, warningCount: true },
  })
  const warningsFound = await count('health-warnings', inYear('firstSeenAt'))
  const warningsFixed = await count('health-warnings', { status: { equals: HealthWarning.resolved } }, inYear('resolvedAt'))

  return {
    year,
    visits: {
      views: visits.docs.reduce((sum, d) => sum + (d.views ?? 0), 0),
      // 独立用户访问总量: the sum of each day's unique visitors (a visitor on two days counts twice), as the
      // national template and the commercial cluster exports read it.
      visitors: visits.docs.reduce((sum, d) => sum + (d.visitors ?? 0), 0),
    },
    release: { total: articles + documents + interpretations, news: await articlesIn(newsKinds), disclosure: documents + (await articlesIn(disclosureKinds)) },
    topics: { maintained: topics.length, opened: topics.filter((c) => c.createdAt >= from.toISOString() && c.createdAt < to.toISOString()).length },
    interpretation: { total: interpretations, materials, products: interpretations - materials },
    interaction: {
      messagesReceived: messages.received,
      messagesConcluded: messages.replied,
      averageHandlingDays: messages.averageHandlingDays,
      repliesPublished: messages.published,
      consultations: consultations.docs.length,
      consultationComments: comments,
      consultationResultsPublished: consultations.docs.filter((c) => (c.feedback as { published?: boolean } | undefined)?.published).length,
    },
    security: { checks: checks.docs.length, problemsFound: warningsFound, problemsFixed: warningsFixed },
  }
}
