'use client'
import {
  $computeTableMap,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $getTableRowIndexFromTableCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  $mergeCells,
  $setTableColumnIsHeader,
  $setTableRowIsHeader,
  $unmergeCell,
  TableCellHeaderStates,
  type TableCellNode,
} from '@lexical/table'
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  type LexicalEditor,
  type NodeKey,
  SELECTION_CHANGE_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useLexicalEditable } from '@payloadcms/richtext-lexical/lexical/react/useLexicalEditable'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { type AdminTextKey, say } from '../../i18n/adminText'

/**
 * 单元格操作: a small button at the corner of the cell holding the caret (or the first cell of a cell selection),
 * opening a menu to insert and delete rows and columns, merge and split cells, switch header rows and columns and
 * delete the table. Row striping and a frozen first column, which Payload's menu also offers, are left out: the
 * public pages draw neither (src/render/richText.ts keeps only the table's structure).
 */

/** Where the caret's cell is, relative to the editor's floating layer, and what the menu may offer for it. */
type CellAt = {
  key: NodeKey
  top: number
  right: number
  /** Selected rows and columns (1 × 1 with a caret): the insert entries add as many. */
  rows: number
  columns: number
  canMerge: boolean
  canSplit: boolean
  rowHeader: boolean
  columnHeader: boolean
}

function $cellAt(editor: LexicalEditor, anchorElem: HTMLElement): CellAt | null {
  const selection = $getSelection()
  let cell: TableCellNode | null = null
  let rows = 1
  let columns = 1
  let canMerge = false
  if ($isRangeSelection(selection)) {
    // Only while the editor has the focus: a selection left behind when the user moved on shows no button.
    const root = editor.getRootElement()
    const native = window.getSelection()
    if (!root || !native?.anchorNode || !root.contains(native.anchorNode)) return null
    cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode())
  } else if ($isTableSelection(selection)) {
    cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode())
    const shape = selection.getShape()
    rows = shape.toY - shape.fromY + 1
    columns = shape.toX - shape.fromX + 1
    canMerge = rows * columns > 1
  }
  if (!$isTableCellNode(cell) || !cell.isAttached()) return null
  const element = editor.getElementByKey(cell.getKey())
  if (!element) return null
  const cellBox = element.getBoundingClientRect()
  const layer = anchorElem.getBoundingClientRect()
  return {
    key: cell.getKey(),
    top: cellBox.top - layer.top,
    right: cellBox.right - layer.left,
    rows,
    columns,
    canMerge,
    canSplit: !canMerge && (cell.getColSpan() > 1 || cell.getRowSpan() > 1),
    rowHeader: cell.hasHeaderState(TableCellHeaderStates.ROW),
    columnHeader: cell.hasHeaderState(TableCellHeaderStates.COLUMN),
  }
}

export function TableCellMenuPlugin({ anchorElem }: { anchorElem: HTMLElement }) {
  const editable = useLexicalEditable()
  return editable ? createPortal(<CellButton anchorElem={anchorElem} />, anchorElem) : null
}

function CellButton({ anchorElem }: { anchorElem: HTMLElement }) {
  const [editor] = useLexicalComposerContext()
  const { i18n } = useTranslation()
  const [cell, setCell] = useState<CellAt | null>(null)
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    // After the update has been drawn, so the cell's box is where the user sees it.
    let pending: ReturnType<typeof setTimeout> | undefined
    const place = () => {
      pending = undefined
      setCell(editor.getEditorState().read(() => $cellAt(editor, anchorElem)))
    }
    const soon = () => {
      pending ??= setTimeout(place, 0)
      return false
    }
    return mergeRegister(
      editor.registerUpdateListener(soon),
      editor.registerCommand(SELECTION_CHANGE_COMMAND, soon, COMMAND_PRIORITY_CRITICAL),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('pointerup', soon)
        root?.addEventListener('pointerup', soon)
      }),
      () => clearTimeout(pending),
    )
  }, [editor, anchorElem])

  // Another cell, another menu.
  const cellKey = cell?.key
  // biome-ignore lint/correctness/useExhaustiveDependencies: closes when the caret moves to another cell
  useEffect(() => setOpen(false), [cellKey])

  if (!cell) return null
  const text = (key: AdminTextKey, count?: number) => say(i18n, key, count === undefined ? undefined : { count })
  return (
    <div
      className="table-cell-action-button-container table-cell-action-button-container--active"
      style={{ transform: `translate(${cell.right}px, ${cell.top}px)` }}
    >
      <button
        ref={button}
        type="button"
        className="table-cell-action-button zq-table-cell-menu-button"
        aria-label={text('zqTable:cellMenu')}
        title={text('zqTable:cellMenu')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation()
          setOpen(!open)
        }}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open && <CellMenu editor={editor} cell={cell} button={button} text={text} close={() => setOpen(false)} />}
    </div>
  )
}

type Action = { id: string; label: string; run: () => void } | 'rule'

