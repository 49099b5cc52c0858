import { channelLabels, channelLabelsEn } from '../participation/messageVocabulary'
import { footerElementsEn } from './footer'
import { vetoLabels } from './scoring'

/**
 * Health warnings (监测预警) are sentences the monitor and the save check write in Chinese from figures that are
 * not stored beside them (scoring.ts `predictVetoes`/`earlyWarnings`, interaction.ts, saveCheck.ts). An English
 * admin reads them through this mapping, at display time only: the stored message stays Chinese (the mail, the
 * bulletin and the warning's identity by `code` rely on it). Each writer's template is one rule here; names
 * (columns, documents, leaders, words, tracking codes) pass through as written.
 */

const vetoLabelsEn: Record<keyof typeof vetoLabels, string> = {
  security: 'Serious wording errors and other security problems',
  unreachable: 'Site unreachable',
  homeStale: 'Home page not updated',
  columnsStale: 'Columns not updated',
  interaction: 'Poor interaction and response',
}

const vetoLabelEn = new Map(Object.entries(vetoLabels).map(([item, zh]) => [zh, vetoLabelsEn[item as keyof typeof vetoLabels]]))
const channelEn = new Map(Object.entries(channelLabels).map(([channel, zh]) => [zh, channelLabelsEn[channel as keyof typeof channelLabels]]))

type Rule = [RegExp, (...groups: string[]) => string]

