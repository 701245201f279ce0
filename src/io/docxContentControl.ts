/** A block-level content control (`w:sdt` in the body) around one report section's paragraphs and tables.
 *
 *  The tag `baocao:<section-id>` is how a later refresh finds the section again in a document the clerk has edited
 *  around it (Word keeps tags through editing, copy and save); the alias is the title Word shows on the control.
 *  The `docx` package writes `w:sdt` only for its table of contents and check boxes, so this is built from its
 *  exported base classes. */
import { FileChild, NumberValueElement, Paragraph, StringValueElement, Table, XmlComponent } from 'docx';

export interface ContentControlOptions {
  /** `w:tag`: the machine-readable key, e.g. "baocao:van-hoa". */
  tag: string;
  /** `w:alias`: the friendly name Word shows on the control's title bar. */
  alias: string;
  /** `w:id`: unique within the document (Word renumbers duplicates, which would be harmless but noisy). */
  id: number;
  /** The section's block content, in order. */
  children: readonly (Paragraph | Table)[];
}

/** `w:sdtPr`, with its children in the schema's order (alias, tag, id) which Word itself writes and validates. */
class SdtProperties extends XmlComponent {
  constructor({ tag, alias, id }: Pick<ContentControlOptions, 'tag' | 'alias' | 'id'>) {
    super('w:sdtPr');
    this.root.push(new StringValueElement('w:alias', alias));
    this.root.push(new StringValueElement('w:tag', tag));
    this.root.push(new NumberValueElement('w:id', id));
  }
}

/** `w:sdtContent`: the block-level children, serialised by docx exactly as it would at body level. */
class SdtContent extends XmlComponent {
  constructor(children: readonly (Paragraph | Table)[]) {
    super('w:sdtContent');
    for (const child of children) this.root.push(child);
  }
}

/** `w:sdt` at body level. It extends docx's exported `FileChild` (not just `XmlComponent`) because `FileChild`
 *  is the type `Document` sections accept as children; subclassing it keeps the typing honest without a cast. */
export class BlockContentControl extends FileChild {
  constructor(options: ContentControlOptions) {
    super('w:sdt');
    this.root.push(new SdtProperties(options));
    this.root.push(new SdtContent(options.children));
  }
}
