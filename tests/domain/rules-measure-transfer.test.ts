import { describe, expect, it } from 'vitest';
import { ACTIVITY_TEMPLATES, TOM_CATALOGUE } from '../../domain/catalogues';
import { REGISTER_TEMPLATES, RegisterTemplateSchema } from '../../domain/catalogues/register-templates';
import { measureFromCatalogue, planMeasureTransfer, remapMeasureIds, type PortableMeasure } from '../../domain/rules/measure-transfer';
import { registerContentFromTemplate } from '../../domain/rules/template-instantiation';

const custom = (id: string, title: string): PortableMeasure => ({
  id,
  catalogueId: '',
  title,
  description: '',
  art32Group: 'regular_testing',
  controlArea: 'input',
  sdmGoal: 'transparency',
});

describe('measure transfer', () => {
  it('matches shipped measures by catalogue id and custom ones by title, adding the rest once', () => {
    const shipped = measureFromCatalogue(TOM_CATALOGUE[0], 'de');
    const target = [{ ...shipped, id: 'target-shipped', title: 'renamed by the user' }, custom('target-audit', 'Jährliches Audit')];
    const source = [{ ...shipped, id: 'src-1' }, custom('src-2', '  jährliches AUDIT '), custom('src-3', 'Clean desk'), custom('src-4', 'clean desk')];
    let n = 0;
    const plan = planMeasureTransfer(source, target, () => `new-${++n}`);
    expect(Object.fromEntries(plan.idMap)).toEqual({ 'src-1': 'target-shipped', 'src-2': 'target-audit', 'src-3': 'new-1', 'src-4': 'new-1' });
    expect(plan.toCreate).toEqual([{ ...custom('new-1', 'Clean desk'), createdAt: '', updatedAt: '', version: 0 }]);
    expect(remapMeasureIds(['src-3', 'src-4', 'unknown', 'src-1'], plan.idMap)).toEqual(['new-1', 'target-shipped']);
  });

  it('creates nothing when everything is already there', () => {
    const catalogue = TOM_CATALOGUE.map((e) => measureFromCatalogue(e, 'en'));
    const first = planMeasureTransfer(catalogue, []);
    expect(first.toCreate).toHaveLength(TOM_CATALOGUE.length);
    expect(planMeasureTransfer(catalogue, first.toCreate).toCreate).toEqual([]);
  });
});

describe('register templates', () => {
  it('are valid, unique, name only existing activity templates, and one acts as processor', () => {
    const known = new Set(ACTIVITY_TEMPLATES.map((t) => t.id));
    for (const template of REGISTER_TEMPLATES) {
      RegisterTemplateSchema.parse(template);
      expect(template.activityTemplateIds.filter((id) => !known.has(id)), template.id).toEqual([]);
      expect(new Set(template.activityTemplateIds).size, template.id).toBe(template.activityTemplateIds.length);
    }
    expect(new Set(REGISTER_TEMPLATES.map((t) => t.id)).size).toBe(REGISTER_TEMPLATES.length);
    expect(REGISTER_TEMPLATES.map((t) => t.id)).toEqual(['empty', 'online_shop', 'medical_practice', 'association', 'agency_processor']);
    expect(REGISTER_TEMPLATES.filter((t) => t.actsAsProcessor).map((t) => t.id)).toEqual(['agency_processor']);
  });

  it('yield the whole TOM catalogue and activities linked only to those measures', () => {
    for (const template of REGISTER_TEMPLATES) {
      const { measures, activities } = registerContentFromTemplate(template, 'en');
      expect(measures.map((m) => m.catalogueId).sort()).toEqual(TOM_CATALOGUE.map((e) => e.id).sort());
      expect(activities.map((a) => a.templateId)).toEqual(template.activityTemplateIds);
      const measureIds = new Set(measures.map((m) => m.id));
      for (const activity of activities) {
        expect(activity.toms.measureIds.every((id) => measureIds.has(id)), activity.name).toBe(true);
        const suggested = ACTIVITY_TEMPLATES.find((t) => t.id === activity.templateId)!.tomIds;
        expect(activity.toms.measureIds).toHaveLength(new Set(suggested).size);
      }
    }
  });
});
