/**
 * 互动回应差 ① (19号): no effective online consultation or suggestion channel. 网上信访 and 纪检举报 do not
 * count. Until the mailbox (another issue) exists, a channel is an interaction column with at least one
 * published item (the entry to the channel); an empty interaction column is "no channel", and its
 * emptyReason cannot excuse it. ② (messages unanswered for more than 3 months) needs the mailbox.
 */
export type InteractionColumn = { id: string; title: string; kind: string; itemCount: number }

export type InteractionFinding = { channel: boolean; workingColumns: string[]; reason: string | null }

const notAChannel = /信访|纪检|举报|访谈|调查|征集/

export function interactionFinding(columns: InteractionColumn[]): InteractionFinding {
  const candidates = columns.filter((c) => c.kind === 'interaction' && !notAChannel.test(c.title))
  const working = candidates.filter((c) => c.itemCount > 0)
  if (working.length) return { channel: true, workingColumns: working.map((c) => c.title), reason: null }
  return {
    channel: false,
    workingColumns: [],
    reason: candidates.length ? `互动交流栏目「${candidates.map((c) => c.title).join('、')}」没有可用的咨询建议渠道` : '没有互动交流栏目（网上信访、纪检举报不计）',
  }
}
