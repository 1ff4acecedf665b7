import { describe, expect, it } from 'vitest';
import {
  compareFundingModels,
  publishableGroupUnits,
  ratesOfModel,
  type ComparedCarrier,
} from '../../shared/domain/reports/funding-comparison';
import { fundingComparisonQuerySchema } from '../../shared/schemas/funding-comparison-query';

// Edge cases of SPEC §6 "Comparing funding models" that the end-to-end scenarios do not reach:
// empty groups, a total of 0, and the query's rules. (Figures themselves are checked end to
// end against the independent computation in test/e2e/funding-comparison.test.ts.)

const carrier = (
  units: [number, number, number],
  migrantOrganisation = false,
  withMunicipalFunds: boolean | null = false,
): ComparedCarrier => ({
  units: { per_new_match: units[0], per_active_month: units[1], per_supported_month: units[2] },
  migrantOrganisation,
  withMunicipalFunds,
});

describe('compareFundingModels', () => {
  it('shows an empty group as 0 carriers (an empty set identifies no one)', () => {
    const carriers = Array.from({ length: 6 }, (_, index) => carrier([index + 1, 10, index]));
    const answer = compareFundingModels(
      carriers,
      ratesOfModel('per_supported_month', 30),
      ratesOfModel('per_new_match', 200),
      5,
    );
    expect(answer.groups.migrantOrganisations).toEqual({
      carriers: 0,
      amount: 0,
      share: 0,
      baselineShare: 0,
    });
    expect(answer.groups.withMunicipalFunds).toMatchObject({ carriers: 0 });
    expect(answer.groups.withoutMunicipalFunds).toMatchObject({ carriers: 6, share: 1 });
    expect(answer.total).toBe(30 * 15);
    expect(answer.baselineTotal).toBe(200 * 21);
  });

  it('gives null shares for a total of 0, and counts every carrier that had money as less', () => {
    const carriers = Array.from({ length: 5 }, () => carrier([2, 0, 0]));
    const answer = compareFundingModels(
      carriers,
      ratesOfModel('per_supported_month', 30),
      ratesOfModel('per_new_match', 200),
      5,
    );
    expect(answer.total).toBe(0);
    expect(answer.groups.all).toEqual({ carriers: 5, amount: 0, share: null, baselineShare: 1 });
    expect(answer.versusBaseline).toEqual({ more: 0, less: 5, similar: 0 });
  });

  it('counts a carrier with nothing today and something proposed as more', () => {
    const carriers = [
      ...Array.from({ length: 5 }, () => carrier([0, 30, 3])),
      ...Array.from({ length: 5 }, () => carrier([2, 30, 3])),
    ];
    const answer = compareFundingModels(
      carriers,
      ratesOfModel('per_active_month', 20),
      ratesOfModel('per_new_match', 200),
      5,
    );
    expect(answer.versusBaseline).toEqual({ more: 5, less: 5, similar: 0 });
  });
});

describe('publishableGroupUnits', () => {
  it('leaves out a suppressed group and its complement (migrant / other; with / without municipal funds)', () => {
    const carriers = [
      ...Array.from({ length: 2 }, () => carrier([1, 1, 1], true, true)),
      ...Array.from({ length: 6 }, () => carrier([2, 2, 2], false, false)),
    ];
    const units = publishableGroupUnits(carriers, 5);
    expect(Object.keys(units).sort()).toEqual(['all']);
    expect(units.all).toEqual({ per_new_match: 14, per_active_month: 14, per_supported_month: 14 });
  });
});

describe('fundingComparisonQuerySchema', () => {
  it('takes plain decimals, a missing rate as absent, and JSON as the default format', () => {
    expect(fundingComparisonQuerySchema.parse({ per_supported_month: '12.5' })).toEqual({
      per_supported_month: 12.5,
      format: 'json',
    });
  });

  it.each([
    [{}],
    [{ per_new_match: '0' }],
    [{ per_new_match: '-1' }],
    [{ per_new_match: '1e3' }],
    [{ per_new_match: 'Infinity' }],
    [{ per_new_match: ' 5' }],
    [{ per_new_match: '5', format: 'html' }],
    [{ per_new_match: '5', rate: '1' }],
  ])('rejects %j', (query) => {
    expect(fundingComparisonQuerySchema.safeParse(query).success).toBe(false);
  });
});