function CellMenu({
  editor,
  cell,
  button,
  text,
  close,
}: {
  editor: LexicalEditor
  cell: CellAt
  button: React.RefObject<HTMLButtonElement | null>
  text: (key: AdminTextKey, count?: number) => string
  close: () => void
}) {
  const menu = useRef<HTMLDivElement>(null)

  // Beside the button, on whichever side and height keeps the menu inside the window.
  useLayoutEffect(() => {
    const box = menu.current
    const anchor = button.current?.getBoundingClientRect()
    if (!box || !anchor) return
    const { width, height } = box.getBoundingClientRect()
    const gap = 4
    const left =
      anchor.right + gap + width <= window.innerWidth ? anchor.right + gap : Math.max(gap, anchor.left - gap - width)
    const top = Math.max(gap, Math.min(anchor.top, window.innerHeight - height - gap))
    box.style.left = `${left}px`
    box.style.top = `${top}px`
  }, [button])

  useEffect(() => {
    const outside = (event: MouseEvent) => {
      const target = event.target as Node | null
      if (target && !menu.current?.contains(target) && !button.current?.contains(target)) close()
    }
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close()
    }
    window.addEventListener('click', outside)
    window.addEventListener('keydown', onEscape)
    return () => {
      window.removeEventListener('click', outside)
      window.removeEventListener('keydown', onEscape)
    }
  }, [button, close])

  /** Runs an edit on the menu's cell, then closes the menu. */
  const onCell = (edit: (node: TableCellNode) => void) => () => {
    editor.update(() => {
      const node = $getNodeByKey(cell.key)
      if ($isTableCellNode(node) && node.isAttached()) edit(node)
    })
    close()
  }
  const repeat = (times: number, edit: () => void) => {
    for (let i = 0; i < times; i++) edit()
  }
  const plural = (one: AdminTextKey, many: AdminTextKey, count: number) => (count > 1 ? text(many, count) : text(one))

  const actions: Action[] = [
    ...(cell.canMerge
      ? [
          {
            id: 'merge',
            label: text('zqTable:mergeCells'),
            run: onCell(() => {
              const selection = $getSelection()
              if (!$isTableSelection(selection)) return
              $mergeCells(selection.getNodes().filter($isTableCellNode))?.selectEnd()
            }),
          },
          'rule' as const,
        ]
      : []),
    ...(cell.canSplit
      ? [{ id: 'split', label: text('zqTable:unmergeCells'), run: onCell(() => $unmergeCell()) }, 'rule' as const]
      : []),
    {
      id: 'row-above',
      label: plural('zqTable:rowAbove', 'zqTable:rowsAbove', cell.rows),
      run: onCell(() => repeat(cell.rows, () => $insertTableRowAtSelection(false))),
    },
    {
      id: 'row-below',
      label: plural('zqTable:rowBelow', 'zqTable:rowsBelow', cell.rows),
      run: onCell(() => repeat(cell.rows, () => $insertTableRowAtSelection(true))),
    },
    'rule',
    {
      id: 'column-left',
      label: plural('zqTable:columnLeft', 'zqTable:columnsLeft', cell.columns),
      run: onCell(() => repeat(cell.columns, () => $insertTableColumnAtSelection(false))),
    },
    {
      id: 'column-right',
      label: plural('zqTable:columnRight', 'zqTable:columnsRight', cell.columns),
      run: onCell(() => repeat(cell.columns, () => $insertTableColumnAtSelection(true))),
    },
    'rule',
    { id: 'delete-row', label: text('zqTable:deleteRow'), run: onCell(() => $deleteTableRowAtSelection()) },
    { id: 'delete-column', label: text('zqTable:deleteColumn'), run: onCell(() => $deleteTableColumnAtSelection()) },
    {
      id: 'delete-table',
      label: text('zqTable:deleteTable'),
      run: onCell((node) => {
        $getTableNodeFromLexicalNodeOrThrow(node).remove()
        $setSelection(null)
      }),
    },
    'rule',
    {
      id: 'row-header',
      label: text(cell.rowHeader ? 'zqTable:removeRowHeader' : 'zqTable:addRowHeader'),
      run: onCell((node) => {
        const table = $getTableNodeFromLexicalNodeOrThrow(node)
        $setTableRowIsHeader(table, $getTableRowIndexFromTableCellNode(node), !cell.rowHeader)
        node.selectEnd()
      }),
    },
    {
      id: 'column-header',
      label: text(cell.columnHeader ? 'zqTable:removeColumnHeader' : 'zqTable:addColumnHeader'),
      run: onCell((node) => {
        const table = $getTableNodeFromLexicalNodeOrThrow(node)
        // The grid column, which differs from the cell's place in its row when cells to its left are merged.
        const [, place] = $computeTableMap(table, node, node)
        $setTableColumnIsHeader(table, place.startColumn, !cell.columnHeader)
        node.selectEnd()
      }),
    },
  ]

  return createPortal(
    <div ref={menu} role="menu" className="table-action-menu-dropdown zq-table-cell-menu">
      {actions.map(
        (action, index): ReactNode =>
          action === 'rule' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: separators have nothing else to tell them apart
            <hr key={`rule-${index}`} />
          ) : (
            <button
              key={action.id}
              type="button"
              role="menuitem"
              className="item"
              data-table-action={action.id}
              onClick={action.run}
            >
              <span className="text">{action.label}</span>
            </button>
          ),
      )}
    </div>,
    document.body,
  )
}
