/** DocumentApp emulation. */
export { createDocumentApp, FakeDocumentApp, MISSING_DOCUMENT_MESSAGE } from './app';
export { FakeDocument } from './document';
export { FakeBody, FakeHeaderSection, FakeFooterSection } from './body';
export { ContainerBase } from './container';
export { DocElement, CLOSED_MESSAGE } from './element';
export { FakeParagraph, FakeListItem, FakeHorizontalRule, FakePageBreak, ParagraphBase } from './paragraph';
export { SectionBase, LAST_PARAGRAPH_MESSAGE } from './section';
export { FakeTable, FakeTableRow, FakeTableCell } from './table';
export { FakeText } from './text';
export { FakeRangeElement } from './range';
export * from './enums';
export { documentToJson, elementToJson } from './json';
export type { DocumentJson, ElementJson, RunJson } from './json';
