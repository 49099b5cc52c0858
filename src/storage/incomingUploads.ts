import fs from 'node:fs/promises'
import path from 'node:path'
import type { Config } from 'payload'
import { maxAttachmentBytes } from '../../collections/files/validation'
import { mediaMaxBytes } from '../security/settings'
import { uploadTooLarge } from './uploadRefusals'
import { uploadDirectory } from './uploadDirectory'

/**
 * Uploads arrive on disk, not in memory (待入库上传): Payload's multipart parser writes each file part to a
 * temp file in this directory while it streams in, and the upload collections copy it from there into
 * their own folder. The directory sits beside the uploads (same disk, so the copy is cheap; never
 * os.tmpdir(), which is often a memory-backed tmpfs), and is not served. Payload removes the temp file
 * when the create or update of an upload ends, either way; a file part sent to a route that stores no
 * upload is left behind, so files older than `orphanAgeMs` are swept away.
 */

/** `UPLOAD_TEMP_DIR`, else `<UPLOAD_DIR>/.incoming`. */
export function incomingUploadDirectory(): string {
  const configured = process.env.UPLOAD_TEMP_DIR
  return configured ? path.resolve(configured) : path.join(uploadDirectory(), '.incoming')
}

/** Multipart boundaries and the `_payload` JSON field beside the file (as in src/security/bodyLimits.ts). */
const formOverhead = 1024 * 1024

/**
 * Payload's `upload` (multipart) options. The request body is already limited per route before this
 * parser sees it (src/security/bodyLimits.ts, with its Chinese 413); these limits are the second line
 * and must not be tighter than the largest upload the collections accept, or a valid 50 MB attachment
 * would fail on Payload's default of 20 MB.
 */
export function uploadParsing(): NonNullable<Config['upload']> {
  const largest = Math.max(maxAttachmentBytes(), mediaMaxBytes())
  return {
    useTempFiles: true,
    tempFileDir: incomingUploadDirectory(),
    abortOnLimit: true,
    // Worded again in the request's language by src/storage/uploadRefusals.ts.
    responseOnLimit: uploadTooLarge.zh,
    requestSizeLimit: largest + 2 * formOverhead,
    // Without data for this long an upload is dropped (and its temp file removed): a stalled client holds no disk.
    uploadTimeout: 60_000,
    limits: { fileSize: largest + formOverhead, files: 3, fields: 20, fieldSize: formOverhead },
  }
}

/** Longer than any upload in progress: the parser drops one that sends nothing for a minute. */
export const orphanAgeMs = 15 * 60 * 1000

/** Removes temp files older than `maxAgeMs` (by last write); returns how many were removed. */
export async function sweepIncomingUploads(maxAgeMs = orphanAgeMs, now = Date.now()): Promise<number> {
  const dir = incomingUploadDirectory()
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const file = path.join(dir, name)
    try {
      const stat = await fs.stat(file)
      if (!stat.isFile() || now - stat.mtimeMs < maxAgeMs) continue
      await fs.unlink(file)
      removed += 1
    } catch {
      // gone already (another worker swept it, or Payload finished with it)
    }
  }
  return removed
}

/** Sweeps at start and then every few minutes; returns the stop function. */
export function sweepIncomingUploadsPeriodically(intervalMs = 5 * 60 * 1000): () => void {
  void sweepIncomingUploads()
  const timer = setInterval(() => void sweepIncomingUploads(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
