import type { Payload } from 'payload'
import type { DisclosureApplication, Site, User } from '../../payload-types'

export type ApplicationInput = Partial<Omit<DisclosureApplication, 'id' | 'site'>>

/**
 * `now` pins the day the collection's hook reads the clocks at (a fee or consultation waits only within its
 * period, src/disclosure/applicationState.ts), for tests on fixed calendar dates.
 */
type At = { now?: Date }
const contextOf = (at: At) => (at.now ? { context: { disclosureNow: at.now } } : {})

/** An application registered by staff (in person unless told), or by trusted server code without a user. */
export async function registerApplication(
  payload: Payload,
  site: Site,
  input: ApplicationInput = {},
  user?: User,
  at: At = {},
): Promise<DisclosureApplication> {
  return payload.create({
    collection: 'disclosure-applications',
    data: {
      site: site.id,
      channel: 'in-person',
      applicantKind: 'natural-person',
      applicant: { name: '李四', idNumber: '110101199001011234', phone: '13800001111' },
      requestedInformation: '2025年本区老旧小区改造项目清单',
      deliveryForm: 'paper',
      ...input,
    } as never,
    ...contextOf(at),
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })
}

export async function updateApplication(
  payload: Payload,
  id: number | string,
  data: ApplicationInput,
  user?: User,
  at: At = {},
): Promise<DisclosureApplication> {
  return payload.update({
    collection: 'disclosure-applications',
    id,
    data: data as never,
    ...contextOf(at),
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })
}

/** The Chinese messages of a refused save (ValidationError's field messages), joined; fails when it saves. */
export async function refusal(save: Promise<unknown>): Promise<string> {
  try {
    await save
  } catch (error) {
    const data = (error as { data?: { errors?: { message?: string }[] } }).data
    return [...(data?.errors?.map((e) => e.message ?? '') ?? []), (error as Error).message].join(' | ')
  }
  throw new Error('expected the save to be refused, but it was saved')
}
