/// <reference types="office-js" />
// Nothing the clerk owns is lost in the document. Inserting report sections and updating them runs on a realistic
// report in both Word hosts: the in-memory fake and the Office.js adapter over the mock document. The whole document
// (every paragraph with its runs and formatting, every table cell, every control) is snapshotted before and after,
// with the add-in's `baocao:*` controls standing as their tag: what is outside them must be identical, including
// what the clerk typed just before and after a section. Inside a section, a clerk's hand edit is detected by the
// fingerprints, and an update that leaves the edited sections alone keeps the edit exactly.

// office-addin-mock needs only the OfficeApp names from office-addin-manifest (see wordAdapter.test.ts).
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import type { ReportInput } from '../../src/core/report/input';
import type { ReportSection } from '../../src/core/report/model';
import { buildReport } from '../../src/core/report/sections';
import { tagOf } from '../../src/hosts/word/port';
import { sampleInput } from '../core/report/fixtures';
import { ourTags, paragraphTexts, withoutOurs, type DocSnap } from './snapshot';
import { WORD_HOSTS, type WordHost } from './wordHosts';

let input: ReportInput;
let sections: ReportSection[];
/** The same report after the workbook changed: other cultural-family and learning-family figures. */
let changed: ReportSection[];

beforeAll(async () => {
  input = await sampleInput();
  sections = buildReport(input).sections.filter((s) => !s.omitted);
  const h = input.households;
  if (!h) throw new Error('the sample input has households');
  changed = buildReport({ ...input, households: { ...h, culturalFamily: { registered: 1300, achieved: 1250 }, learningFamily: h.learningFamily + 7 } }).sections.filter((s) => !s.omitted);
});

