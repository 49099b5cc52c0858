import { speaker } from '../../i18n/bilingual'

type Props = { user?: { id?: number | string; name?: string | null; email?: string | null } | null; i18n?: { language?: string } }

const palette = ['#1f6feb', '#8250df', '#bf3989', '#cf222e', '#bc4c00', '#4d7c0f', '#0f766e', '#57606a']

/**
 * A personal Chinese name (two or three characters) shows the given name, as office chat tools do; a longer name is
 * usually a post (平台管理员, 门户编辑) and shows its first two characters; Latin names show their initials.
 */
export function initialsOf(name: string): string {
  const trimmed = name.trim()
  if (!trimmed) return '?'
  if (/[\u3400-\u9fff]/.test(trimmed)) {
    const chars = [...trimmed.replace(/\s+/g, '')]
    return (chars.length <= 3 ? chars.slice(-2) : chars.slice(0, 2)).join('')
  }
  const words = trimmed.split(/[\s@._-]+/).filter(Boolean)
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('')
}

/**
 * The account picture: the user's initials, drawn here. Payload's default fetches a Gravatar from an outside
 * service, which a government network blocks (a broken image) and which would tell that service who signs in.
 */
export function InitialsAvatar({ user, i18n }: Props) {
  const L = speaker(i18n)
  const name = user?.name || user?.email || ''
  const key = String(user?.id ?? name)
  const color = palette[[...key].reduce((sum, c) => sum + c.charCodeAt(0), 0) % palette.length]
  return (
    <span
      className="zq-avatar"
      role="img"
      aria-label={name ? L(`${name}的账号`, `${name}’s account`) : L('账号', 'Account')}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: color,
        color: '#fff',
        fontSize: 11,
        fontWeight: 600,
        lineHeight: 1,
        whiteSpace: 'nowrap',
      }}
    >
      {initialsOf(name)}
    </span>
  )
}
