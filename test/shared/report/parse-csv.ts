/**
 * A strict RFC 4180 reader for the tests: records end in CRLF, a field is either plain (no quote,
 * comma or line break) or quoted with doubled inner quotes. Anything else throws, so a test fails
 * on output a spreadsheet might read differently.
 */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = []
  let record: string[] = []
  let at = 0
  while (at < text.length) {
    let field = ''
    if (text[at] === '"') {
      at += 1
      for (;;) {
        if (at >= text.length) throw new Error('unterminated quoted field')
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"'
            at += 2
            continue
          }
          at += 1
          break
        }
        field += text[at]
        at += 1
      }
    } else {
      while (at < text.length && text[at] !== ',' && text[at] !== '\r' && text[at] !== '\n') {
        if (text[at] === '"') throw new Error(`bare quote in an unquoted field at ${at}`)
        field += text[at]
        at += 1
      }
    }
    record.push(field)
    if (text[at] === ',') {
      at += 1
    } else if (text.startsWith('\r\n', at)) {
      records.push(record)
      record = []
      at += 2
    } else {
      throw new Error(`expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`)
    }
  }
  if (record.length > 0) throw new Error('the last record does not end in CRLF')
  return records
}
