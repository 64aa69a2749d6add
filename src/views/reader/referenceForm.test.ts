import { describe, expect, it } from 'vitest';
import { ReferenceSchema } from '../../domain/schema/reference';
import { EMPTY_REFERENCE_FORM, formFromReference, referenceFormProblem, referenceFromForm } from './referenceForm';

describe('the source dialog’s reference form', () => {
  it('makes a CSL-JSON reference the schema accepts, names inverted or kept as written', () => {
    const ref = referenceFromForm({ ...EMPTY_REFERENCE_FORM, title: ' Results and Prospects ', authors: 'Trotsky, Leon; Pathfinder Collective', year: '1906', publisher: 'Pathfinder', edition: '3' });
    expect(ref).toEqual({
      type: 'book',
      title: 'Results and Prospects',
      author: [{ family: 'Trotsky', given: 'Leon' }, { literal: 'Pathfinder Collective' }],
      issued: { 'date-parts': [[1906]] },
      publisher: 'Pathfinder',
      edition: 3,
    });
    expect(ReferenceSchema.safeParse({ id: 'x', ...ref }).success).toBe(true);
  });

  it('round-trips a reference through the form', () => {
    const ref = { id: 'r', type: 'article-journal' as const, title: 'T', author: [{ family: 'Lih', given: 'Lars T.' }], issued: { 'date-parts': [[2011]] }, 'container-title': 'Kritika', URL: 'https://example.org/t' };
    expect({ id: 'r', ...referenceFromForm(formFromReference(ref)) }).toEqual(ref);
  });

  it('asks for a title and a numeric year', () => {
    expect(referenceFormProblem(EMPTY_REFERENCE_FORM)).toMatch(/title/);
    expect(referenceFormProblem({ ...EMPTY_REFERENCE_FORM, title: 'T', year: 'nineteen-six' })).toMatch(/year/);
    expect(referenceFormProblem({ ...EMPTY_REFERENCE_FORM, title: 'T', year: '1906' })).toBeUndefined();
  });
});
