// What a file is, from its first bytes, whatever its name (SPEC §10).

/** An XLSX file starts like every ZIP archive. */
export const isZip = (head: Uint8Array): boolean =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** The old binary Excel format (.xls) starts like every OLE compound file. */
export const isOleCompound = (head: Uint8Array): boolean =>
  head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
