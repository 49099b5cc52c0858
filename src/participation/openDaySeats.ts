import { createHash } from 'node:crypto'
import { and, eq, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import type { OpenDay } from '../../payload-types'
import { OpenDayRegistration } from '../states'
import { newTrackingCode } from './tracking'

/**
 * Seats of an open day, kept correct under concurrent registrations on SQLite and PostgreSQL alike.
 *
 * Each live registration holds a seat key, unique across the table: `<openDay>-c<n>` (a confirmed seat,
 * 1 ≤ n ≤ capacity) or `<openDay>-w<n>` (a waiting-list place). Two people racing for the last seat both
 * try to insert the same key and the database's unique index lets one through; the other re-reads and
 * lands on the waiting list. A cancelled registration gives its key up. The same for the phone: a unique
 * key per open day and phone (a hash, so the phone is not copied) refuses a second registration.
 * Counting rows and comparing with the capacity would not be: two requests both count 49 of 50.
 */

export type Seat = { status: typeof OpenDayRegistration.confirmed | typeof OpenDayRegistration.waiting; seat: string }

export const seatKey = (openDayId: number | string, kind: 'c' | 'w', n: number): string => `${openDayId}-${kind}${n}`

export const phoneKeyOf = (openDayId: number | string, phone: string): string =>
  createHash('sha256').update(`open-day:${openDayId}:${phone}`).digest('hex')

type Held = { seat?: string | null; phoneKey?: string | null; status: string; createdAt: string; id: number | string }

async function heldSeats(payload: Payload, openDayId: number | string, req?: PayloadRequest): Promise<Held[]> {
  const { docs } = await payload.find({
    collection: 'open-day-registrations',
    where: { openDay: { equals: openDayId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { seat: true, phoneKey: true, status: true, createdAt: true },
    sort: 'createdAt',
    req,
  })
  return docs as unknown as Held[]
}

const firstFree = (taken: Set<string>, openDayId: number | string, kind: 'c' | 'w', size: number): string | null => {
  for (let n = 1; n <= size; n++) if (!taken.has(seatKey(openDayId, kind, n))) return seatKey(openDayId, kind, n)
  return null
}

export type RegistrationInput = { name: string; phone: string; idLast4: string }
export type RegistrationOutcome =
  | { ok: true; code: string; status: Seat['status'] }
  | { ok: false; reason: 'duplicate' | 'full' | 'busy' }

/**
 * A new registration: a confirmed seat when one is free and nobody is waiting (the waiting list goes first),
 * else a waiting-list place, else refused. Retries when another registration took the same key meanwhile.
 */
export async function register(payload: Payload, openDay: OpenDay, input: RegistrationInput): Promise<RegistrationOutcome> {
  const phoneKey = phoneKeyOf(openDay.id, input.phone)
  for (let attempt = 0; attempt < 12; attempt++) {
    const held = await heldSeats(payload, openDay.id)
    if (held.some((h) => h.phoneKey === phoneKey)) return { ok: false, reason: 'duplicate' }
    const taken = new Set(held.map((h) => h.seat).filter((s): s is string => Boolean(s)))
    const waiting = held.some((h) => h.status === OpenDayRegistration.waiting)
    const confirmed = waiting ? null : firstFree(taken, openDay.id, 'c', openDay.capacity)
    const seat = confirmed ?? firstFree(taken, openDay.id, 'w', openDay.waitingListSize ?? 0)
    if (!seat) return { ok: false, reason: 'full' }
    const status = confirmed ? OpenDayRegistration.confirmed : OpenDayRegistration.waiting
    const code = newTrackingCode()
    try {
      await payload.create({
        collection: 'open-day-registrations',
        overrideAccess: true,
        data: {
          site: typeof openDay.site === 'object' ? openDay.site.id : openDay.site,
          openDay: openDay.id,
          name: input.name,
          phone: input.phone,
          idLast4: input.idLast4,
          confirmationCode: code,
          status,
          seat,
          phoneKey,
        },
      })
      return { ok: true, code, status }
    } catch {
      // The unique seat, phone or code key was taken meanwhile: read again and decide again.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)))
    }
  }
  return { ok: false, reason: 'busy' }
}

// biome-ignore lint/suspicious/noExplicitAny: Payload's SQL adapters do not export their Drizzle schema types
type SqlAdapter = { drizzle: any; tables: Record<string, any>; sessions?: Record<string, { db: any } | undefined> }

async function sessionDb(req: PayloadRequest | undefined, adapter: SqlAdapter) {
  const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  return (id !== undefined && id !== null && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/**
 * Moves waiting registrations, first come first served, onto the free confirmed seats (after a cancellation
 * or a larger capacity). Each move is one conditional UPDATE (still waiting, seat still free), so two
 * cancellations at once never promote the same person twice, and a seat is never given twice.
 */
export async function promoteWaiting(
  payload: Payload,
  openDay: Pick<OpenDay, 'id' | 'capacity'>,
  req?: PayloadRequest,
): Promise<number> {
  const adapter = payload.db as unknown as SqlAdapter
  const t = adapter.tables?.open_day_registrations
  if (!t) throw new Error('开放日候补递补需要 SQL 数据库（SQLite 或 PostgreSQL）。')
  const db = await sessionDb(req, adapter)
  let promoted = 0
  const tried = new Set<string>()
  for (let round = 0; round < 200; round++) {
    const held = await heldSeats(payload, openDay.id, req)
    const taken = new Set(held.map((h) => h.seat).filter((s): s is string => Boolean(s)))
    const seat = firstFree(taken, openDay.id, 'c', openDay.capacity)
    const next = held.find((h) => h.status === OpenDayRegistration.waiting && !tried.has(String(h.id)))
    if (!seat || !next) break
    const moved: unknown[] = await db
      .update(t)
      .set({ status: OpenDayRegistration.confirmed, seat, updatedAt: new Date().toISOString() })
      .where(
        and(
          eq(t.id, next.id),
          eq(t.status, OpenDayRegistration.waiting),
          sql`not exists (select 1 from ${t} as other where other.seat = ${seat})`,
        ),
      )
      .returning({ id: t.id })
    if (moved.length) promoted++
    else tried.add(String(next.id))
  }
  return promoted
}

/** A cancelled registration's seat and phone key become free (conditional on nothing; it is this row's). */
export async function releaseKeys(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  const adapter = payload.db as unknown as SqlAdapter
  const t = adapter.tables?.open_day_registrations
  const db = await sessionDb(req, adapter)
  await db.update(t).set({ seat: null, phoneKey: null }).where(eq(t.id, id))
}

export type SeatCounts = { capacity: number; confirmed: number; waiting: number; checkedIn: number; cancelled: number; seatsLeft: number }

export async function seatCounts(payload: Payload, openDay: Pick<OpenDay, 'id' | 'capacity'>): Promise<SeatCounts> {
  const held = await heldSeats(payload, openDay.id)
  const count = (status: string) => held.filter((h) => h.status === status).length
  const confirmed = count(OpenDayRegistration.confirmed)
  const checkedIn = count(OpenDayRegistration.checkedIn)
  const waiting = count(OpenDayRegistration.waiting)
  return {
    capacity: openDay.capacity,
    confirmed,
    waiting,
    checkedIn,
    cancelled: count(OpenDayRegistration.cancelled),
    // While anyone waits, a freed seat is theirs: none is left for a new registration.
    seatsLeft: waiting ? 0 : Math.max(0, openDay.capacity - confirmed - checkedIn),
  }
}

/** The place of a waiting registration on the list (1 = next to be promoted). */
export async function waitingPosition(payload: Payload, openDayId: number | string, id: number | string): Promise<number> {
  const waiting = (await heldSeats(payload, openDayId)).filter((h) => h.status === OpenDayRegistration.waiting)
  return waiting.findIndex((h) => String(h.id) === String(id)) + 1
}
