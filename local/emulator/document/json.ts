/**
 * Plain-JSON snapshot of a document (tree of elements with their attributes and the
 * character runs of each Text), for the playground preview and for tests. Reads internal
 * state only: it neither counts calls nor fails on a closed document.
 */
import { ContainerBase } from './container';
import type { DocElement } from './element';
import type { FakeDocument } from './document';
import { BODY_DEFAULTS } from './enums';
import { ParagraphBase } from './paragraph';
import { FakeTable } from './table';
import { FakeText } from './text';

export interface RunJson {
  /** Offsets in the Text element, end exclusive. */
  start: number;
  end: number;
  text: string;
  attributes: Record<string, unknown>;
}

export interface ElementJson {
  type: string;
  /** Element-level attributes that are set (the body also reports its page defaults). */
  attributes: Record<string, unknown>;
  text?: string;
  runs?: RunJson[];
  children?: ElementJson[];
  /** PARAGRAPH/LIST_ITEM: character attributes of the paragraph mark (what an empty paragraph shows), when set. */
  paragraphMark?: Record<string, unknown>;
  /** TABLE only: column index → width in points, for the columns that have one. */
  columnWidths?: Record<number, number>;
}

export interface DocumentJson {
  id: string;
  name: string;
  /** Points. */
  page: {
    width: number;
    height: number;
    marginTop: number;
    marginBottom: number;
    marginLeft: number;
    marginRight: number;
  };
  body: ElementJson;
  header: ElementJson | null;
  footer: ElementJson | null;
}

export function elementToJson(el: DocElement): ElementJson {
  const out: ElementJson = { type: el.elementType, attributes: { ...el.attrs } };
  if (el.elementType === 'BODY_SECTION') {
    for (const k of Object.keys(BODY_DEFAULTS))
      if (out.attributes[k] === undefined) out.attributes[k] = BODY_DEFAULTS[k];
  }
  if (el instanceof FakeText) {
    out.text = el._plainText();
    out.runs = el._runs().map((r) => ({ ...r, attributes: { ...r.attributes } }));
  } else if (el instanceof ContainerBase) {
    out.text = el._plainText();
    out.children = el.children.map(elementToJson);
    if (el instanceof FakeTable) out.columnWidths = { ...el.columnWidths };
    if (el instanceof ParagraphBase && Object.keys(el.mark).length > 0) out.paragraphMark = { ...el.mark };
  }
  return out;
}

/** Accepts the raw document or the counted one handed to scripts (read without counting). */
export function documentToJson(doc: FakeDocument): DocumentJson {
  const body = doc.body;
  const a = (k: string) => (body.attrs[k] ?? BODY_DEFAULTS[k]) as number;
  return {
    id: doc.id,
    name: doc.drive.files.get(doc.id)?.name ?? '',
    page: {
      width: a('PAGE_WIDTH'),
      height: a('PAGE_HEIGHT'),
      marginTop: a('MARGIN_TOP'),
      marginBottom: a('MARGIN_BOTTOM'),
      marginLeft: a('MARGIN_LEFT'),
      marginRight: a('MARGIN_RIGHT'),
    },
    body: elementToJson(body),
    header: doc.header ? elementToJson(doc.header) : null,
    footer: doc.footer ? elementToJson(doc.footer) : null,
  };
}
