import type { WorkflowAction } from '../publishing/workflow'

/** What a confirmation says will happen, in the words an editor uses. */
export function confirmationText(action: WorkflowAction, siteName: string, repostTargets: number, at?: string, language = 'zh'): string {
  if (language === 'en') return confirmationInEnglish(action, siteName, repostTargets, at)
  const site = siteName ? `${siteName} 网站` : '本网站'
  const reposts = repostTargets > 0 ? `，并按规则转载到 ${repostTargets} 个网站` : '，按现行转载规则不转载到其他网站'
  switch (action) {
    case 'submit':
      return `将提交 ${site} 的审核人审核。提交后，编辑不能再修改，除非被退回。`
    case 'publish':
      return `将发布到 ${site}${reposts}。`
    case 'schedule':
      return `将于 ${at || '所选时间'}（北京时间）发布到 ${site}${reposts}。`
    case 'reject':
      return '将退回给编辑修改，文件回到草稿状态。请填写退回理由，它会记入流转记录。'
    case 'withdraw':
      return `将从 ${site} 撤下，已转载到其他网站的副本一并撤下。请填写撤回理由，它会记入流转记录。`
    case 'revise':
      return '将转为草稿，重新编辑后再送审。'
  }
}

function confirmationInEnglish(action: WorkflowAction, siteName: string, repostTargets: number, at?: string): string {
  const site = siteName ? `the site ${siteName}` : 'this site'
  const reposts = repostTargets > 0 ? `, and reposted to ${repostTargets} sites by the rules` : '; the current repost rules send it to no other site'
  switch (action) {
    case 'submit':
      return `Goes to the reviewers of ${site}. Editors cannot change it afterwards unless it is sent back.`
    case 'publish':
      return `Will be published on ${site}${reposts}.`
    case 'schedule':
      return `Will be published on ${site} at ${at || 'the chosen time'} (Beijing time)${reposts}.`
    case 'reject':
      return 'Goes back to the editor as a draft. Give the reason; it is kept in the history.'
    case 'withdraw':
      return `Will be taken off ${site}, together with its reposts on other sites. Give the reason; it is kept in the history.`
    case 'revise':
      return 'Becomes a draft again, to be edited and resubmitted.'
  }
}

/** A datetime-local value (China time) as an instant; null when empty or malformed. */
export function chinaLocalToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null
  const ms = Date.parse(`${value}:00+08:00`)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** An instant as a datetime-local value in China time. */
export const isoToChinaLocal = (ms: number): string => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16)
