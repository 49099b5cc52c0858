import type { Payload } from 'payload'
import { phoneKeyOf, seatKey } from '../participation/openDaySeats'
import { OpenDayRegistration, Workflow } from '../states'

const dayMs = 86_400_000
const hourMs = 3_600_000
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

/** Demo registrations (names and phones invented): five seats taken, two on the waiting list. */
const people = [
  { name: '马建国', phone: '13900001001', idLast4: '1234' },
  { name: '丁晓燕', phone: '13900001002', idLast4: '5678' },
  { name: '杨帆', phone: '13900001003', idLast4: '901X' },
  { name: '海丽', phone: '13900001004', idLast4: '2468' },
  { name: '周文斌', phone: '13900001005', idLast4: '1357' },
  { name: '拓雪', phone: '13900001006', idLast4: '8642' },
  { name: '何志强', phone: '13900001007', idLast4: '9753' },
]

/**
 * Open days demo (issue 13) on 银川: an upcoming 政府开放日 whose registration is open, full, with two people
 * waiting (codes DEMO-OPEN-0001 … 0007, phone last 4 digits 1001 … 1007), and one held last month.
 */
export async function seedDemoOpenDays(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  const { docs } = await payload.find({ collection: 'sites', where: { siteCode: { equals: '6401000001' } }, limit: 1, depth: 0, overrideAccess: true })
  const site = docs[0]
  if (!site) return
  const upcoming = await payload.create({
    collection: 'open-days',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '“走进12345政务服务便民热线”政府开放日',
      description: '邀请市民走进 12345 政务服务便民热线中心，了解热线受理、派单、督办和回访的全过程，与工作人员面对面交流。请携带本人身份证，提前 15 分钟到场签到。',
      place: '银川市民大厅 B 区四楼 12345 热线中心',
      startsAt: at(10 * dayMs),
      endsAt: at(10 * dayMs + 3 * hourMs),
      registrationOpensAt: at(-2 * dayMs),
      registrationClosesAt: at(8 * dayMs),
      capacity: 5,
      waitingListSize: 5,
      contact: '0951-12345',
      status: Workflow.published,
    },
  })
  for (const [index, p] of people.entries()) {
    const waiting = index >= 5
    await payload.create({
      collection: 'open-day-registrations',
      overrideAccess: true,
      data: {
        site: site.id,
        openDay: upcoming.id,
        ...p,
        confirmationCode: `DEMO-OPEN-${String(index + 1).padStart(4, '0')}`,
        status: waiting ? OpenDayRegistration.waiting : OpenDayRegistration.confirmed,
        seat: waiting ? seatKey(upcoming.id, 'w', index - 4) : seatKey(upcoming.id, 'c', index + 1),
        phoneKey: phoneKeyOf(upcoming.id, p.phone),
      },
    })
  }
  await payload.create({
    collection: 'open-days',
    overrideAccess: true,
    data: {
      site: site.id,
      title: '“走进城市污水处理厂”政府开放日',
      description: '参观第一再生水厂，了解污水处理和再生水利用。',
      place: '银川市第一再生水厂',
      startsAt: at(-30 * dayMs),
      endsAt: at(-30 * dayMs + 3 * hourMs),
      registrationOpensAt: at(-45 * dayMs),
      registrationClosesAt: at(-31 * dayMs),
      capacity: 30,
      waitingListSize: 0,
      contact: '0951-6000000',
      status: Workflow.published,
    },
  })
  log(`政府开放日：银川 1 场报名中（名额 5，已报满，候补 2 人），1 场往期`)
}
