import { describe, expect, it } from 'vitest';
import {
  mapColumns,
  missingFields,
  parseColumnMapping,
  sheetKindOf,
} from '../../shared/import/columns';

// SPEC §10's mapping step: a column of the file's own chosen for a field it lacks.

const ownHeaders = ['Nr.', 'Mentor-ID', 'Mentee-ID', ' Startdatum ', 'Programm', 'Vorname'];

describe('mapColumns with a mapping', () => {
  it('reads the chosen column for the field, by its header as written, in any case', () => {
    const columns = mapColumns(ownHeaders, { matchId: 'nr.', startedOn: 'Startdatum' });
    expect(columns.columnOf).toMatchObject({ matchId: 0, startedOn: 3, programme: 4 });
    expect(columns.headerOf).toMatchObject({ matchId: 'Nr.', startedOn: 'Startdatum' });
    expect(columns.ignored).toEqual(['Vorname']);
    expect(missingFields('matches', columns)).toEqual([]);
  });

  it('wins over a header the field accepts; a header the file lacks changes nothing', () => {
    const columns = mapColumns(['Tandem-ID', 'Nummer', 'Beginn'], {
      matchId: 'Nummer',
      startedOn: 'Start',
    });
    expect(columns.columnOf).toMatchObject({ matchId: 1, startedOn: 2 });
    expect(columns.ignored).toEqual(['Tandem-ID']);
  });

  it('names the required fields a sheet lacks, by its kind', () => {
    const columns = mapColumns(ownHeaders);
    const kind = sheetKindOf(undefined, columns);
    expect(kind).toBe('matches');
    expect(missingFields(kind ?? 'matches', columns)).toEqual(['matchId', 'startedOn']);
    const checkIns = mapColumns(['Nr.', 'Datum', 'Mit', 'Art']);
    expect(missingFields('checkIns', checkIns)).toEqual(['matchId', 'channel']);
  });
});

describe('parseColumnMapping (the CLI’s --map field=Header)', () => {
  it('takes field=Header pairs and refuses unknown fields and pairs without =', () => {
    expect(parseColumnMapping(['startedOn=Startdatum', 'matchId=Nr.', 'with = Mit wem'])).toEqual({
      mapping: { startedOn: 'Startdatum', matchId: 'Nr.', with: 'Mit wem' },
      refused: [],
    });
    expect(parseColumnMapping(['start=Startdatum', 'matchId', 'menteeId=']).refused).toEqual([
      'start=Startdatum',
      'matchId',
      'menteeId=',
    ]);
    expect(parseColumnMapping(['toString=x', '__proto__=y']).refused).toHaveLength(2);
  });
});
