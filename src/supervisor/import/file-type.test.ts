import { describe, expect, test } from 'vitest';
import { importContentType, XLSX_TYPE } from './file-type';

describe('import file type', () => {
  test('a sheet is sent as CSV or XLSX by its name, whatever type the browser guessed', () => {
    expect(importContentType('Stock Count.CSV')).toBe('text/csv');
    expect(importContentType('count.xlsx')).toBe(XLSX_TYPE);
  });

  test('anything else is not sent at all (an old .xls, a PDF)', () => {
    expect(importContentType('count.xls')).toBeNull();
    expect(importContentType('notes.pdf')).toBeNull();
  });
});
