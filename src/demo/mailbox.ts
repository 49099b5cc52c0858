import type { Payload } from 'payload'
import type { Message as MessageDoc } from '../../payload-types'
import { hashQueryPassword } from '../participation/tracking'
import { InvalidReason, Message } from '../states'

const dayMs = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString()

/** The demo's query password for every demo message, so that the query page can be tried (README). */
export const demoQueryPassword = '20261130'

type DemoMessage = Partial<MessageDoc> & { subject: string; content: string; days: number; repliedDays?: number }

const reply =
  '您好！来信收悉。经核实，相关部门已于近日完成处理，感谢您对政府工作的关心和支持。如有疑问，请拨打 12345 政务服务热线。'

/** Letters in every state of the workflow (names, phones and emails are invented). */
const letters: DemoMessage[] = [
  {
    subject: '小区门口路灯不亮',
    content: '我们小区门口的路灯已经坏了两周，晚上出行很不方便，请尽快修理。',
    channel: 'complaint',
    days: 2,
    status: Message.received,
    submitter: { name: '张建华', phone: '13900000001' },
    publishConsent: true,
  },
  {
    subject: '新生儿医保办理咨询',
    content: '请问新生儿参加城乡居民医保需要带哪些材料，可以在网上办理吗？',
    channel: 'consultation',
    days: 4,
    status: Message.signed,
    assignee: '市医疗保障局',
    submitter: { name: '李芳', email: 'lifang@example.com' },
    publishConsent: true,
  },
  {
    subject: '建议增开早班公交',
    content: '建议在工作日早上 6 点半增开一班 12 路公交车，方便早班工人通勤。',
    channel: 'suggestion',
    days: 6,
    status: Message.assigned,
    assignee: '市交通运输局',
    submitter: { name: '王磊', phone: '13900000003' },
    publishConsent: true,
  },
  {
    subject: '公园健身器材损坏',
    content: '人民公园东门附近的健身器材有两台已经损坏，存在安全隐患。',
    channel: 'leader-mailbox',
    days: 9,
    status: Message.replied,
    reply,
    replyingUnit: '市园林管理局',
    submitter: { name: '赵敏', phone: '13900000004' },
    publishConsent: true,
  },
  {
    subject: '老旧小区加装电梯政策',
    content: '想了解老旧小区加装电梯的补贴政策和申请流程。',
    channel: 'consultation',
    days: 12,
    status: Message.reviewed,
    reply,
    replyingUnit: '市住房和城乡建设局',
    submitter: { name: '孙伟', phone: '13900000005' },
    publishConsent: true,
  },
  {
    subject: '学校周边交通秩序',
    content: '每天放学时学校门口车辆乱停，建议安排交警疏导。',
    channel: 'suggestion',
    days: 25,
    repliedDays: 15,
    status: Message.concluded,
    reply: '您好！已安排交警在放学时段到学校周边疏导交通，并施划临时停车位。感谢您的建议。',
    replyingUnit: '市公安局交警支队',
    submitter: { name: '周静', phone: '13900000006' },
    publishConsent: true,
  },
  {
    subject: '社保卡补办需要多久',
    content: '社保卡丢失了，补办大概需要多长时间？',
    channel: 'consultation',
    days: 30,
    repliedDays: 27,
    status: Message.concluded,
    reply: '您好！社保卡可在各合作银行网点即时补办，部分网点需 5 个工作日。',
    replyingUnit: '市人力资源和社会保障局',
    submitter: { name: '', phone: '13900000007' },
    publishConsent: true,
  },
  {
    subject: '噪音扰民问题',
    content: '楼下商铺夜间经营噪音很大，影响休息。',
    channel: 'complaint',
    days: 40,
    repliedDays: 30,
    status: Message.concluded,
    reply,
    replyingUnit: '市生态环境局',
    submitter: { name: '吴刚', phone: '13900000008' },
    publishConsent: false,
  },
  {
    subject: '重复：路灯不亮',
    content: '我们小区门口的路灯已经坏了两周，请尽快修理。',
    channel: 'complaint',
    days: 2,
    status: Message.invalid,
    invalidReason: InvalidReason.duplicate,
    submitter: { name: '张建华', phone: '13900000001' },
  },
]

/**
 * Mailbox demo (issue 13): letters in every state on 银川 (one transferred to 宁夏 region portal), and on
 * 石嘴山 one letter unanswered for 70 days, which the monitor shows as a 2-month warning (not yet a veto).
 */
export async function seedDemoMailbox(payload: Payload, log: (message: string) => void = () => {}): Promise<void> {
  const byCode = async (siteCode: string) =>
    (
      await payload.find({
        collection: 'sites',
        where: { siteCode: { equals: siteCode } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const yinchuan = await byCode('6401000001')
  const region = await byCode('6400000001')
  const shizuishan = await byCode('6402000001')
  const queryPasswordHash = await hashQueryPassword(demoQueryPassword)
  let serial = 0
  const store = async (siteId: number, letter: DemoMessage, extra: Partial<MessageDoc> = {}) => {
    const { days, repliedDays, ...data } = letter
    serial++
    const replied = repliedDays ?? (data.status === Message.replied || data.status === Message.reviewed ? days - 3 : undefined)
    await payload.create({
      collection: 'messages',
      overrideAccess: true,
      data: {
        ...data,
        site: siteId,
        privacyConsent: true,
        queryPasswordHash,
        // Known codes, so that the query page can be tried on the demo (README).
        trackingCode: `DEMO-2026-${String(serial).padStart(4, '0')}`,
        receivedAt: daysAgo(days),
        ...(data.status !== Message.received ? { signedAt: daysAgo(days - 1) } : {}),
        ...(replied !== undefined ? { repliedAt: daysAgo(replied) } : {}),
        ...(data.status === Message.concluded
          ? { reviewedAt: daysAgo((replied ?? 1) - 1), publishedAt: daysAgo((replied ?? 1) - 1) }
          : {}),
        ...extra,
      } as MessageDoc,
    })
  }
  if (yinchuan) {
    for (const letter of letters) await store(yinchuan.id, letter)
    if (region) {
      await store(
        yinchuan.id,
        {
          subject: '跨市医保异地结算',
          content: '在银川工作、户籍在石嘴山，异地就医结算怎么备案？',
          channel: 'consultation',
          days: 5,
          status: Message.assigned,
          assignee: '自治区医疗保障局',
          submitter: { name: '马丽', phone: '13900000010' },
          publishConsent: true,
        },
        { transferredTo: region.id, transferredAt: daysAgo(3) },
      )
    }
    log(`留言：银川 ${letters.length + (region ? 1 : 0)} 条（各办理状态）`)
  }
  if (shizuishan) {
    await store(shizuishan.id, {
      subject: '农村饮水管道漏水',
      content: '村里的饮水管道漏水已有一段时间，请安排维修。',
      channel: 'complaint',
      days: 70,
      status: Message.signed,
      submitter: { name: '刘强', phone: '13900000011' },
      publishConsent: true,
    })
    log('留言：石嘴山 1 条超过 2 个月未答复（预警）')
  }
}
