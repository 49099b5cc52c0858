'use client'
import { Button, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type ReactNode, useEffect, useId, useState } from 'react'
import type { SiteRole } from '../access/roles'
import { buttonLabels as buttonLabelsZh, buttonLabelsEn, reasonRequired, transitionsFor, type Transition, type WorkflowAction, type WorkflowStatus } from '../publishing/workflow'
import { chinaLocalToIso, confirmationText, isoToChinaLocal } from './confirmation'

export type HistoryEntry = { key: string; at: string; by: string; action: string; change: string; comment?: string }

type Props = {
  collectionSlug: string
  statusField: string
  status: string
  states?: string[]
  roles: SiteRole[]
  trusted: boolean
  extraRoles?: Partial<Record<WorkflowAction, SiteRole[]>>
  siteName: string
  repostTargets: number
  history: HistoryEntry[]
  deadline?: ReactNode
  unsaved?: boolean
}

const order: WorkflowAction[] = ['submit', 'publish', 'schedule', 'reject', 'withdraw', 'revise']
const reasonLabels = {
  zh: { reject: '退回理由', withdraw: '撤回理由' },
  en: { reject: 'Reason for sending back', withdraw: 'Reason for withdrawing' },
} satisfies Record<string, Partial<Record<WorkflowAction, string>>>

/**
 * The buttons 送审 / 通过并发布 / 定时发布 / 退回 / 撤回 and their confirmation. The action is saved with the rest of
 * the form (one request, through the collection's hooks), so unsaved edits go out with it.
 */
export function WorkflowActionBar(props: Props) {
  const { statusField, roles, trusted, extraRoles, states, siteName, repostTargets, history } = props
  const formStatus = useFormFields(([fields]) => fields[statusField]?.value as string | undefined)
  const status = (formStatus ?? props.status) as WorkflowStatus
  const { submit } = useForm()
  const router = useRouter()
  const dialogTitle = useId()
  const [pending, setPending] = useState<Transition | null>(null)
  const [reason, setReason] = useState('')
  const [when, setWhen] = useState('')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  // The buttons arrive in the server's HTML before React runs; until it does, a click would do nothing, so
  // they stay disabled rather than look ready.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  const L = (zh: string, en: string) => (english ? en : zh)
  const buttonLabels = english ? buttonLabelsEn : buttonLabelsZh
  const reasonLabel: Partial<Record<WorkflowAction, string>> = reasonLabels[english ? 'en' : 'zh']

  if (props.unsaved) return <span className="zq-workflow-hint">{L('保存草稿后可送审或发布', 'Save the draft to submit or publish it')}</span>
  const open = transitionsFor(status, roles, { trusted, extraRoles, states }).sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action))

  const start = (t: Transition) => {
    setPending(t)
    setReason('')
    setProblem('')
    setWhen(isoToChinaLocal(Date.now() + 3600_000))
  }
  const confirm = async () => {
    if (!pending) return
    const overrides: Record<string, unknown> = { [statusField]: pending.to }
    if (reasonRequired.includes(pending.action)) {
      if (!reason.trim()) return setProblem(L(`请填写${reasonLabel[pending.action]}，否则不能${buttonLabels[pending.action]}。`, `${reasonLabel[pending.action]} is required.`))
      overrides.reviewComment = reason.trim()
    }
    if (pending.action === 'schedule') {
      const at = chinaLocalToIso(when)
      if (!at || Date.parse(at) <= Date.now()) return setProblem(L('请选择一个将来的发布时间（北京时间）。', 'Choose a publication time in the future (Beijing time).'))
      overrides.publishAt = at
    }
    setBusy(true)
    const result = await submit({ overrides })
    setBusy(false)
    setPending(null)
    if (result?.res.ok) router.refresh()
  }

  return (
    <div className="zq-workflow-actions" data-testid="workflow-actions" style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      {props.deadline}
      {history.length > 0 && (
        <details data-testid="workflow-history" style={{ position: 'relative' }}>
          <summary style={{ cursor: 'pointer' }}>{L('流转记录', 'History')}（{history.length}）</summary>
          <ol style={{ position: 'absolute', right: 0, zIndex: 30, width: 380, maxHeight: 360, overflow: 'auto', margin: 0, padding: '8px 12px 8px 28px', background: 'var(--theme-elevation-0)', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
            {history.map((h) => (
              <li key={h.key} style={{ marginBottom: 6 }}>
                {h.at} {h.by} {h.action}（{h.change}）{h.comment ? <strong>
                    {L('理由：', 'Reason: ')}
                    {h.comment}
                  </strong> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
      {open.map((t) => (
        <Button key={t.action} id={`workflow-${t.action}`} size="medium" margin={false} buttonStyle={t.action === 'reject' || t.action === 'withdraw' ? 'secondary' : 'primary'} disabled={!hydrated} onClick={() => start(t)}>
          {buttonLabels[t.action]}
        </Button>
      ))}
      {pending && (
        <div style={{ position: 'fixed', inset: 0, zIndex: 100, background: 'rgba(0,0,0,0.4)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <div role="dialog" aria-modal="true" aria-labelledby={dialogTitle} data-testid="workflow-dialog" style={{ background: 'var(--theme-elevation-0)', color: 'var(--theme-text)', padding: 24, borderRadius: 6, width: 'min(520px, 92vw)' }}>
            <h3 id={dialogTitle} style={{ marginTop: 0 }}>
              {L('确认', 'Confirm: ')}
              {buttonLabels[pending.action]}
            </h3>
            <p data-testid="workflow-confirm-text">{confirmationText(pending.action, siteName, repostTargets, pending.action === 'schedule' ? when.replace('T', ' ') : undefined, i18n.language)}</p>
            {pending.action === 'schedule' && (
              <label style={{ display: 'block', marginBottom: 12 }}>
                {L('发布时间（北京时间）', 'Publication time (Beijing time)')}
                <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} style={{ display: 'block', marginTop: 4 }} />
              </label>
            )}
            {reasonRequired.includes(pending.action) && (
              <label style={{ display: 'block', marginBottom: 12 }}>
                {reasonLabel[pending.action]}
                {L('（必填）', ' (required)')}
                <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required style={{ display: 'block', width: '100%', marginTop: 4 }} />
              </label>
            )}
            {problem && (
              <p role="alert" style={{ color: '#a40e26' }}>
                {problem}
              </p>
            )}
            <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
              <Button buttonStyle="secondary" margin={false} onClick={() => setPending(null)}>
                {L('取消', 'Cancel')}
              </Button>
              <Button id="workflow-confirm" buttonStyle="primary" margin={false} disabled={busy} onClick={() => void confirm()}>
                {L('确认', 'Confirm: ')}
                {buttonLabels[pending.action]}
              </Button>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}
