import libxml from "libxmljs2";
import vm from "node:vm";
declare const upload: { buffer: Buffer }, sandbox: object;

export function parse() {
  // ruleid: xml-external-entities-enabled
  const doc = libxml.parseXml(upload.buffer.toString(), { noblanks: true, noent: true, nocdata: true });
  // ruleid: xml-external-entities-enabled
  const doc2 = libxml.parseXmlString(upload.buffer.toString(), { dtdload: true });
  // ruleid: xml-external-entities-enabled
  const doc3 = vm.runInContext("libxml.parseXml(data, { noblanks: true, noent: true, nocdata: true })", sandbox, { timeout: 2000 });
  return [doc, doc2, doc3];
}

export function safe() {
  // ok: xml-external-entities-enabled
  const doc = libxml.parseXml(upload.buffer.toString(), { noblanks: true });
  // ok: xml-external-entities-enabled
  const doc2 = libxml.parseXml(upload.buffer.toString(), { noent: false });
  // ok: xml-external-entities-enabled
  const doc3 = libxml.parseXml(upload.buffer.toString());
  return [doc, doc2, doc3];
}

// The options written first, then passed by name.
export function importNotes(xmlData: string): unknown {
  const optionsXml = { noent: true, dtdload: true, huge: true };
  // ruleid: xml-external-entities-enabled
  return libxml.parseXml(xmlData, optionsXml);
}
export function parseSafe(xmlData: string): unknown {
  const options = { noent: false, nonet: true };
  // ok: xml-external-entities-enabled
  return libxml.parseXml(xmlData, options);
}
