import { RelationTitleCell as RelationTitleCell_c6607f1f26480fc9754945a1237bb7cb } from '../../../../src/desk/admin/RelationTitleCell'
import { SiteSwitcher as SiteSwitcher_4414ca769255e3bf950062dc2240b2e6 } from '../../../../src/desk/admin/SiteSwitcher'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { PasteFromWordClient as PasteFromWordClient_61a266459e56995ddd1a994c890587d6 } from '../../../../src/editor/paste/PasteFromWordClient'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BodyTableClient as BodyTableClient_454738f886ba7b25995d1f4299377d6e } from '../../../../src/editor/table/BodyTableClient'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowActions as WorkflowActions_95738d8a9c78183e97363dbde1e4c4c9 } from '../../../../src/workflowActions/WorkflowActions'
import { PreviewButton as PreviewButton_193fb6f14ba02041f903ca130da46be9 } from '../../../../src/preview/PreviewButton'
import { CollectionCell as CollectionCell_0b69d833bde39c766a9ed37c363f860e } from '../../../../src/audit/admin/CollectionCell'
import { LatenessCell as LatenessCell_6234943e085d2dc5d1867b55a3bebbc3 } from '../../../../src/reposting/admin/LatenessCell'
import { ComplianceLink as ComplianceLink_c59ff0cc1900fbfae20b4e1b3baaa3ef } from '../../../../src/reposting/admin/ComplianceLink'
import { DeadlineCell as DeadlineCell_5bbd9a8f5eb7a3e65cd3f22d1a5c9059 } from '../../../../src/workflowActions/DeadlineCell'
import { DeadlineNoteCell as DeadlineNoteCell_595467cf17df36be9910affaa13415b7 } from '../../../../src/i18n/admin/DeadlineNoteCell'
import { DeadlineNoteField as DeadlineNoteField_249240176fadbc69dbfc8c1508873a30 } from '../../../../src/i18n/admin/DeadlineNoteField'
import { WarningMessageCell as WarningMessageCell_389248b9ce47c73cb40ead668a11d52f } from '../../../../src/monitoring/admin/WarningMessageField'
import { WarningMessageField as WarningMessageField_389248b9ce47c73cb40ead668a11d52f } from '../../../../src/monitoring/admin/WarningMessageField'
import { MessageActions as MessageActions_79d97cc97e4c37eb7ded7d62ef5f4210 } from '../../../../collections/messages/MessageActions'
import { LetterLinks as LetterLinks_93d8c2b9cd563182da0b34e0fd06deda } from '../../../../collections/disclosure-applications/LetterLinks'
import { InitialsAvatar as InitialsAvatar_1f81c97548a15e7e4f78620a92eba104 } from '../../../../src/desk/admin/InitialsAvatar'
import { MonitoringNavLink as MonitoringNavLink_8fd4f075221d0eb3fd390dfe606650fb } from '../../../../src/monitoring/admin/NavLink'
import { MessageStatisticsNavLink as MessageStatisticsNavLink_21fa56e33bbfb11de4481e9def35b65e } from '../../../../src/participation/admin/NavLink'
import { CheckInNavLink as CheckInNavLink_089cc13acab44c8d3b265c8928c41edf } from '../../../../src/participation/admin/CheckInNavLink'
import { Desk as Desk_fd2d884cdbddf55ed0122d0e439e5406 } from '../../../../src/desk/admin/Desk'
import { DeskNavLinks as DeskNavLinks_ee76139f6f1cb6f5225869f135427a00 } from '../../../../src/desk/admin/NavLinks'
import { BulletinView as BulletinView_837200a3dde3a7486649db516403aa7a } from '../../../../src/monitoring/admin/BulletinView'
import { SiteHealthDetail as SiteHealthDetail_f7ce5ff1c90ff8a9e9b7685263f57e42 } from '../../../../src/monitoring/admin/SiteHealthDetail'
import { MonitoringCenter as MonitoringCenter_00809a309c8edec482ecfbcc8d83ad1c } from '../../../../src/monitoring/admin/MonitoringCenter'
import { OverdueView as OverdueView_820c02a9fa6f22f0555c96695b8d178c } from '../../../../src/desk/admin/OverdueView'
import { CheckInView as CheckInView_74de6283765027c19ca8b8683081a2b6 } from '../../../../src/participation/admin/CheckInView'
import { MessageStatisticsView as MessageStatisticsView_57a45a27284cbc70a25162081792e276 } from '../../../../src/participation/admin/MessageStatisticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/desk/admin/RelationTitleCell#RelationTitleCell": RelationTitleCell_c6607f1f26480fc9754945a1237bb7cb,
  "/src/desk/admin/SiteSwitcher#SiteSwitcher": SiteSwitcher_4414ca769255e3bf950062dc2240b2e6,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/editor/paste/PasteFromWordClient#PasteFromWordClient": PasteFromWordClient_61a266459e56995ddd1a994c890587d6,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/editor/table/BodyTableClient#BodyTableClient": BodyTableClient_454738f886ba7b25995d1f4299377d6e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/workflowActions/WorkflowActions#WorkflowActions": WorkflowActions_95738d8a9c78183e97363dbde1e4c4c9,
  "/src/preview/PreviewButton#PreviewButton": PreviewButton_193fb6f14ba02041f903ca130da46be9,
  "/src/audit/admin/CollectionCell#CollectionCell": CollectionCell_0b69d833bde39c766a9ed37c363f860e,
  "/src/reposting/admin/LatenessCell#LatenessCell": LatenessCell_6234943e085d2dc5d1867b55a3bebbc3,
  "/src/reposting/admin/ComplianceLink#ComplianceLink": ComplianceLink_c59ff0cc1900fbfae20b4e1b3baaa3ef,
  "/src/workflowActions/DeadlineCell#DeadlineCell": DeadlineCell_5bbd9a8f5eb7a3e65cd3f22d1a5c9059,
  "/src/i18n/admin/DeadlineNoteCell#DeadlineNoteCell": DeadlineNoteCell_595467cf17df36be9910affaa13415b7,
  "/src/i18n/admin/DeadlineNoteField#DeadlineNoteField": DeadlineNoteField_249240176fadbc69dbfc8c1508873a30,
  "/src/monitoring/admin/WarningMessageField#WarningMessageCell": WarningMessageCell_389248b9ce47c73cb40ead668a11d52f,
  "/src/monitoring/admin/WarningMessageField#WarningMessageField": WarningMessageField_389248b9ce47c73cb40ead668a11d52f,
  "/collections/messages/MessageActions#MessageActions": MessageActions_79d97cc97e4c37eb7ded7d62ef5f4210,
  "/collections/disclosure-applications/LetterLinks#LetterLinks": LetterLinks_93d8c2b9cd563182da0b34e0fd06deda,
  "/src/desk/admin/InitialsAvatar#InitialsAvatar": InitialsAvatar_1f81c97548a15e7e4f78620a92eba104,
  "/src/monitoring/admin/NavLink#MonitoringNavLink": MonitoringNavLink_8fd4f075221d0eb3fd390dfe606650fb,
  "/src/participation/admin/NavLink#MessageStatisticsNavLink": MessageStatisticsNavLink_21fa56e33bbfb11de4481e9def35b65e,
  "/src/participation/admin/CheckInNavLink#CheckInNavLink": CheckInNavLink_089cc13acab44c8d3b265c8928c41edf,
  "/src/desk/admin/Desk#Desk": Desk_fd2d884cdbddf55ed0122d0e439e5406,
  "/src/desk/admin/NavLinks#DeskNavLinks": DeskNavLinks_ee76139f6f1cb6f5225869f135427a00,
  "/src/monitoring/admin/BulletinView#BulletinView": BulletinView_837200a3dde3a7486649db516403aa7a,
  "/src/monitoring/admin/SiteHealthDetail#SiteHealthDetail": SiteHealthDetail_f7ce5ff1c90ff8a9e9b7685263f57e42,
  "/src/monitoring/admin/MonitoringCenter#MonitoringCenter": MonitoringCenter_00809a309c8edec482ecfbcc8d83ad1c,
  "/src/desk/admin/OverdueView#OverdueView": OverdueView_820c02a9fa6f22f0555c96695b8d178c,
  "/src/participation/admin/CheckInView#CheckInView": CheckInView_74de6283765027c19ca8b8683081a2b6,
  "/src/participation/admin/MessageStatisticsView#MessageStatisticsView": MessageStatisticsView_57a45a27284cbc70a25162081792e276,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
