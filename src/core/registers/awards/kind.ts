// The awards register (and the award proposal list) as a register kind.
import { checkTotals, type SummedFigure } from '../../rules/totals';
import { issueAt } from '../../rules/issue';
import { fold, matchKey } from '../../text/normalize';
import { duplicateAt, duplicateSet, fieldCells, type AwardRegister, type RegisterKindModule } from '../kind';
import { readAwards } from './read';
import { awardRules } from './rules';
import type { AwardRecord } from './schema';
import type { RegisterLayout } from '../../layout/detect';

const awardFigures = (reg: AwardRegister): Array<SummedFigure<AwardRecord>> =>
  'amount' in reg.layout.columns ? [{ field: 'amount', c: reg.layout.columns.amount - reg.grid.originColumn, money: true, sum: (rs) => rs.reduce((s, r) => s + (r.amount !== null && r.amount > 0 ? r.amount : 0), 0) }] : [];

/**
 * A list of awards proposed, not yet given (DOMAIN.md §3): its title says "đề nghị", "tờ trình" or "đăng ký". A list
 * without decision columns is not taken for one on that alone: registers of awards given often omit them.
 */
export function isProposalList(layout: RegisterLayout): boolean {
  return layout.titleText.some((t) => /\b(de nghi|to trinh|dang ky)\b/.test(fold(t)));
}

export const awardKind: RegisterKindModule<AwardRegister> = {
  id: 'awards',
  read: ({ file, grid, layout, codes }) => {
    const issues: AwardRegister['issues'] = [];
    const proposal = isProposalList(layout);
    const records = readAwards(grid, layout, issues, codes);
    // A proposal may name no form yet: its empty form cells are not missing values.
    const kept = proposal ? issues.filter((i) => !(i.field === 'form' && i.code === 'value.required')) : issues;
    return { kind: 'awards', file, grid, layout, issues: kept, proposal, records };
  },
  validate(reg, ctx) {
    const cells = fieldCells(reg);
    for (const rec of reg.records) {
      awardRules(rec, { year: ctx.year, cells, baseSalary: ctx.profile?.overrides?.baseSalary }, reg.issues);
      ctx.tick();
    }
    checkTotals(reg.grid, reg.layout.body, reg.records, awardFigures(reg), reg.issues);
  },
  duplicates: (reg) => {
    const cells = fieldCells(reg);
    return duplicateSet(
      'awards',
      reg.records,
      [
        (rec) =>
          rec.recipientName && (rec.form ?? rec.formText)
            ? [matchKey(rec.recipientName), rec.form ?? rec.formText, fold(rec.authorityText ?? ''), fold(rec.decisionNo ?? ''), rec.decisionDate ? `${rec.decisionDate.y}-${rec.decisionDate.m}-${rec.decisionDate.d}` : '', reg.proposal ? 'proposal' : ''].join('|')
            : null,
      ],
      (rec, earlier) => {
        const at = duplicateAt('duplicate.award', earlier);
        return issueAt('row.duplicate', 'warning', cells.ref(rec, 'recipientName'), 'recipientName', at.key, cells.raw(rec, 'recipientName'), at.params);
      },
    );
  },
};
