'use client'
import { usePreferences } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { siteScopePreference, type SiteScopeChoice } from '../siteScopeKey'

type Props = { options: { value: string; label: string }[]; current: string; label: string; allLabel: string }

/** The switcher itself: saves the choice as the user's preference and reloads the list on the server. */
export function SiteSwitcherSelect({ options, current, label, allLabel }: Props) {
  const { setPreference } = usePreferences()
  const router = useRouter()
  const [value, setValue] = useState(current)
  const [pending, startTransition] = useTransition()
  return (
    <p className="zq-site-scope" data-testid="site-scope">
      <label>
        {label}
        <select
          value={value}
          disabled={pending}
          onChange={async (event) => {
            const site = event.target.value
            setValue(site)
            await setPreference<SiteScopeChoice>(siteScopePreference, { site: site || null }, false)
            startTransition(() => router.refresh())
          }}
        >
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </p>
  )
}
