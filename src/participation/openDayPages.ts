import type { Payload } from 'payload'
import type { OpenDay, Site } from '../../payload-types'
import { chinaYear } from '../calendar/chinaTime'
import { publicColumns } from '../render/content'
import { chinaDateTime } from '../render/dates'
import { themeEngine } from '../render/engine'
import { siteView } from '../render/siteView'
import { honeypotField } from '../security/publicForms'
import { OpenDayRegistration, SiteLifecycle, Workflow, openDayRegistrationStates, stateLabel } from '../states'
import { openDayLimits, type OpenDayErrors, type OpenDayValues } from './openDayForm'
import { seatCounts } from './openDaySeats'

export type OpenDayPageInput = { payload: Payload; site: Site; viaPrefix: boolean; successor?: Site }

/** Where an open day's registration stands at `now`: before the window, inside it, after it. */
export type Window = 'not-yet' | 'open' | 'closed'

export function registrationWindow(day: Pick<OpenDay, 'registrationOpensAt' | 'registrationClosesAt'>, now = Date.now()): Window {
  if (now < Date.parse(day.registrationOpensAt)) return 'not-yet'
  if (now >= Date.parse(day.registrationClosesAt)) return 'closed'
  return 'open'
}

/** A published open day of this site, or null: the public pages never show a draft or another site's. */
export async function publishedOpenDay(payload: Payload, site: Site, id: string): Promise<OpenDay | null> {
  if (!/^\d{1,12}$/.test(id)) return null
  const { docs } = await payload.find({
    collection: 'open-days',
    where: { and: [{ id: { equals: id } }, { site: { equals: site.id } }, { status: { equals: Workflow.published } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

async function frame(input: OpenDayPageInput, title: string) {
  const view = siteView(input.site, input.viaPrefix, input.successor)
  const columns = await publicColumns(input.payload, input.site.id)
  return {
    view,
    context: {
      site: view,
      nav: columns.map((c) => ({ title: c.title, url: `${view.basePath}/columns/${c.slug}/`, current: false, children: [] })),
      year: chinaYear(),
      page: { title: `${title} - ${view.name}` },
    },
  }
}

const summaryOf = (day: OpenDay, basePath: string) => ({
  id: day.id,
  title: day.title,
  place: day.place,
  startsAt: chinaDateTime(day.startsAt),
  endsAt: chinaDateTime(day.endsAt),
  url: `${basePath}/open-days/${day.id}`,
})

export type QueryState = {
  code: string
  errors?: { code?: string; last4?: string }
  result?: { title: string; status: string; statusValue: string; position: number; startsAt: string; place: string; cancellable: boolean }
  notice?: string
}

/** `/open-days`: upcoming and past open days, and the query/cancel form. */
export async function renderOpenDayList(input: OpenDayPageInput, query?: QueryState): Promise<string> {
  const { view, context } = await frame(input, '政府开放日')
  const { docs } = await input.payload.find({
    collection: 'open-days',
    where: { and: [{ site: { equals: input.site.id } }, { status: { equals: Workflow.published } }] },
    sort: '-startsAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const now = Date.now()
  const upcoming = docs.filter((d) => Date.parse(d.endsAt) > now).reverse()
  const past = docs.filter((d) => Date.parse(d.endsAt) <= now)
  return themeEngine(input.site.theme ?? 'default').renderFile('open-days', {
    ...context,
    openDays: {
      upcoming: await Promise.all(
        upcoming.map(async (d) => ({
          ...summaryOf(d, view.basePath),
          window: registrationWindow(d, now),
          seatsLeft: (await seatCounts(input.payload, d)).seatsLeft,
        })),
      ),
      past: past.map((d) => summaryOf(d, view.basePath)),
      queryAction: `${view.basePath}/open-days/query`,
      cancelAction: `${view.basePath}/open-days/cancel`,
      query: query ?? null,
    },
  })
}

export type EventPageState = {
  values?: Partial<OpenDayValues>
  errors?: OpenDayErrors
  formProblem?: string
  receipt?: { code: string; status: string; waiting: boolean; position: number }
}

/** `/open-days/<id>`: the event, seats left and the registration form, or the confirmation with its code. */
export async function renderOpenDayPage(input: OpenDayPageInput, day: OpenDay, state: EventPageState = {}): Promise<string> {
  const { view, context } = await frame(input, day.title)
  const counts = await seatCounts(input.payload, day)
  const window = registrationWindow(day)
  const values = state.values ?? {}
  const waitingRoom = Math.max(0, (day.waitingListSize ?? 0) - counts.waiting)
  return themeEngine(input.site.theme ?? 'default').renderFile('open-day', {
    ...context,
    openDay: {
      ...summaryOf(day, view.basePath),
      description: day.description ?? '',
      contact: day.contact ?? '',
      opensAt: chinaDateTime(day.registrationOpensAt),
      closesAt: chinaDateTime(day.registrationClosesAt),
      capacity: counts.capacity,
      seatsLeft: counts.seatsLeft,
      waitingRoom,
      window,
      full: counts.seatsLeft === 0 && waitingRoom === 0,
      accepting: window === 'open' && input.site.status === SiteLifecycle.live,
      action: `${view.basePath}/open-days/${day.id}`,
      challengeUrl: `${view.basePath}/challenge.json`,
      listUrl: `${view.basePath}/open-days`,
      values: { ...values, privacyConsent: values.privacyConsent ?? false },
      errors: state.errors ?? {},
      hasErrors: Object.keys(state.errors ?? {}).length > 0,
      formProblem: state.formProblem ?? '',
      limits: openDayLimits,
      honeypot: honeypotField,
      receipt: state.receipt ?? null,
    },
  })
}

export const registrationStatusLabel = (status: string): string => stateLabel(openDayRegistrationStates, status)

export const cancellable = (status: string, day: Pick<OpenDay, 'startsAt'>): boolean =>
  (status === OpenDayRegistration.confirmed || status === OpenDayRegistration.waiting) && Date.now() < Date.parse(day.startsAt)
