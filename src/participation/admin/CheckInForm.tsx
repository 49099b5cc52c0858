'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from '@payloadcms/ui'
import { speaker } from '../../i18n/bilingual'

type Answer = { ok: boolean; message: string }

/** The code field of 开放日签到: a scanner types the code and presses Enter, as a keyboard would. */
export function CheckInForm() {
  const { i18n } = useTranslation()
  const L = speaker(i18n)
  const router = useRouter()
  const [code, setCode] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  // Marks the form as live (hydrated): before that, Enter would submit it as a plain GET.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const response = await fetch('/api/open-day-registrations/check-in', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      })
      const body = (await response.json()) as Answer
      setAnswer({ ok: Boolean(body.ok), message: body.message ?? L('签到失败，请重试。', 'Check-in failed; try again.') })
      if (body.ok) setCode('')
      router.refresh()
    } catch {
      setAnswer({ ok: false, message: L('网络异常，签到未完成，请重试。', 'Network error: not checked in; try again.') })
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit} data-ready={ready ? 'yes' : 'no'} style={{ display: 'flex', gap: 12, alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{L('报名确认码', 'Confirmation code')}</span>
        <input
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          maxLength={20}
          placeholder={L('例如 AB3D-7K9M-Q2RT', 'e.g. AB3D-7K9M-Q2RT')}
          style={{ fontSize: 20, padding: 8, minWidth: 260 }}
        />
      </label>
      <button type="submit" className="btn btn--style-primary" disabled={busy} style={{ margin: 0 }}>
        {L('签到', 'Check in')}
      </button>
      {answer ? (
        <p role="status" data-check-in-result={answer.ok ? 'ok' : 'refused'} style={{ width: '100%', fontSize: 18, color: answer.ok ? '#2e7d32' : '#b3201b' }}>
          {answer.message}
        </p>
      ) : null}
    </form>
  )
}
