import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { chinaYear } from '../calendar/chinaTime'
import { publicColumns } from '../render/content'
import { themeEngine } from '../render/engine'
import { siteView } from '../render/siteView'
import { honeypotField } from '../security/publicForms'
import { DisclosureApplication, SiteLifecycle, type DisclosureApplicationState } from '../states'
import type { ApplicationErrors, ApplicationValues } from './applicationForm'
import { disclosureLimits } from './limits'
import { applicantKinds, deliveryForms, organisationTypes, replyTypes, zhOf } from './vocabulary'

export type ApplicationPageState = {
  values?: Partial<ApplicationValues>
  errors?: ApplicationErrors
  formProblem?: string
  receipt?: { trackingCode: string; password: string }
  query?: { code: string; errors?: { code?: string; password?: string }; result?: ApplicationQueryResult }
}

export type ApplicationQueryResult = { requested: string; status: string; receivedOn: string; dueOn: string; reply: string; concludedOn: string }

export type ApplicationPageInput = { payload: Payload; site: Site; viaPrefix: boolean; successor?: Site }

/** What the applicant sees of each state: the pauses say what they wait for. */
const publicStatus: Record<DisclosureApplicationState, string> = {
  [DisclosureApplication.awaitingConfirmation]: '已提交，等待工作人员确认收到',
  [DisclosureApplication.handling]: '正在办理',
  [DisclosureApplication.awaitingSupplement]: '请按补正告知补充申请内容',
  [DisclosureApplication.thirdPartyConsultation]: '正在征求第三方意见',
  [DisclosureApplication.awaitingFee]: '请按收费通知缴纳信息处理费',
  [DisclosureApplication.concluded]: '已答复',
}

const select = (list: readonly { value: string; zh: string }[], chosen?: string) =>
  list.map((t) => ({ value: t.value, label: t.zh, selected: chosen === t.value }))

/** `/applications`: the form (what was typed and each error beside its field), the receipt, and the status query. */
export async function renderApplicationPage(input: ApplicationPageInput, state: ApplicationPageState = {}): Promise<string> {
  const { payload, site } = input
  const view = siteView(site, input.viaPrefix, input.successor)
  const columns = await publicColumns(payload, site.id)
  const values = state.values ?? {}
  return themeEngine(site.theme ?? 'default').renderFile('applications', {
    site: view,
    nav: columns.map((c) => ({ title: c.title, url: `${view.basePath}/columns/${c.slug}/`, current: false, children: [] })),
    year: chinaYear(),
    page: { title: `政府信息公开申请 - ${view.name}` },
    form: {
      action: `${view.basePath}/applications`,
      queryAction: `${view.basePath}/applications/query`,
      challengeUrl: `${view.basePath}/challenge.json`,
      open: site.status === SiteLifecycle.live,
      applicantKinds: select(applicantKinds, values.applicantKind ?? 'natural-person'),
      organisationTypes: select(organisationTypes, values.organisationType),
      deliveryForms: select(deliveryForms, values.deliveryForm ?? 'electronic'),
      values: { ...values, privacyConsent: values.privacyConsent ?? false },
      errors: state.errors ?? {},
      hasErrors: Object.keys(state.errors ?? {}).length > 0,
      formProblem: state.formProblem ?? '',
      limits: disclosureLimits,
      honeypot: honeypotField,
      receipt: state.receipt ?? null,
      query: state.query ?? null,
    },
  })
}

/** The applicant's view: status, days, and the reply's kind and text once concluded. Never the personal data. */
export function applicationQueryResultOf(doc: {
  requestedInformation: string
  status: string
  receivedOn?: string | null
  dueOn?: string | null
  replyType?: string | null
  replyText?: string | null
  concludedOn?: string | null
}): ApplicationQueryResult {
  const concluded = doc.status === DisclosureApplication.concluded
  return {
    requested: doc.requestedInformation,
    status: publicStatus[doc.status as DisclosureApplicationState] ?? '',
    receivedOn: doc.receivedOn ?? '',
    dueOn: concluded ? '' : (doc.dueOn ?? ''),
    reply: concluded ? [zhOf(replyTypes, doc.replyType), doc.replyText ?? ''].filter(Boolean).join('：') : '',
    concludedOn: concluded ? (doc.concludedOn ?? '') : '',
  }
}
