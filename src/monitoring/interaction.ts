/**
 * 互动回应差 (19号): ① no effective online consultation or suggestion channel (网上信访 and 纪检举报 do not
 * count); ② a valid message unanswered for more than 3 months in the year before the check.
 * A channel is the site's mailbox (/mailbox with at least one channel offered, src/participation), or an
 * interaction column with at least one published item (the entry to an outside channel); an empty
 * interaction column is "no channel", and its emptyReason cannot excuse it.
 */
export type InteractionColumn = { id: string; title: string; kind: string; itemCount: number }

/** The site's own mailbox: channels offered, and the deadline figures of src/participation/messageDeadlines.ts. */
export type MailboxFacts = { channels: string[]; overThreeMonths: number; warnings: number }

/** 意见征集 open today or closed within the year (src/participation/consultationPeriod.ts) also count as a channel. */

export type InteractionFinding = {
  channel: boolean
  workingColumns: string[]
  reason: string | null
  /** ②: valid messages unanswered (or answered) after more than 3 months; any is a veto. */
  overThreeMonths: number
  /** Unanswered messages past 2 months: the warning before the veto line. */
  twoMonthWarnings: number
}

const notAChannel = /信访|纪检|举报|访谈|调查|征集/

export function interactionFinding(
  columns: InteractionColumn[],
  mailbox: MailboxFacts = { channels: [], overThreeMonths: 0, warnings: 0 },
  consultations = 0,
): InteractionFinding {
  const candidates = columns.filter((c) => c.kind === 'interaction' && !notAChannel.test(c.title))
  const working = [
    ...(mailbox.channels.length ? [`网上留言（${mailbox.channels.join('、')}）`] : []),
    ...(consultations > 0 ? [`意见征集（近一年 ${consultations} 项）`] : []),
    ...candidates.filter((c) => c.itemCount > 0).map((c) => c.title),
  ]
  const figures = { overThreeMonths: mailbox.overThreeMonths, twoMonthWarnings: mailbox.warnings }
  if (working.length) return { channel: true, workingColumns: working, reason: null, ...figures }
  return {
    channel: false,
    workingColumns: [],
    reason: candidates.length
      ? `互动交流栏目「${candidates.map((c) => c.title).join('、')}」没有可用的咨询建议渠道`
      : '没有互动交流栏目（网上信访、纪检举报不计）',
    ...figures,
  }
}

/** 19号 互动回应差: no channel, or any message over 3 months. */
export const interactionVetoed = (f: InteractionFinding): boolean => !f.channel || f.overThreeMonths > 0

export function interactionFigure(f: InteractionFinding): string {
  const channel = f.channel ? `可用渠道：${f.workingColumns.join('、')}` : (f.reason ?? '没有可用的互动渠道')
  const late = `超过 3 个月未答复的有效留言 ${f.overThreeMonths} 条`
  const warned = f.twoMonthWarnings ? `，超过 2 个月未答复 ${f.twoMonthWarnings} 条（预警）` : ''
  return `${channel}；${late}${warned}`
}
