import { chinaLongDate } from '../render/dates'
import type { ApplicationData } from './applicationState'
import { deliveryForms, legalBasisOf, resultRows, zhOf, type ReplyType } from './vocabulary'

/**
 * 答复书 (reply letters): one template per reply type of 条例第三十六条 (and one for the other decisions), as
 * structured paragraphs that the printable page and the DOCX both render. Every letter names the application,
 * its legal basis, and the applicant's remedies (行政复议 60 日, 行政诉讼 6 个月).
 */

export type Letter = { title: string; reference: string; addressee: string; paragraphs: string[]; sender: string; date: string }

type Parts = { requested: string; received: string; row: string; reasons: string; text: string; body: string; delivery: string }

const templates: Record<ReplyType, { title: string; body: (p: Parts) => string[] }> = {
  'already-public': {
    title: '政府信息公开申请答复书（已主动公开）',
    // Officers end the route with a full stop as often as not; the sentence ends with one.
    body: (p) => [`经审查，您申请获取的政府信息已经主动公开。您可以通过以下方式和途径获取：${(p.text || '本机关门户网站“政府信息公开”专栏').replace(/[。.]+$/, '')}。`],
  },
  provided: {
    title: '政府信息公开申请答复书（予以提供）',
    body: (p) =>
      p.row === 'partly-disclosed'
        ? [`经审查，您申请获取的政府信息中含有不应当公开的内容，本机关作区分处理，对可以公开的部分予以提供（${p.delivery}）。`, `不予公开部分的理由：${p.reasons}`, p.text]
        : [`经审查，您申请获取的政府信息属于公开范围，现予以提供（${p.delivery}）。`, p.text],
  },
  refused: {
    title: '政府信息公开申请答复书（不予公开）',
    body: (p) => [`经审查，您申请获取的政府信息属于“${p.row}”情形，依法不予公开。`, `理由：${p.reasons}`],
  },
  'not-exist': {
    title: '政府信息公开申请答复书（信息不存在）',
    body: (p) => [`经检索，本机关没有制作或者获取您申请的政府信息，该政府信息不存在。${p.reasons}`],
  },
  'not-this-body': {
    title: '政府信息公开申请答复书（非本机关负责公开）',
    body: (p) => [
      `经审查，您申请获取的政府信息不属于本机关负责公开。${p.body ? `负责公开该政府信息的机关为${p.body}，请向其提出申请。` : ''}`,
      `理由：${p.reasons}`,
    ],
  },
  'repeat-application': {
    title: '政府信息公开申请告知书（重复申请）',
    body: () => ['本机关已就您此前提出的相同政府信息公开申请作出答复，您重复申请公开相同政府信息，本机关不予重复处理。'],
  },
  'special-law': {
    title: '政府信息公开申请告知书（按专门规定办理）',
    body: (p) => [`您申请获取的信息属于“${p.row}”，有关法律、行政法规对信息的获取有特别规定，请依照有关法律、行政法规的规定办理。`, `理由：${p.reasons}`],
  },
  'other-handling': {
    title: '政府信息公开申请告知书',
    body: (p) => [`经审查，您的申请属于“${p.row}”情形，本机关作如下处理：${p.text || p.reasons}`],
  },
}

const remedies = '如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法提起行政诉讼。'

export function letterOf(app: ApplicationData, sender: string): Letter {
  const type = app.replyType ?? 'other-handling'
  const rowLabel = zhOf(resultRows, app.resultRow).replace(/^[（(]?[一二三四五六七0-9]+[）).、]\s*/, '')
  const parts: Parts = {
    requested: String(app.requestedInformation ?? ''),
    // Official documents write dates in full (GB/T 9704: 2026年10月20日), not as 2026-10-20.
    received: chinaLongDate(app.receivedOn),
    row: rowLabel,
    reasons: String(app.reasons ?? '').trim(),
    text: String(app.replyText ?? '').trim(),
    body: String(app.responsibleBody ?? '').trim(),
    delivery: zhOf(deliveryForms, app.deliveryForm as string),
  }
  const template = templates[type]
  return {
    title: template.title,
    reference: `查询码 ${app.trackingCode ?? ''}`,
    addressee: `${app.applicant?.name ?? '申请人'}：`,
    paragraphs: [
      `本机关于${parts.received}收到您提出的政府信息公开申请，您申请获取“${parts.requested}”。`,
      ...template.body(parts).filter(Boolean),
      `根据${app.legalBasis || legalBasisOf(type)}的规定，特此告知。`,
      remedies,
    ],
    sender,
    date: chinaLongDate(app.concludedOn),
  }
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * The printable page: A4-width, 仿宋 body, no site chrome and nothing to hide when printed (the browser's print
 * command makes the paper letter). Styles are attributes; the page carries no script (its CSP, src/disclosure/letterEndpoint.ts, allows none).
 */
export function letterHtml(letter: Letter): string {
  const body = 'text-indent:2em;margin:0'
  const right = 'text-align:right;margin:0'
  const paragraphs = letter.paragraphs.map((p) => `<p style="${body}">${escapeHtml(p)}</p>`).join('\n')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(letter.title)}</title></head>
<body style="font-family:FangSong,STFangsong,'仿宋',serif;font-size:16pt;line-height:1.8;max-width:160mm;margin:2em auto;padding:0 1em;color:#000">
<h1 style="font-family:SimSun,'宋体',serif;font-size:22pt;text-align:center;font-weight:normal">${escapeHtml(letter.title)}</h1>
<p style="${right}">${escapeHtml(letter.reference)}</p>
<p style="margin:0">${escapeHtml(letter.addressee)}</p>
${paragraphs}
<p style="${right};margin-top:3em">${escapeHtml(letter.sender)}</p><p style="${right}">${escapeHtml(letter.date)}</p></body></html>`
}
