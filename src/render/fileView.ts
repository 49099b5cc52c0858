import type { File } from '../../payload-types'

/** An attachment as a page lists it: title, link, size and type, e.g. 「实施方案.pdf（PDF，1.2 MB）」. */

const humanSize = (bytes: number | null | undefined): string => {
  if (!bytes) return ''
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

export const fileView = (f: Pick<File, 'title' | 'url' | 'filesize' | 'filename'>) => ({
  title: f.title,
  url: f.url ?? '',
  size: humanSize(f.filesize),
  type: (f.filename?.split('.').pop() ?? '').toUpperCase(),
})
