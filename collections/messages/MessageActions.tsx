'use client'
import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { isPlatformAdmin, rolesOnSite } from '../../src/access/roles'
import { inLanguage, speaker } from '../../src/i18n/bilingual'
import { availableActions, type MessageAction } from '../../src/participation/messageActions'
import { invalidReasonList, type MessageState } from '../../src/states'

type SiteOption = { id: string | number; name: string }

const idOf = (value: unknown): string | number | null =>
  value && typeof value === 'object' ? ((value as { id?: string | number }).id ?? null) : ((value as string | number | null | undefined) ?? null)

/**
 * 办理按钮 in the message's edit view: only the actions the message's state and the user's roles allow
 * (src/participation/messageActions.ts), each confirmed before it is saved. The save goes through the REST API,
 * where the workflow hook checks the same transitions and roles; a refusal is shown as the server words it.
 */
export function MessageActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.initialValue) as MessageState | undefined
  const site = useFormFields(([fields]) => fields.site?.initialValue)
  const transferredTo = useFormFields(([fields]) => fields.transferredTo?.initialValue)
  const draftReply = useFormFields(([fields]) => fields.reply?.value) as string | undefined
  const [open, setOpen] = useState<MessageAction | null>(null)
  const [input, setInput] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [sites, setSites] = useState<SiteOption[]>([])
  const { i18n } = useTranslation()
  const L = speaker(i18n)

  useEffect(() => {
    if (open?.name !== 'transfer' || sites.length) return
    void fetch('/api/sites?limit=500&depth=0&sort=name&select[name]=true', { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((body: { docs: SiteOption[] }) => setSites(body.docs.filter((s) => String(s.id) !== String(idOf(site)))))
      .catch(() => setSites([]))
  }, [open, site, sites.length])

  if (!id || !status) return null
  const roles = [...rolesOnSite(user, idOf(site)), ...rolesOnSite(user, idOf(transferredTo))]
  const actions = availableActions(status, roles, isPlatformAdmin(user))
  if (!actions.length) return null

  const start = (action: MessageAction) => {
    setProblem(null)
    setInput(action.name === 'reply' ? { reply: draftReply ?? '' } : {})
    setOpen(action)
  }
  const confirm = async () => {
    if (!open) return
    const data: Record<string, unknown> = { status: open.to }
    if (open.name === 'transfer') {
      if (!input.assignee?.trim() && !input.transferredTo) return setProblem(L('请填写承办部门或人员，或选择转办的网站。', 'Enter the handling department or person, or choose a site to transfer to.'))
      data.assignee = input.assignee?.trim() || undefined
      if (input.transferredTo) data.transferredTo = input.transferredTo
    }
    if (open.name === 'reply') {
      if (!input.reply?.trim()) return setProblem(L('请填写答复内容。', 'Enter the reply.'))
      data.reply = input.reply
      if (input.replyingUnit?.trim()) data.replyingUnit = input.replyingUnit.trim()
    }
    if (open.name === 'markInvalid') {
      if (!input.invalidReason) return setProblem(L('请选择无效原因。', 'Choose why it is invalid.'))
      data.invalidReason = input.invalidReason
    }
    setBusy(true)
    const response = await fetch(`/api/messages/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    }).catch(() => null)
    setBusy(false)
    if (response?.ok) return window.location.reload()
    const body = (await response?.json().catch(() => null)) as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null
    const first = body?.errors?.[0]
    setProblem(first?.data?.errors?.[0]?.message ?? first?.message ?? L('操作未成功，请刷新页面后重试。', 'That did not work; reload the page and try again.'))
  }
  const set = (key: string) => (e: { target: { value: string } }) => setInput((v) => ({ ...v, [key]: e.target.value }))

  return (
    <div data-testid="message-actions" style={{ marginBottom: 24 }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>{L('办理', 'Handling')}</div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {actions.map((action) => (
          <button key={action.name} type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} data-action={action.name} onClick={() => start(action)}>
            {inLanguage(i18n, action.label)}
          </button>
        ))}
      </div>
      {open ? (
        <div role="dialog" aria-label={inLanguage(i18n, open.label)} data-testid="message-action-confirm" style={{ marginTop: 12, padding: 12, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
          <p style={{ marginTop: 0 }}>{inLanguage(i18n, open.confirm)}</p>
          {open.name === 'transfer' ? (
            <>
              <label style={{ display: 'block' }}>
                {L('承办部门或人员', 'Handling department or person')}
                <input type="text" maxLength={100} value={input.assignee ?? ''} onChange={set('assignee')} style={{ width: '100%' }} />
              </label>
              <label style={{ display: 'block', marginTop: 8 }}>
                {L('转办至集群内其他网站（可不选）', 'Transfer to another site of the cluster (optional)')}
                <select value={input.transferredTo ?? ''} onChange={set('transferredTo')} style={{ width: '100%' }}>
                  <option value="">{L('（本单位办理）', '(handled by this agency)')}</option>
                  {sites.map((s) => (
                    <option key={s.id} value={String(s.id)}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {open.name === 'reply' ? (
            <>
              <label style={{ display: 'block' }}>
                {L('答复内容', 'Reply')}
                <textarea rows={6} maxLength={10000} value={input.reply ?? ''} onChange={set('reply')} style={{ width: '100%' }} />
              </label>
              <label style={{ display: 'block', marginTop: 8 }}>
                {L('答复单位', 'Replying unit')}
                <input type="text" maxLength={100} value={input.replyingUnit ?? ''} onChange={set('replyingUnit')} style={{ width: '100%' }} />
              </label>
            </>
          ) : null}
          {open.name === 'markInvalid' ? (
            <label style={{ display: 'block' }}>
              {L('无效原因', 'Reason invalid')}
              <select value={input.invalidReason ?? ''} onChange={set('invalidReason')} style={{ width: '100%' }}>
                <option value="">{L('请选择', 'Choose')}</option>
                {invalidReasonList.map((r) => (
                  <option key={r.value} value={r.value}>
                    {inLanguage(i18n, r.label)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {problem ? (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {problem}
            </p>
          ) : null}
          <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
            <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={busy} onClick={confirm} data-testid="message-action-ok">
              {L('确认', 'Confirm: ')}
              {inLanguage(i18n, open.label)}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => setOpen(null)}>
              {L('取消', 'Cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
