import type { Payload, Where } from 'payload'
import type { Consultation as ConsultationDoc, Site } from '../../payload-types'
import { visiblePolicyDocument } from '../../collections/policy-documents/access'
import { chinaYear } from '../calendar/chinaTime'
import { idOf } from '../ids'
import { publicColumns } from '../render/content'
import { chinaDate } from '../render/dates'
import { themeEngine } from '../render/engine'
import { opennessItemUrl } from '../render/opennessListing'
import { siteView } from '../render/siteView'
import { honeypotField } from '../security/publicForms'
import { Comment, Consultation, SiteLifecycle, adoptionStates, stateLabel } from '../states'
import { commentLimits, type CommentErrors, type CommentValues } from './consultationForm'
import { consultationPhase, phaseLabels, takesComments } from './consultationPeriod'

/**
 * The public pages of 意见征集: `/consultations` (open, closed and with-feedback lists) and
 * `/consultations/<id>` (the draft, the comment form while open, the displayed comments, the feedback once
 * published). Only published consultations of the site; comments are read by their text alone, so no
 * personal field can reach a template.
 */

export type ConsultationPageInput = { payload: Payload; site: Site; viaPrefix: boolean; successor?: Site }
export type CommentPageState = { values?: Partial<CommentValues>; errors?: CommentErrors; formProblem?: string; received?: boolean }

const publicWhere = (site: Site, extra: Where[] = []): Where => ({
  and: [{ site: { equals: site.id } }, { status: { equals: Consultation.published } }, ...extra],
})

const summarySelect = { title: true, startsOn: true, endsOn: true, responsibleUnit: true, feedback: { published: true }, status: true } as const

async function frame(input: ConsultationPageInput, title: string) {
  const view = siteView(input.site, input.viaPrefix, input.successor)
  const columns = await publicColumns(input.payload, input.site.id)
  return {
    site: view,
    nav: columns.map((c) => ({ title: c.title, url: `${view.basePath}/columns/${c.slug}/`, current: false, children: [] })),
    year: chinaYear(),
    page: { title: `${title} - ${view.name}` },
  }
}

const paragraphs = (text: string | null | undefined): string[] =>
  String(text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)

/** `/consultations`: three lists by today's China day. */
export async function renderConsultationList(input: ConsultationPageInput): Promise<string> {
  const { docs } = await input.payload.find({
    collection: 'consultations',
    where: publicWhere(input.site),
    sort: '-startsOn',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: summarySelect,
  })
  const base = await frame(input, '意见征集')
  const now = new Date()
  const item = (d: (typeof docs)[number]) => ({
    title: d.title,
    url: `${base.site.basePath}/consultations/${d.id}`,
    period: `${d.startsOn} 至 ${d.endsOn}`,
    unit: d.responsibleUnit,
    phase: phaseLabels[consultationPhase(d, now)],
  })
  const open = docs.filter((d) => consultationPhase(d, now) === 'open')
  const closed = docs.filter((d) => consultationPhase(d, now) === 'closed')
  return themeEngine(input.site.theme ?? 'default').renderFile('consultations', {
    ...base,
    lists: {
      open: open.map(item),
      upcoming: docs.filter((d) => consultationPhase(d, now) === 'upcoming').map(item),
      closed: closed.filter((d) => !d.feedback?.published).map(item),
      withFeedback: closed.filter((d) => d.feedback?.published).map(item),
    },
  })
}

/** The displayed comments of a consultation: text and day only, never a personal field. */
async function displayedComments(payload: Payload, consultationId: number | string) {
  const { docs } = await payload.find({
    collection: 'consultation-comments',
    where: {
      and: [
        { consultation: { equals: consultationId } },
        { status: { equals: Comment.displayed } },
        { personalData: { exists: false } },
      ],
    },
    sort: '-receivedAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: { content: true, receivedAt: true },
  })
  return docs.map((d) => ({ paragraphs: paragraphs(d.content), receivedOn: chinaDate(d.receivedAt ?? undefined) }))
}

export async function findPublicConsultation(payload: Payload, site: Site, id: string): Promise<ConsultationDoc | null> {
  if (!/^[A-Za-z0-9]{1,40}$/.test(id)) return null
  const { docs } = await payload.find({
    collection: 'consultations',
    where: publicWhere(site, [{ id: { equals: id } }]),
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** The attachments and the decision document as the anonymous visitor may read them. */
async function publicReferences(payload: Payload, site: Site, c: ConsultationDoc, basePath: string) {
  const fileIds = (c.attachments ?? []).map(idOf).filter((v): v is string => Boolean(v))
  const files = fileIds.length
    ? (
        await payload.find({
          collection: 'files',
          where: { id: { in: fileIds } },
          depth: 0,
          overrideAccess: false,
          user: null,
          select: { title: true, filename: true, url: true },
        })
      ).docs.map((f) => ({ title: f.title || f.filename, url: f.url }))
    : []
  const decisionId = idOf(c.decisionDocument)
  const decision = decisionId
    ? (
        await payload.find({
          collection: 'policy-documents',
          where: { and: [{ id: { equals: decisionId } }, { site: { equals: site.id } }, visiblePolicyDocument] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          select: { title: true },
        })
      ).docs[0]
    : undefined
  return {
    files,
    decision: decision ? { title: decision.title, url: opennessItemUrl(basePath, 'policy-documents', decision.id) } : null,
  }
}

/** `/consultations/<id>`: the draft, the form while open (with what was typed and the errors), comments, feedback. */
export async function renderConsultationPage(
  input: ConsultationPageInput,
  c: ConsultationDoc,
  state: CommentPageState = {},
): Promise<string> {
  const base = await frame(input, c.title)
  const now = new Date()
  const phase = consultationPhase(c, now)
  const refs = await publicReferences(input.payload, input.site, c, base.site.basePath)
  const feedback = c.feedback?.published
    ? {
        report: paragraphs(c.feedback.report),
        publishedOn: chinaDate(c.feedback.publishedAt ?? undefined),
        groups: (c.feedback.groups ?? []).map((g) => ({
          summary: g.summary,
          count: g.commentCount ?? null,
          concentrated: Boolean(g.concentrated),
          adoption: stateLabel(adoptionStates, g.adoption),
          reason: g.reason ?? '',
        })),
      }
    : null
  const values = state.values ?? {}
  return themeEngine(input.site.theme ?? 'default').renderFile('consultation', {
    ...base,
    consultation: {
      title: c.title,
      period: `${c.startsOn} 至 ${c.endsOn}`,
      phase: phaseLabels[phase],
      phaseKey: phase,
      unit: c.responsibleUnit,
      contact: c.contact ?? '',
      basis: paragraphs(c.basis),
      background: paragraphs(c.background),
      draft: paragraphs(c.draftText),
      hearing: paragraphs(c.hearingNotice),
      files: refs.files,
      decision: refs.decision,
      feedback,
      comments: await displayedComments(input.payload, c.id),
      listUrl: `${base.site.basePath}/consultations`,
    },
    form: {
      open: takesComments(c, now) && input.site.status === SiteLifecycle.live,
      action: `${base.site.basePath}/consultations/${c.id}`,
      challengeUrl: `${base.site.basePath}/challenge.json`,
      values: { ...values, privacyConsent: values.privacyConsent ?? false },
      errors: state.errors ?? {},
      hasErrors: Object.keys(state.errors ?? {}).length > 0,
      formProblem: state.formProblem ?? '',
      received: state.received ?? false,
      limits: commentLimits,
      honeypot: honeypotField,
    },
  })
}
