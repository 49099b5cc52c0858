import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { pngImage } from './fixtures'

/**
 * Three government documents as an agency drafts them in Word or WPS, built at test time with `docx`:
 * a 通知 with 一、（一）1. numbering and bold lead sentences, a 公告 with a table under a header row, and a
 * 报告 with an embedded PNG. 一、 and （一） are typed (as 公文 are), the "1." items are Word's own numbering.
 */

export type GovernmentDocx = { name: string; title: string; buffer: Buffer }

const body = (text: string) => new Paragraph({ children: [new TextRun(text)] })
const title = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(text)] })
const section = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] })
const lead = (bold: string, rest: string) => new Paragraph({ children: [new TextRun({ text: bold, bold: true }), new TextRun(rest)] })
const numbered = (text: string) => new Paragraph({ numbering: { reference: 'items', level: 0 }, children: [new TextRun(text)] })

const numbering = {
  config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
}

const pack = async (name: string, heading: string, children: (Paragraph | Table)[]): Promise<GovernmentDocx> => ({
  name,
  title: heading,
  buffer: await Packer.toBuffer(new Document({ numbering, sections: [{ children: [title(heading), ...children] }] })),
})

export async function noticeDocx(): Promise<GovernmentDocx> {
  return pack('notice', '关于做好政务公开重点工作的通知', [
    body('宁政办发〔2026〕45号'),
    body('各市、县（区）人民政府，自治区政府各部门：'),
    section('一、总体要求'),
    lead('（一）加强组织领导。', '各地区各部门要把政务公开工作摆上重要位置，明确分管负责同志。'),
    lead('（二）完善工作机制。', '建立健全信息发布协调机制。'),
    section('二、重点任务'),
    numbered('推进决策公开。'),
    numbered('深化政策解读。'),
    numbered('回应社会关切。'),
    body('自治区人民政府办公厅'),
  ])
}

export async function announcementDocx(): Promise<GovernmentDocx> {
  const cell = (text: string, bold = false) =>
    new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  const rows = [
    ['单位', '联系人', '联系电话'],
    ['自治区发展改革委', '王明', '0951-5011001'],
    ['自治区教育厅', '李华', '0951-5011002'],
    ['自治区财政厅', '赵强', '0951-5011003'],
    ['自治区人力资源社会保障厅', '马丽', '0951-5011004'],
  ]
  const table = new Table({
    rows: rows.map((row, i) => new TableRow({ ...(i === 0 ? { tableHeader: true } : {}), children: row.map((text) => cell(text, i === 0)) })),
  })
  return pack('announcement', '关于公布政务公开工作联系人名单的公告', [
    body('现将各部门政务公开工作联系人名单公告如下：'),
    table,
    body('特此公告。'),
  ])
}

export async function reportDocx(): Promise<GovernmentDocx> {
  const png = await pngImage(320, 200)
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: 320, height: 200 },
    altText: { name: 'photo', title: '政务服务大厅', description: '自治区政务服务大厅办事群众排队办理业务' },
  })
  return pack('report', '2026年度政务公开工作情况报告', [
    section('一、总体情况'),
    body('全年主动公开政府信息一万余条，办理依申请公开三百余件。'),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }),
    body('图为自治区政务服务大厅。'),
    section('二、存在的不足'),
    body('部分栏目更新不够及时。'),
  ])
}

export const governmentDocuments = (): Promise<GovernmentDocx[]> => Promise.all([noticeDocx(), announcementDocx(), reportDocx()])
