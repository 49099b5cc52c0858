'use client'
import {
  $getTableCellNodeFromLexicalNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table'
import { $getNearestNodeFromDOMNode } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useLexicalEditable } from '@payloadcms/richtext-lexical/lexical/react/useLexicalEditable'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { say } from '../../i18n/adminText'

/**
 * 添加一行 / 添加一列: while the pointer is over a table's last row (or last column), a bar under the table (or to its
 * right) appends a row (or a column). Drawn with the classes of Payload's editor theme, which style them as "+" bars.
 */
const ROW_BAR = 'LexicalEditorTheme__tableAddRows'
const COLUMN_BAR = 'LexicalEditorTheme__tableAddColumns'
const BAR = 20
const GAP = 4

type Bar = { cell: HTMLTableCellElement; left: number; top: number; width: number; height: number }

export function TableAddButtons({ anchorElem }: { anchorElem: HTMLElement }) {
  const editable = useLexicalEditable()
  return editable ? createPortal(<AddBars anchorElem={anchorElem} />, anchorElem) : null
}

function AddBars({ anchorElem }: { anchorElem: HTMLElement }) {
  const [editor] = useLexicalComposerContext()
  const { i18n } = useTranslation()
  const [row, setRow] = useState<Bar | null>(null)
  const [column, setColumn] = useState<Bar | null>(null)
  const frame = useRef<number | undefined>(undefined)

  useEffect(() => {
    const follow = (event: MouseEvent) => {
      if (frame.current !== undefined) return
      frame.current = requestAnimationFrame(() => {
        frame.current = undefined
        const target = event.target instanceof Element ? event.target : null
        // Over a bar: keep it, or the bar would vanish as the pointer reaches it.
        if (target?.closest(`.${ROW_BAR}, .${COLUMN_BAR}`)) return
        const root = editor.getRootElement()
        const cell = target?.closest<HTMLTableCellElement>('td, th') ?? null
        if (!root || !cell || !root.contains(cell)) {
          setRow(null)
          setColumn(null)
          return
        }
        const table = cell.closest('table')
        const tableRow = cell.parentElement as HTMLTableRowElement | null
        if (!table || !tableRow) return
        // The visible part of the table: a wide one scrolls sideways inside its wrapper.
        const box = table.getBoundingClientRect()
        const wrapper = table.parentElement?.getBoundingClientRect() ?? box
        const right = Math.min(box.right, wrapper.right)
        const layer = anchorElem.getBoundingClientRect()
        const rows = table.rows
        const inLastRow = rows[rows.length - 1] === tableRow || tableRow.rowIndex + cell.rowSpan >= rows.length
        const inLastColumn = cell === tableRow.cells[tableRow.cells.length - 1]
        setRow(
          inLastRow
            ? {
                cell,
                left: box.left - layer.left,
                top: box.bottom - layer.top + GAP,
                width: right - box.left,
                height: BAR,
              }
            : null,
        )
        setColumn(
          inLastColumn
            ? { cell, left: right - layer.left + GAP, top: box.top - layer.top, width: BAR, height: box.height }
            : null,
        )
      })
    }
    document.addEventListener('mousemove', follow)
    return () => {
      document.removeEventListener('mousemove', follow)
      if (frame.current !== undefined) cancelAnimationFrame(frame.current)
    }
  }, [editor, anchorElem])

  const add = (bar: Bar, what: 'row' | 'column') => {
    editor.update(() => {
      const node = $getNearestNodeFromDOMNode(bar.cell)
      const cell = node && $getTableCellNodeFromLexicalNode(node)
      if (!cell) return
      cell.selectEnd()
      if (what === 'row') $insertTableRowAtSelection(true)
      else $insertTableColumnAtSelection(true)
    })
    setRow(null)
    setColumn(null)
  }

  const style = (bar: Bar) => ({ left: bar.left, top: bar.top, width: bar.width, height: bar.height })
  return (
    <>
      {row && (
        <button
          type="button"
          className={ROW_BAR}
          style={style(row)}
          aria-label={say(i18n, 'zqTable:addRow')}
          title={say(i18n, 'zqTable:addRow')}
          onClick={() => add(row, 'row')}
        />
      )}
      {column && (
        <button
          type="button"
          className={COLUMN_BAR}
          style={style(column)}
          aria-label={say(i18n, 'zqTable:addColumn')}
          title={say(i18n, 'zqTable:addColumn')}
          onClick={() => add(column, 'column')}
        />
      )}
    </>
  )
}
