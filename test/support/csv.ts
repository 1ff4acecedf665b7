/**
 * A strict RFC 4180 reader: records end in CRLF (the last one may not), fields are separated
 * by commas, a quoted field may hold commas, CR, LF and doubled quotes. Anything else (a bare
 * LF, a quote inside an unquoted field, text after a closing quote) is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  const endRecord = () => {
    records.push(record);
    record = [];
  };
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quoted field');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += text[index];
        index += 1;
      }
    } else {
      while (index < text.length && !/[,\r\n]/.test(text[index]!)) {
        if (text[index] === '"') throw new Error(`quote in unquoted field at ${index}`);
        field += text[index];
        index += 1;
      }
    }
    record.push(field);
    if (index >= text.length) {
      endRecord();
    } else if (text[index] === ',') {
      index += 1;
      if (index >= text.length) {
        record.push('');
        endRecord();
      }
    } else if (text.startsWith('\r\n', index)) {
      index += 2;
      endRecord();
    } else {
      throw new Error(`expected a comma or CRLF at ${index}, found ${JSON.stringify(text[index])}`);
    }
  }
  return records;
}
