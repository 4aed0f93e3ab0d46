/** Bytes of a pack file → its JSON. Files are gzip; a server may already have decoded them. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function parseJsonBytes(bytes: Uint8Array): unknown {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return JSON.parse(new TextDecoder().decode(bytes.subarray(start)));
}