function pick(list: ReportSection[], id: string): ReportSection {
  const s = list.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

/** Where the clerk's own blocks sit, by their text, for failure messages that name what moved or went. */
const texts = (snap: DocSnap) => paragraphTexts(withoutOurs(snap));

describe.each(WORD_HOSTS)('nothing is lost in %s', (_name, makeHost) => {
  let host: WordHost;
  let original: DocSnap;

  beforeEach(() => {
    host = makeHost();
    original = host.snapshot('tag');
  });

  describe('inserting sections', () => {
    test('after the clerk\'s heading: the section follows it, and every paragraph, run, table and control of the clerk\'s is identical', async () => {
      host.cursorAt('heading');
      await host.port.insertSection(pick(sections, 'van-hoa'));
      const after = host.snapshot('tag');
      expect(texts(after)).toEqual(texts(original));
      expect(withoutOurs(after)).toEqual(original);
      expect(ourTags(after)).toEqual([tagOf('van-hoa')]);
      // Right after "I. KẾT QUẢ ĐẠT ĐƯỢC" (the fifth block).
      expect(after[5]).toEqual({ ours: tagOf('van-hoa') });
    });

    test('into the clerk\'s empty line: the whole report takes that line\'s place, and nothing else of the clerk\'s changes', async () => {
      host.cursorAt('blank');
      await host.port.insertSections(sections);
      const after = host.snapshot('tag');
      // The empty paragraph (the sixth block) is what the clerk pointed at: it becomes the sections. All else stays.
      expect(withoutOurs(after)).toEqual([...original.slice(0, 5), ...original.slice(6)]);
      expect(ourTags(after)).toEqual(sections.map((s) => tagOf(s.id)));
      expect(after.slice(5, 5 + sections.length)).toEqual(sections.map((s) => ({ ours: tagOf(s.id) })));
    });

    test('at the end of the document: the final empty paragraph stays last, outside the sections', async () => {
      host.cursorAt('end');
      await host.port.insertSections(sections.slice(0, 2));
      const after = host.snapshot('tag');
      expect(withoutOurs(after)).toEqual(original);
      expect(after[after.length - 1]).toEqual(original[original.length - 1]);
      expect(after.slice(-3, -1)).toEqual(sections.slice(0, 2).map((s) => ({ ours: tagOf(s.id) })));
    });

    test('with the cursor in the clerk\'s table: after the table, whose cells are untouched', async () => {
      host.cursorAt('tableCell');
      await host.port.insertSection(pick(sections, 'bang-thon'));
      const after = host.snapshot('tag');
      expect(withoutOurs(after)).toEqual(original);
      expect(after[8]).toEqual({ ours: tagOf('bang-thon') });
    });

    test('with the cursor in a control of the clerk\'s own: the clerk\'s control keeps its text and formatting', async () => {
      host.cursorAt('ownControl');
      await host.port.insertSection(pick(sections, 'hoc-tap'));
      const after = host.snapshot('tag');
      expect(withoutOurs(after)).toEqual(original);
      expect(JSON.stringify(after)).toContain(tagOf('hoc-tap'));
    });
  });

  describe('updating sections', () => {
    test('with new figures: everything outside the add-in\'s controls is identical, the clerk\'s lines right before and after a section included', async () => {
      host.cursorAt('heading');
      await host.port.insertSections(sections);
      host.clerkTypesNextTo(tagOf('van-hoa'), 'before', 'Văn thư ghi ngay trước mục văn hóa.');
      host.clerkTypesNextTo(tagOf('van-hoa'), 'after', 'Văn thư ghi ngay sau mục văn hóa.');
      host.clerkTypesNextTo(tagOf('bang-khen-thuong'), 'after', 'Chữ ký: Nguyễn Thị Lan');
      const before = host.snapshot('tag');
      const untouched = host.controlSnapshot(tagOf('khen-thuong'));
      const oldVanHoa = host.controlSnapshot(tagOf('van-hoa'));

      const refreshed = changed.filter((s) => s.id !== 'khen-thuong');
      expect(await host.port.refreshSections(refreshed)).toEqual(refreshed.map((s) => tagOf(s.id)));
      const after = host.snapshot('tag');
      expect(texts(after)).toEqual(texts(before));
      expect(after).toEqual(before);
      // A section not asked for is not touched at all; one asked for did get the new figures.
      expect(host.controlSnapshot(tagOf('khen-thuong'))).toEqual(untouched);
      expect(host.controlSnapshot(tagOf('van-hoa'))).not.toEqual(oldVanHoa);
      expect(JSON.stringify(host.controlSnapshot(tagOf('van-hoa')))).toContain('1.250');
    });

    test('a clerk\'s edit inside a section (a sentence, a table cell, a line typed on) is flagged, also after reopening the document', async () => {
      host.cursorAt('heading');
      await host.port.insertSections(sections);
      expect((await host.port.listSections()).every((s) => s.tracked && !s.edited)).toBe(true);
      host.clerkEditsParagraph(tagOf('ho-ngheo'), 'Toàn xã còn 28 hộ nghèo (văn thư sửa theo số liệu tháng 12).');
      host.clerkEditsTableCell(tagOf('bang-thon'), 2, 2, '999');
      host.clerkTypesInside(tagOf('van-hoa'), 'Văn thư bổ sung: thôn An Lạc đạt 95%.');
      const edited = [tagOf('van-hoa'), tagOf('ho-ngheo'), tagOf('bang-thon')];
      expect((await host.port.listSections()).filter((s) => s.edited).map((s) => s.tag).sort()).toEqual([...edited].sort());
      expect((await host.reopen().listSections()).filter((s) => s.edited).map((s) => s.tag).sort()).toEqual([...edited].sort());
    });

    test('updating only the sections not edited by hand (the pane\'s choice after it asks) keeps every edit exactly', async () => {
      host.cursorAt('heading');
      await host.port.insertSections(sections);
      host.clerkEditsParagraph(tagOf('ho-ngheo'), 'Toàn xã còn 28 hộ nghèo (văn thư sửa).');
      host.clerkEditsTableCell(tagOf('bang-thon'), 2, 2, '999');
      const editedBefore = [host.controlSnapshot(tagOf('ho-ngheo')), host.controlSnapshot(tagOf('bang-thon'))];
      const clerkPart = withoutOurs(host.snapshot('tag'));

      const edited = new Set((await host.port.listSections()).filter((s) => s.edited).map((s) => s.sectionId));
      await host.port.refreshSections(changed.filter((s) => !edited.has(s.id)));
      expect([host.controlSnapshot(tagOf('ho-ngheo')), host.controlSnapshot(tagOf('bang-thon'))]).toEqual(editedBefore);
      expect(withoutOurs(host.snapshot('tag'))).toEqual(clerkPart);
      // Still flagged, so the next update asks again.
      expect((await host.port.listSections()).filter((s) => s.edited).map((s) => s.sectionId).sort()).toEqual(['bang-thon', 'ho-ngheo']);
    });

    test('refreshSections itself does not ask: an edited section it is given is rewritten (the pane lists and asks first)', async () => {
      host.cursorAt('heading');
      await host.port.insertSections(sections);
      host.clerkEditsParagraph(tagOf('ho-ngheo'), 'Toàn xã còn 28 hộ nghèo (văn thư sửa).');
      const clerkPart = withoutOurs(host.snapshot('tag'));
      await host.port.refreshSections([pick(changed, 'ho-ngheo')]);
      expect(JSON.stringify(host.controlSnapshot(tagOf('ho-ngheo')))).not.toContain('văn thư sửa');
      expect((await host.port.listSections()).some((s) => s.edited)).toBe(false);
      expect(withoutOurs(host.snapshot('tag'))).toEqual(clerkPart);
    });
  });
});
