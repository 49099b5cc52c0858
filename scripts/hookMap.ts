/**
 * The hook map (docs/hooks.md): every hook of every collection and global, in the order Payload runs them, as the
 * running config holds them — after the plugins have appended theirs and after onInit (which is when the document
 * lock guards are installed). `npm run docs:hooks` writes it; tests/integration/hook-map.test.ts fails when it is stale.
 *
 * Plugins add hooks made by factories, which are anonymous functions. To say where each comes from, V8's inspector
 * gives the function's location in the transformed module, the module's inline source map takes it back to the
 * TypeScript line, and the nearest declaration above that line names it. Line numbers are not printed, so that
 * editing a hook's body does not make the map stale.
 */
import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'
import type { Field, Payload } from 'payload'
import { projectRoot } from '../src/projectRoot'

type Located = { module: string; name: string }
type Script = { url: string; sourceMapURL?: string }

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = base64.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

type SourceMap = { sources: string[]; sourcesContent?: (string | null)[]; mappings: string }

/** The original (source index, line) of a generated position, from the last mapping at or before it. */
function originalPosition(map: SourceMap, line: number, column: number): { source: number; line: number } | null {
  const lines = map.mappings.split(';')
  let source = 0
  let originalLine = 0
  let found: { source: number; line: number } | null = null
  for (let l = 0; l < lines.length && l <= line; l++) {
    let generatedColumn = 0
    for (const segment of lines[l]!.split(',')) {
      if (!segment) continue
      const [dc, ds, dl] = decodeSegment(segment)
      generatedColumn += dc!
      if (ds === undefined) continue
      source += ds
      originalLine += dl!
      if (l < line || generatedColumn <= column) found = { source, line: originalLine }
    }
  }
  return found
}

function inlineSourceMap(url: string | undefined): SourceMap | null {
  const match = url?.match(/^data:application\/json;(?:charset=utf-8;)?base64,(.*)$/)
  return match ? (JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')) as SourceMap) : null
}

const declaration = /^\s*(?:export\s+)?(?:async\s+)?(?:const|let|function)\s+([A-Za-z_$][\w$]*)/

const indentOf = (line: string) => line.length - line.trimStart().length

/** The name declared nearest above a line of a source file, skipping declarations nested deeper than the line. */
function enclosingName(source: string, line: number): string | null {
  const lines = source.split('\n')
  const start = Math.min(line, lines.length - 1)
  let indent = indentOf(lines[start]!)
  for (let l = start; l >= 0; l--) {
    const text = lines[l]!
    if (!text.trim() || indentOf(text) > indent) continue
    const match = text.match(declaration)
    if (match) return match[1]!
    indent = Math.min(indent, indentOf(text))
  }
  return null
}

function relativeModule(url: string): string {
  const file = url.startsWith('file://') ? new URL(url).pathname : url.split('?')[0]!
  const relative = path.relative(projectRoot, file)
  const packaged = relative.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  return packaged ? packaged[1]! : relative
}

class HookLocator {
  private readonly session = new Session()
  private readonly scripts = new Map<string, Script>()

  async start(): Promise<void> {
    this.session.connect()
    this.session.on('Debugger.scriptParsed', ({ params }) =>
      this.scripts.set(params.scriptId, { url: params.url, sourceMapURL: params.sourceMapURL }),
    )
    await this.session.post('Debugger.enable')
  }

  async stop(): Promise<void> {
    await this.session.post('Debugger.disable')
    this.session.disconnect()
  }

  async locate(fn: unknown): Promise<Located> {
    const own = typeof fn === 'function' && fn.name ? fn.name : null
    const holder = globalThis as { __zhanqunHook?: unknown }
    holder.__zhanqunHook = fn
    try {
      const { result } = await this.session.post('Runtime.evaluate', { expression: 'globalThis.__zhanqunHook' })
      if (!result.objectId) return { module: '?', name: own ?? '(anonymous)' }
      const { internalProperties } = await this.session.post('Runtime.getProperties', { objectId: result.objectId, ownProperties: true })
      const location = internalProperties?.find((p) => p.name === '[[FunctionLocation]]')?.value?.value as
        | { scriptId: string; lineNumber: number; columnNumber: number }
        | undefined
      const script = location ? this.scripts.get(location.scriptId) : undefined
      if (!location || !script) return { module: '?', name: own ?? '(anonymous)' }
      const module = relativeModule(script.url)
      if (own) return { module, name: own }
      const map = inlineSourceMap(script.sourceMapURL)
      const original = map ? originalPosition(map, location.lineNumber, location.columnNumber) : null
      const file = module.startsWith('.') || module.includes('node_modules') ? null : path.join(projectRoot, module)
      const source = original && map?.sourcesContent?.[original.source]
        ? map.sourcesContent[original.source]!
        : file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
      const enclosing = original && source ? enclosingName(source, original.line) : null
      return { module, name: enclosing ? `(anonymous, in ${enclosing})` : '(anonymous)' }
    } finally {
      delete holder.__zhanqunHook
    }
  }
}

type Hooks = Record<string, unknown[] | undefined> | undefined

/** One row per hook; `ownOnly` leaves out the ones from packages (Payload's own field hooks: row ids, unique, email). */
async function hookTable(locator: HookLocator, hooks: Hooks, ownOnly = false): Promise<string[]> {
  const rows: string[] = []
  for (const [event, list] of Object.entries(hooks ?? {})) {
    let position = 0
    for (const fn of list ?? []) {
      const { module, name } = await locator.locate(fn)
      position++
      if (ownOnly && !fs.existsSync(path.join(projectRoot, module))) continue
      rows.push(`| ${event} | ${position} | \`${name}\` | ${module} |`)
    }
  }
  return rows
}

/** Field hooks, with the field's path (unnamed rows, collapsibles and tabs add nothing to it). */
async function fieldHookTable(locator: HookLocator, fields: Field[], prefix = ''): Promise<string[]> {
  const rows: string[] = []
  for (const field of fields) {
    const named = 'name' in field && field.name ? `${prefix}${field.name}` : null
    const hooks = (field as { hooks?: Hooks }).hooks
    for (const row of await hookTable(locator, hooks, true)) rows.push(`| \`${named ?? prefix}\` |${row.slice(1)}`)
    const inner = named ? `${named}.` : prefix
    if ('fields' in field && Array.isArray(field.fields)) rows.push(...(await fieldHookTable(locator, field.fields, inner)))
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPrefix = 'name' in tab && tab.name ? `${inner}${tab.name}.` : inner
        rows.push(...(await fieldHookTable(locator, tab.fields, tabPrefix)))
      }
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block !== 'string') rows.push(...(await fieldHookTable(locator, block.fields, `${inner}${block.slug}.`)))
      }
    }
  }
  return rows
}

