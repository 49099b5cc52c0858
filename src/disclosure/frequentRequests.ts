import type { Payload, PayloadRequest } from 'payload'
import { idOf } from '../ids'
import { getPlatformSettings } from '../settings/platformSettings'

/**
 * 多人申请的政府信息 (seed 一(四); 条例第四十四条): information that several applicants asked for in a year is
 * listed in the annual self-check, to be considered for active disclosure. Applications are grouped by the
 * staff's grouping name (subjectKey), or else by what was asked, compared without spaces and punctuation;
 * applicants are told apart by ID number, or else by name, so one person asking three times counts once.
 */

export type FrequentRequest = { subject: string; applicants: number; applications: number }

type Asked = { subjectKey?: string | null; requestedInformation?: string | null; applicant?: { name?: string | null; idNumber?: string | null } | null }

const comparable = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')

export function frequentRequestsOf(docs: readonly Asked[], threshold: number): FrequentRequest[] {
  const groups = new Map<string, { subject: string; applicants: Set<string>; applications: number }>()
  for (const doc of docs) {
    const subject = (doc.subjectKey || doc.requestedInformation || '').trim()
    const key = comparable(subject)
    if (!key) continue
    const who = comparable(doc.applicant?.idNumber || doc.applicant?.name || '') || `anonymous-${groups.size}`
    const group = groups.get(key) ?? { subject, applicants: new Set<string>(), applications: 0 }
    group.applicants.add(who)
    group.applications += 1
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((g) => g.applicants.size >= threshold)
    .map((g) => ({ subject: g.subject.slice(0, 200), applicants: g.applicants.size, applications: g.applications }))
    .sort((a, b) => b.applicants - a.applicants || a.subject.localeCompare(b.subject, 'zh'))
}

/** The site's frequently requested information among applications received in `year` (China days). */
export async function frequentRequests(args: {
  payload: Payload
  site: string | number | { id: string | number }
  year: number
  req?: Partial<PayloadRequest>
}): Promise<FrequentRequest[]> {
  const { frequentRequestApplicants } = await getPlatformSettings(args.payload)
  const { docs } = await args.payload.find({
    collection: 'disclosure-applications',
    where: {
      and: [
        { site: { equals: idOf(args.site) } },
        { receivedOn: { greater_than_equal: `${args.year}-01-01` } },
        { receivedOn: { less_than_equal: `${args.year}-12-31` } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { subjectKey: true, requestedInformation: true, applicant: { name: true, idNumber: true } },
    req: args.req,
  })
  return frequentRequestsOf(docs as Asked[], frequentRequestApplicants)
}
