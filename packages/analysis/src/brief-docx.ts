import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Brief, BriefBlock, BriefStatement } from "./brief";

/**
 * The brief as a Word document (Office Open XML, via the docx package) with real footnotes: each
 * statement's notes are Word footnote references whose text is the Chicago citation, so they
 * renumber and move with the text in Word. Tables stay tables; charts are left to the HTML
 * rendering. Resolves to the bytes of the .docx file.
 */
export async function briefDocx(b: Brief): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const n of b.notes) {
    const runs = n.citation.map((r) => new TextRun({ text: r.text, italics: r.italic === true }));
    if (n.quote !== undefined) runs.push(new TextRun({ text: ` Quoted: \u201c${n.quote}\u201d` }));
    footnotes[n.number] = { children: [new Paragraph({ children: runs })] };
  }
  const children: (Paragraph | Table)[] = [];
  children.push(new Paragraph({ text: b.title, heading: HeadingLevel.TITLE }));
  children.push(
    new Paragraph({
      children: [
        new TextRun({
          text: `Brief of ${b.date}.${b.filter.length > 0 ? ` Filter: ${b.filter.join("; ")}.` : ""}`,
          italics: true,
        }),
      ],
    }),
  );
  for (const s of b.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }));
    for (const block of s.blocks) children.push(...blockDocx(block));
  }
  const doc = new Document({
    creator: "Parley",
    title: b.title,
    footnotes,
    sections: [{ children }],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer);
}

function blockDocx(block: BriefBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
    case "paragraph":
      return [
        new Paragraph({ children: block.statements.flatMap((s, i) => runs(s, i > 0 ? " " : "")) }),
      ];
    case "list":
      return block.items.map(
        (item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }),
      );
    case "table":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.header.map(
                (h) =>
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })],
                  }),
              ),
            }),
            ...block.rows.map(
              (r) =>
                new TableRow({
                  children: r.map(
                    (c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] }),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({
          children: [new TextRun({ text: block.caption, italics: true, size: 18 })],
        }),
      ];
    case "chart":
      return [];
  }
}

function runs(s: BriefStatement, lead = ""): (TextRun | FootnoteReferenceRun)[] {
  return [
    new TextRun({ text: `${lead}${s.text}` }),
    ...s.notes.map((n) => new FootnoteReferenceRun(n)),
  ];
}
