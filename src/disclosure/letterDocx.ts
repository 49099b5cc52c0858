import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import type { Letter } from './letters'

const size = 32 // half-points: 16 pt, 三号
const run = (text: string, font = '仿宋_GB2312') => new TextRun({ text, font: { eastAsia: font, ascii: font }, size })

/** The reply letter as a Word document (A4, 仿宋 三号, 2-character first-line indent), for signing and sealing. */
export async function letterDocx(letter: Letter): Promise<Buffer> {
  const line = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED, indent = true) =>
    new Paragraph({ alignment, indent: indent ? { firstLine: 640 } : undefined, spacing: { line: 560 }, children: [run(text)] })
  const document = new Document({
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: letter.title, font: { eastAsia: '方正小标宋简体' }, size: 44 })] }),
          line(letter.reference, AlignmentType.RIGHT, false),
          line(letter.addressee, AlignmentType.LEFT, false),
          ...letter.paragraphs.map((p) => line(p)),
          new Paragraph({ spacing: { before: 800 }, alignment: AlignmentType.RIGHT, children: [run(letter.sender)] }),
          line(letter.date, AlignmentType.RIGHT, false),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