/** docs/hooks.md for a running Payload. */
export async function renderHookMap(payload: Payload): Promise<string> {
  const locator = new HookLocator()
  await locator.start()
  try {
    const out: string[] = [
      '# Hooks',
      '',
      '<!-- Generated by `npm run docs:hooks` from the running config; do not edit by hand. -->',
      '',
      'Every hook Payload runs, per collection and global, in the order it runs them within each event, including the',
      'ones plugins append (`payload.config.ts` → `plugins`). A hook made by a factory has no name of its own; it is',
      'shown as `(anonymous, in factory)` with the module that made it. See docs/architecture.md for what a publish',
      "triggers in order. Payload's own field hooks (array row ids, `unique`, email) are left out.",
      '`tests/integration/hook-map.test.ts` fails when this file no longer matches the config.',
    ]
    const entities = [
      ...payload.config.collections.map((c) => ({ kind: 'Collection', slug: c.slug, hooks: c.hooks, fields: c.fields })),
      ...payload.config.globals.map((g) => ({ kind: 'Global', slug: g.slug, hooks: g.hooks, fields: g.fields })),
    ]
    for (const entity of entities) {
      const hooks = await hookTable(locator, entity.hooks as Hooks)
      const fieldHooks = await fieldHookTable(locator, entity.fields)
      if (!hooks.length && !fieldHooks.length) continue
      out.push('', `## ${entity.kind} \`${entity.slug}\``)
      if (hooks.length) out.push('', '| event | # | hook | module |', '|---|---|---|---|', ...hooks)
      if (fieldHooks.length) out.push('', '| field | event | # | hook | module |', '|---|---|---|---|---|', ...fieldHooks)
    }
    return `${out.join('\n')}\n`
  } finally {
    await locator.stop()
  }
}

export const hookMapPath = path.join(projectRoot, 'docs', 'hooks.md')
