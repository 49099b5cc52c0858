'use client'
import { INSERT_TABLE_COMMAND, TableCellNode, TableNode, TableRowNode } from '@lexical/table'
import { FieldsDrawer, useEditorConfigContext, useLexicalDrawer } from '@payloadcms/richtext-lexical/client'
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { TablePlugin } from '@payloadcms/richtext-lexical/lexical/react/LexicalTablePlugin'
import { formatDrawerSlug, useEditDepth, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { say } from '../../i18n/adminText'

/** Opens the 插入表格 drawer at the caret. */
export const OPEN_TABLE_INSERT = createCommand<void>('ZQ_OPEN_TABLE_INSERT')

/**
 * 插入表格: a drawer asking for the numbers of rows and columns (the fields of BodyTableFeature's schema map,
 * labelled there), then a table with a header row and a header column at the caret. Also mounts Lexical's table
 * behaviour (cell selection, merging, sideways scrolling of wide tables).
 */
export function TableInsertPlugin() {
  const [editor] = useLexicalComposerContext()
  const { i18n } = useTranslation()
  const editDepth = useEditDepth()
  const { fieldProps, uuid } = useEditorConfigContext()
  const drawerSlug = formatDrawerSlug({ slug: `zq-table-insert-${uuid}`, depth: editDepth })
  // `true`: the caret is put back only after the drawer has closed, so the table lands where the caret was.
  const { toggleDrawer } = useLexicalDrawer(drawerSlug, true)

  useEffect(() => {
    if (!editor.hasNodes([TableNode, TableRowNode, TableCellNode]))
      throw new Error('TableInsertPlugin: the table nodes are not registered')
    return editor.registerCommand(
      OPEN_TABLE_INSERT,
      () => {
        // Without a caret there is nowhere to insert (an image or a block is selected).
        const atCaret = editor.getEditorState().read(() => $isRangeSelection($getSelection()))
        if (atCaret) toggleDrawer()
        return true
      },
      COMMAND_PRIORITY_EDITOR,
    )
  }, [editor, toggleDrawer])

  return (
    <>
      <FieldsDrawer
        drawerSlug={drawerSlug}
        drawerTitle={say(i18n, 'zqTable:create')}
        featureKey="experimental_table"
        schemaPath={fieldProps.schemaPath}
        schemaPathSuffix="fields"
        handleDrawerSubmit={(_fields, data) => {
          if (!data.rows || !data.columns) return
          editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: String(data.rows), columns: String(data.columns) })
        }}
      />
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasHorizontalScroll />
    </>
  )
}
