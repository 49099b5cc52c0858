'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import type React from 'react'

/** 对象类型 in the audit log: the collection's (or global's) name in the admin's language, not its slug. */
export function CollectionCell({ cellData }: DefaultCellComponentProps): React.ReactElement {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const slug = String(cellData ?? '')
  const collection = config.collections.find((c) => c.slug === slug)
  const global = collection ? undefined : config.globals.find((g) => g.slug === slug)
  const label = collection ? getTranslation(collection.labels.plural, i18n) : global ? getTranslation(global.label, i18n) : slug
  return <span title={slug}>{label}</span>
}
