/**
 * A Google Doc: body, optional header/footer. Its name lives in its Drive file, so renaming
 * either way is seen by both. After saveAndClose() every call on the document or its
 * elements throws (except getId/getName/getUrl) until DocumentApp.openById reopens it.
 */
import { FAKE } from '../counter';
import type { FakeDrive } from '../drive';
import { exception, FakeBlob, gasName } from '../utilities';
import { FakeBody, FakeFooterSection, FakeHeaderSection } from './body';
import { CLOSED_MESSAGE } from './element';

type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GHeaderSection = GoogleAppsScript.Document.HeaderSection;
type GFooterSection = GoogleAppsScript.Document.FooterSection;
type GBlob = GoogleAppsScript.Base.Blob;

export class FakeDocument
  implements
    Pick<
      GDocument,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getBody'
      | 'getHeader'
      | 'addHeader'
      | 'getFooter'
      | 'addFooter'
      | 'saveAndClose'
      | 'getBlob'
      | 'getAs'
      | 'getLanguage'
      | 'setLanguage'
      | 'getCursor'
      | 'getEditors'
      | 'getViewers'
    >
{
  readonly [FAKE] = true;
  closed = false;
  body: FakeBody;
  header: FakeHeaderSection | null = null;
  footer: FakeFooterSection | null = null;
  language = 'vi';
  /** Times saveAndClose() was called (for tests). */
  saves = 0;
  private listSeq = 0;

  constructor(
    readonly id: string,
    readonly drive: FakeDrive,
    body?: FakeBody,
  ) {
    this.body = body ?? new FakeBody();
    this.body.ownerDoc = this;
  }

  _nextListId(): string {
    return `kix.${this.id}.list${++this.listSeq}`;
  }
  private _open(): void {
    if (this.closed) throw exception(CLOSED_MESSAGE);
  }
  /** A new, independent document with the same content (used by Drive's makeCopy). */
  _cloneAs(id: string): FakeDocument {
    const d = new FakeDocument(id, this.drive, this.body._clone());
    if (this.header) {
      d.header = this.header._clone();
      d.header.ownerDoc = d;
    }
    if (this.footer) {
      d.footer = this.footer._clone();
      d.footer.ownerDoc = d;
    }
    d.language = this.language;
    d.listSeq = this.listSeq;
    return d;
  }
  /** Plain text of the body (what a text export would hold). */
  _plainText(): string {
    return this.body._plainText();
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.drive.file(this.id).name;
  }
  setName(name: string): GDocument {
    this._open();
    this.drive.file(this.id).name = String(name);
    return this as unknown as GDocument;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this.id}`;
  }
  getBody(): GBody {
    this._open();
    return this.body as unknown as GBody;
  }
  getHeader(): GHeaderSection {
    this._open();
    return this.header as unknown as GHeaderSection;
  }
  addHeader(): GHeaderSection {
    this._open();
    if (!this.header) {
      this.header = new FakeHeaderSection();
      this.header.ownerDoc = this;
    }
    return this.header as unknown as GHeaderSection;
  }
  getFooter(): GFooterSection {
    this._open();
    return this.footer as unknown as GFooterSection;
  }
  addFooter(): GFooterSection {
    this._open();
    if (!this.footer) {
      this.footer = new FakeFooterSection();
      this.footer.ownerDoc = this;
    }
    return this.footer as unknown as GFooterSection;
  }
  saveAndClose(): void {
    this._open();
    this.saves++;
    this.closed = true;
  }
  getBlob(): GBlob {
    return this.getAs('application/pdf');
  }
  /** No renderer: the blob carries the body's plain text with the requested type. */
  getAs(contentType: string): GBlob {
    this._open();
    const ext = contentType === 'application/pdf' ? '.pdf' : '';
    return new FakeBlob(this._plainText(), contentType, this.getName() + ext) as unknown as GBlob;
  }
  getLanguage(): string {
    this._open();
    return this.language;
  }
  setLanguage(languageCode: string): GDocument {
    this._open();
    this.language = String(languageCode);
    return this as unknown as GDocument;
  }
  getCursor(): GoogleAppsScript.Document.Position | null {
    this._open();
    return null;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [];
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    return [];
  }
}

gasName(FakeDocument, 'Document');
