'use client'
import {
  createClientFeature,
  slashMenuBasicGroupWithItems,
  TableFeatureClient,
  toolbarAddDropdownGroupWithItems,
} from '@payloadcms/richtext-lexical/client'
import { say } from '../../i18n/adminText'
import { TableAddButtons } from './TableAddButtons'
import { TableCellMenuPlugin } from './TableCellMenuPlugin'
import { OPEN_TABLE_INSERT, TableInsertPlugin } from './TableInsertPlugin'

/**
 * The body editor's tables on the client. Payload's own client feature supplies what holds no words (the nodes,
 * the Markdown transformer, column resizing); the insert drawer, the slash-menu and toolbar entries, the cell menu
 * and the bars that add a row or a column (Payload's are labelled "Add Row" for screen readers) are ours, in the
 * admin's language.
 */
const payloadFeature = TableFeatureClient(undefined).feature
if (typeof payloadFeature === 'function')
  throw new Error('Payload’s table client feature is no longer static: recheck src/editor/table')

// Payload's plugins, in its order: the insert drawer, column resizing, the cell menu, the hover buttons.
const payloadPlugins = payloadFeature.plugins ?? []
const expectedPositions = ['normal', 'normal', 'floatingAnchorElem', 'floatingAnchorElem']
if (payloadPlugins.map((plugin) => plugin.position).join() !== expectedPositions.join())
  throw new Error('Payload’s table plugins changed: recheck which ones src/editor/table/BodyTableClient.tsx keeps')
const columnResizer = payloadPlugins[1]

// Payload's table icon (not exported on its own) from its slash-menu entry.
const payloadIcon = payloadFeature.slashMenu?.groups?.[0]?.items?.[0]?.Icon
if (!payloadIcon)
  throw new Error('Payload’s table slash-menu entry changed: recheck src/editor/table/BodyTableClient.tsx')

const label = ({ i18n }: { i18n: { t: (key: never) => string } }) => say(i18n, 'zqTable:insert')

export const BodyTableClient = createClientFeature({
  nodes: payloadFeature.nodes,
  markdownTransformers: payloadFeature.markdownTransformers,
  plugins: [
    { Component: TableInsertPlugin, position: 'normal' },
    columnResizer!,
    { Component: TableCellMenuPlugin, position: 'floatingAnchorElem' },
    { Component: TableAddButtons, position: 'floatingAnchorElem' },
  ],
  slashMenu: {
    groups: [
      slashMenuBasicGroupWithItems([
        {
          Icon: payloadIcon,
          key: 'table',
          // Matched against what follows the slash: Latin and pinyin for a Chinese keyboard in Latin mode.
          keywords: ['table', 'biaoge', 'bg', '表格'],
          label,
          onSelect: ({ editor }) => {
            editor.dispatchCommand(OPEN_TABLE_INSERT, undefined)
          },
        },
      ]),
    ],
  },
  toolbarFixed: {
    groups: [
      toolbarAddDropdownGroupWithItems([
        {
          ChildComponent: payloadIcon,
          key: 'table',
          label,
          onSelect: ({ editor }) => {
            editor.dispatchCommand(OPEN_TABLE_INSERT, undefined)
          },
        },
      ]),
    ],
  },
})
