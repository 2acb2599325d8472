/** DocumentApp: create/open documents; documents are Drive files in the user's root folder. */
import type { EmulatorContext } from '../context';
import { FAKE, instrument } from '../counter';
import { type FakeDrive, idFromUrl } from '../drive';
import { exception, gasName } from '../utilities';
import { FakeDocument } from './document';
import {
  Attribute,
  DOCS_MIME,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  PositionedLayout,
  TextAlignment,
  VerticalAlignment,
} from './enums';
// Loaded for their side effects too (table.ts registers the table factory used by sections).
import './table';

type GDocumentApp = GoogleAppsScript.Document.DocumentApp;
type GDocument = GoogleAppsScript.Document.Document;

export const MISSING_DOCUMENT_MESSAGE = "Document is missing (perhaps it was deleted, or you don't have read access?)";

export class FakeDocumentApp
  implements
    Pick<
      GDocumentApp,
      | 'Attribute'
      | 'ElementType'
      | 'GlyphType'
      | 'HorizontalAlignment'
      | 'ParagraphHeading'
      | 'PositionedLayout'
      | 'TextAlignment'
      | 'VerticalAlignment'
      | 'create'
      | 'openById'
      | 'openByUrl'
      | 'getActiveDocument'
      | 'getUi'
    >
{
  readonly [FAKE] = true;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly FontFamily = FontFamily;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly PositionedLayout = PositionedLayout;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(
    private readonly drive: FakeDrive,
    readonly docs: Map<string, FakeDocument>,
  ) {}

  create(name: string): GDocument {
    if (typeof name !== 'string' || name === '') throw exception('Invalid argument: name');
    const file = this.drive.registerFile({ name, mimeType: DOCS_MIME });
    const doc = new FakeDocument(file.id, this.drive);
    this.docs.set(file.id, doc);
    return doc as unknown as GDocument;
  }
  /** Opens (and reopens after saveAndClose) a document. */
  openById(id: string): GDocument {
    const key = String(id);
    let doc = this.docs.get(key);
    if (!doc) {
      // A Docs file registered on the drive without content opens as an empty document.
      const file = this.drive.files.get(key);
      if (!file || file.mimeType !== DOCS_MIME) throw exception(MISSING_DOCUMENT_MESSAGE);
      doc = new FakeDocument(key, this.drive);
      this.docs.set(key, doc);
    }
    doc.closed = false;
    return doc as unknown as GDocument;
  }
  openByUrl(url: string): GDocument {
    const id = idFromUrl(String(url));
    if (!id) throw exception('Invalid argument: url');
    return this.openById(id);
  }
  /** The add-on runs in Sheets: there is no active document. */
  getActiveDocument(): GDocument {
    return null as unknown as GDocument;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    throw exception('Cannot call DocumentApp.getUi() from this context.');
  }
}

export function createDocumentApp(
  ctx: EmulatorContext,
  drive: FakeDrive,
): { DocumentApp: GDocumentApp; docs: Map<string, FakeDocument> } {
  const docs = new Map<string, FakeDocument>();
  drive.onCopy(DOCS_MIME, (source, copy) => {
    const original = docs.get(source.id) ?? new FakeDocument(source.id, drive);
    docs.set(copy.id, original._cloneAs(copy.id));
  });
  drive.onContent(DOCS_MIME, (file) => docs.get(file.id)?._plainText() ?? '');
  const app = new FakeDocumentApp(drive, docs);
  return { DocumentApp: instrument(app, 'DocumentApp', ctx.counter) as unknown as GDocumentApp, docs };
}

gasName(FakeDocumentApp, 'DocumentApp');
