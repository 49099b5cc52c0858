import type { DeadlineStanding } from './deadlineStanding'

const tones: Record<DeadlineStanding['tone'], { color: string; background: string; mark: string }> = {
  ok: { color: '#116329', background: '#dafbe1', mark: '○' },
  near: { color: '#7d4e00', background: '#fff8c5', mark: '◔' },
  late: { color: '#a40e26', background: '#ffebe9', mark: '●' },
  unknown: { color: '#57606a', background: '#eaeef2', mark: '?' },
}

/** The deadline in words, with a colour and a mark that only repeat what the words say. */
export function DeadlineBadge({ standing }: { standing: DeadlineStanding | null }) {
  if (!standing) return <span>—</span>
  const tone = tones[standing.tone]
  return (
    <span
      className="zq-deadline"
      data-testid="deadline-standing"
      data-tone={standing.tone}
      title={standing.detail}
      style={{ color: tone.color, background: tone.background, borderRadius: 4, padding: '2px 8px', whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      <span aria-hidden="true">{tone.mark} </span>
      {standing.label}
    </span>
  )
}
