// AWS Query protocol responses: `<XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>`.

export const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function esc(value: string | number | boolean): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Markup written as it is (maps, which AWS writes as `<entry><key/><value/></entry>`). */
export class RawXml {
  constructor(readonly xml: string) {}
}

export type XmlValue = string | number | boolean | undefined | RawXml | XmlNode | XmlValue[];
export interface XmlNode {
  [tag: string]: XmlValue;
}

/** Objects become elements, arrays become `<member>` lists, undefined is left out. */
export function toXml(node: XmlNode): string {
  return Object.entries(node)
    .filter(([, value]) => value !== undefined)
    .map(([tag, value]) => `<${tag}>${inner(value)}</${tag}>`)
    .join('');
}

function inner(value: XmlValue): string {
  if (value instanceof RawXml) return value.xml;
  if (Array.isArray(value)) return value.map((item) => `<member>${inner(item)}</member>`).join('');
  if (typeof value === 'object' && value !== null) return toXml(value);
  return esc(value as string | number | boolean);
}

export function okResponse(action: string, ns: string, result: string, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${ns}">` +
    `<${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function errorResponse(
  ns: string,
  code: string,
  message: string,
  requestId: string,
  sender = true,
): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${ns}"><Error><Type>${sender ? 'Sender' : 'Receiver'}</Type>` +
    `<Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
