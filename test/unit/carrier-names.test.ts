import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { addCarrier } from '../../local/cli/commands';
import { dynamo } from '../../shared/aws/dynamo';
import { tableName } from '../../shared/config/runtime-env';
import { newCarrierSchema } from '../../shared/schemas/carrier';
import { keys } from '../../shared/data/keys';

// Issue 16 point 14: a carrier name with a bidi override (U+202E) reversed whatever followed
// it in digests, pages and reports. Controls are taken out where the name comes in.

const parseName = (name: string) =>
  newCarrierSchema.parse({ name, coordinatorEmail: 'k@example.org' }).name;

describe('carrier names', () => {
  it('stores a name without bidi controls through `carriers add`', async () => {
    const { carrierId } = await addCarrier({
      name: 'Paten \u202Eev .V.e\u202C für Kinder\u2066\u2069',
      coordinatorEmail: 'koordination@example.org',
    });
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: tableName(), Key: keys.carrierProfile(carrierId) }),
    );
    expect(Item?.name).toBe('Paten ev .V.e für Kinder');
  });

  it.each([
    ['\u202Dleft\u202A \u202Bembed\u202C \u200Emark\u200F \u061Carabic', 'left embed mark arabic'],
    ['two\nlines\r\n\tand a tab', 'two lines and a tab'],
    ['zero\u200Bwidth\uFEFF\u00ADhyphen\u2060', 'zerowidthhyphen'],
    ['  Verein   e.V.  ', 'Verein e.V.'],
  ])('takes the invisible controls out of %j', (name, shown) => {
    expect(parseName(name)).toBe(shown);
  });

  it('keeps the joiners that Persian spelling and emoji need', () => {
    expect(parseName('انجمن همراه\u200Cها')).toBe('انجمن همراه\u200Cها');
    expect(parseName('Familie 👨\u200D👩\u200D👧')).toBe('Familie 👨\u200D👩\u200D👧');
  });

  it('refuses a name of nothing but controls', () => {
    expect(() => parseName('\u202E\u202C\n')).toThrow();
  });
});
