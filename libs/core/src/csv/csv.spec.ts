import { CSV_BOM, csvCell, toCsv } from './csv';

describe(toCsv.name, () => {
  it('should start with a BOM and end every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe(`${CSV_BOM}"a","b"\r\n"1","2"\r\n`);
  });

  it.each([
    ['plain', '"plain"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['a,b', '"a,b"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+31 6 123', `"'+31 6 123"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['café één', '"café één"'],
  ])('should write %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('should write empty cells for null and undefined', () => {
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });
});