/** Ordered: a longer template before any shorter one it contains. */
const rules: Rule[] = [
  // saveCheck.ts: the message and describeFinding
  [/^「(.*)」有严重表述错误（单项否决）：/, (title) => `“${title}” has serious wording errors (veto): `],
  [/^「(.*)」有疑似错敏词：/, (title) => `“${title}” has suspected wrong or sensitive words: `],
  [/领导职务错误「([^」]*)」（([^（）]*)的职务为：([^（）]*)）/, (term, name, titles) => `wrong leader title “${term}” (${name}'s titles: ${titles})`],
  [/疑似错别字「([^」]*)」，应为「([^」]*)」/, (term, suggestion) => `possible misspelling “${term}”, should be “${suggestion}”`],
  [/疑似错别字「([^」]*)」/, (term) => `possible misspelling “${term}”`],
  [/敏感词「([^」]*)」/, (term) => `sensitive word “${term}”`],
  // scoring.ts earlyWarnings: predicted vetoes, their figures and lines
  [/^预计单项否决「([^」]*)」：/, (label) => `Predicted veto “${vetoLabelEn.get(label) ?? label}”: `],
  [/（否决线：(.*)）$/, (line) => ` (veto line: ${line})`],
  [/领导职务错误 (\d+) 处（(.*?)）(?=（否决线|$| \(veto line)/, (n, terms) => `${n} wrong leader titles (${terms})`],
  [/未发现领导姓名职务错误/, () => 'no wrong leader names or titles found'],
  [/出现严重表述错误即否决/, () => 'any serious wording error'],
  [/近 (\d+) 天 (\d+) 次监测，(\d+) 次无法访问（([\d.]+)%）/, (days, total, failed, percent) => `${total} checks in the last ${days} days, ${failed} unreachable (${percent}%)`],
  [/无法访问比例 ≥ ([\d.]+)%/, (percent) => `unreachable share ≥ ${percent}%`],
  [/首页从未发布信息/, () => 'nothing has ever been published on the home page'],
  [/首页 (\d+) 天未更新/, (days) => `home page not updated for ${days} days`],
  [/超过 (\d+) 天未更新/, (days) => `not updated for over ${days} days`],
  [/动态要闻\/通知公告\/政策文件类未按时更新 (\d+) 个，长期未更新 (\d+) 个，空白栏目 (\d+) 个/, (stale, long, empty) => `${stale} news, notice or policy columns not updated on time, ${long} not updated for a long time, ${empty} empty columns`],
  [/合计 ≥ (\d+) 个，或长期未更新 ≥ (\d+) 个，或空白栏目 ≥ (\d+) 个/, (stale, long, empty) => `${stale} or more in total, or ${long} or more not updated for a long time, or ${empty} or more empty columns`],
  [/无有效的网上咨询建议渠道，或有效留言超过 3 个月未答复，即否决/, () => 'no working online channel for enquiries and suggestions, or a valid message unanswered for over 3 months'],
  // interaction.ts interactionFinding / interactionFigure
  [/可用渠道：/, () => 'working channels: '],
  [/网上留言（([^（）]*)）/, (channels) => `online messages (${channels.split('、').map((c) => channelEn.get(c) ?? c).join(', ')})`],
  [/意见征集（近一年 (\d+) 项）/, (n) => `consultations (${n} in the last year)`],
  [/互动交流栏目「(.*)」没有可用的咨询建议渠道/, (titles) => `the interaction columns “${titles}” offer no working channel for enquiries and suggestions`],
  [/没有互动交流栏目（网上信访、纪检举报不计）/, () => 'no interaction column (online petitions and discipline reports do not count)'],
  [/没有可用的互动渠道/, () => 'no working interaction channel'],
  [/超过 3 个月未答复的有效留言 (\d+) 条/, (n) => `${n} valid messages unanswered for over 3 months`],
  [/，超过 2 个月未答复 (\d+) 条（预警）/, (n) => `, ${n} unanswered for over 2 months (warning)`],
  // scoring.ts earlyWarnings: warnings before a veto line
  [/^无法访问比例 ([\d.]+)%，已达预警线 ([\d.]+)%$/, (percent, line) => `Unreachable share ${percent}%, at the warning line of ${line}%`],
  [/^首页已 (\d+) 天未更新（预警线 (\d+) 天，否决线 (\d+) 天）$/, (days, warn, veto) => `Home page not updated for ${days} days (warning line ${warn} days, veto line ${veto} days)`],
  [/^空白栏目 (\d+) 个：(.*)（超过 (\d+) 个预警）$/, (n, titles, above) => `${n} empty columns: ${titles} (warning above ${above})`],
  [/^未按时更新栏目 (\d+) 个（超过 (\d+) 个预警）$/, (n, above) => `${n} columns not updated on time (warning above ${above})`],
  [/^依申请公开超期未答复 (\d+) 件：/, (n) => `${n} disclosure applications overdue without a reply: `],
  [/（(\d{4}-\d{2}-\d{2}) 到期）/g, (day) => ` (due ${day})`],
  [/ 等$/, () => ' and more'],
]

/** Chinese list and clause punctuation the templates put between their parts, in English form. */
const punctuation: [RegExp, string][] = [
  [/、/g, ', '],
  [/；/g, '; '],
  [/，/g, ', '],
  [/：/g, ': '],
]

/** A stored health-warning message in the admin's language; Chinese admins get it unchanged. */
export function healthWarningIn(language: string | undefined, message: string): string {
  if (language !== 'en') return message
  let text = message
  for (const [pattern, english] of rules) text = text.replace(pattern, (_whole, ...groups: unknown[]) => english(...groups.filter((g): g is string => typeof g === 'string')))
  for (const [pattern, english] of punctuation) text = text.replace(pattern, english)
  // The first letter of a sentence that began with a lower-case fragment (a veto figure shown alone).
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A predicted veto's item name in the admin's language (the stored `label` is the Chinese of `vetoLabels`). */
export const vetoLabelIn = (language: string | undefined, item: keyof typeof vetoLabels): string => (language === 'en' ? vetoLabelsEn[item] : vetoLabels[item])

/** The admin components that show a stored warning message through `healthWarningIn`. */
export const warningMessageComponents = { Field: '/src/monitoring/admin/WarningMessageField#WarningMessageField', Cell: '/src/monitoring/admin/WarningMessageField#WarningMessageCell' }

/** Why the link check found a link broken (links.ts `internalVerdict`, siteProbe.ts), as stored in a report. */
const linkReasonsEn: Record<string, string> = {
  网站不存在: 'No such site',
  附件不存在: 'No such attachment',
  附件文件已丢失: 'The attachment file is missing',
  页面不存在或未发布: 'No such page, or not published',
  栏目不存在: 'No such column',
  页面不存在: 'No such page',
  链接格式错误: 'Malformed link',
}

/**
 * A broken link's stored reason, or its stand-in address for an attachment without a file name (附件 12), in the
 * admin's language; anything else (a real address) as stored.
 */
export function linkReasonIn(language: string | undefined, text: string): string {
  if (language !== 'en') return text
  const attachment = /^附件 (\S+)$/.exec(text)
  return linkReasonsEn[text] ?? (attachment ? `Attachment ${attachment[1]}` : text)
}

const footerLabelEn = new Map<string, string>([
  ['网站标识码', footerElementsEn.siteCode!],
  ['主办单位', footerElementsEn.sponsor!],
  ['联系方式', footerElementsEn.contact!],
  ['ICP备案编号', footerElementsEn.icpNumber!],
  ['公安机关备案号', footerElementsEn.publicSecurityNumber!],
  ['党政机关网站标识', footerElementsEn.partyGovLabelCode!],
])

/** scoring.ts `deductionScore` reasons, stored with each report. */
const deductionRules: Rule[] = [
  [/^无法访问 ([\d.]+)%$/, (percent) => `Unreachable ${percent}%`],
  [/^未按时更新栏目 (\d+) 个$/, (n) => `${n} columns not updated on time`],
  [/^空白栏目 (\d+) 个$/, (n) => `${n} empty columns`],
  [/^首页错链 (\d+) 个$/, (n) => `${n} broken links on the home page`],
  [/^内页错链 (\d+) 个、附件错链 (\d+) 个$/, (inner, attachments) => `${inner} broken links on inner pages, ${attachments} broken attachment links`],
  [/^外部错链 (\d+) 个$/, (n) => `${n} broken external links`],
  [/^页面底部缺少：(.*)$/, (labels) => `Page footer lacks: ${labels.split('、').map((l) => footerLabelEn.get(l) ?? l).join(', ')}`],
  [/^页面底部要素齐全$/, () => 'Page footer complete'],
  [/^转载超时 (\d+) 条、逾期未处理 (\d+) 条$/, (late, pending) => `${late} reposts late, ${pending} overdue and not handled`],
  [/^错敏词 (\d+) 处$/, (n) => `${n} wrong or sensitive words`],
]

/** A stored deduction reason (扣分明细) in the admin's language; an unknown one as stored. */
export function deductionReasonIn(language: string | undefined, reason: string): string {
  if (language !== 'en') return reason
  for (const [pattern, english] of deductionRules) {
    const found = pattern.exec(reason)
    if (found) return english(...found.slice(1))
  }
  return reason
}
