import type { DataCategory, Purpose } from '../../model/activity';
import { legalBasisLabel } from '../art30/catalogue-labels';
import { missing, section, type NoticeContext } from './context';
import { needsLegitimateInterest } from './legal-facts';
import { fillRuns, list, paragraph, type RunInput } from './rich-text';
import type { NoticeSection } from './types';

/** Elements 3, 4 and 5: purposes with their legal bases, legitimate interests, categories of data (Art. 14). */

function basesText(purpose: Purpose, ctx: NoticeContext): RunInput {
  if (purpose.legalBases.length === 0) return missing(ctx, 'legal_basis');
  return purpose.legalBases.map((basis) => legalBasisLabel(basis, ctx.language)).join('; ');
}

export function purposesSection(purposes: Purpose[], ctx: NoticeContext, missingCode: 'purposes' | 'channel_activities' = 'purposes'): NoticeSection {
  if (purposes.length === 0) return section(ctx, 'purposes', [paragraph(missing(ctx, missingCode))]);
  const items = purposes.map((purpose) => fillRuns(ctx.t.purposes.item, { purpose: purpose.description, bases: basesText(purpose, ctx) }));
  return section(ctx, 'purposes', [paragraph(ctx.t.purposes.intro), list(items)]);
}

/** Only when a purpose relies on legitimate interests (Art. 13(1)(d) / 14(2)(b)); null otherwise. */
export function legitimateInterestsSection(purposes: Purpose[], ctx: NoticeContext): NoticeSection | null {
  const relevant = purposes.filter((purpose) => purpose.legalBases.some((basis) => needsLegitimateInterest(basis.code)));
  if (relevant.length === 0) return null;
  const items = relevant.map((purpose) =>
    fillRuns(ctx.t.interests.item, {
      purpose: purpose.description,
      interest: purpose.legitimateInterest.trim() || missing(ctx, 'legitimate_interest'),
    }),
  );
  return section(ctx, 'legitimate_interests', [paragraph(ctx.t.interests.intro), list(items)]);
}

function categoryItem(category: DataCategory, ctx: NoticeContext): RunInput {
  if (category.special === 'art9') return fillRuns(ctx.t.categories.art9, { label: category.label });
  if (category.special === 'art10') return fillRuns(ctx.t.categories.art10, { label: category.label });
  return category.label;
}

/** Art. 14(1)(d): the categories of personal data concerned. */
export function dataCategoriesSection(categories: DataCategory[], ctx: NoticeContext): NoticeSection {
  if (categories.length === 0) return section(ctx, 'data_categories', [paragraph(missing(ctx, 'data_categories'))]);
  return section(ctx, 'data_categories', [paragraph(ctx.t.categories.intro), list(categories.map((c) => categoryItem(c, ctx)))]);
}
