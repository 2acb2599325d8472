/**
 * DriveApp over an in-memory drive of folders and files.
 *
 * The raw handle (`FakeDrive`) lets the lead register existing files (e.g. the spreadsheet
 * itself, a user's template Doc), folders (optionally read-only, to emulate "no permission
 * on the spreadsheet's folder"), and lets other services hook in: DocumentApp registers a
 * copy handler so `makeCopy` of a Doc copies its content, and a content provider so
 * `getBlob()` of a Doc returns its text.
 */
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { exception, FakeBlob, makeEnum, gasName } from './utilities';

type GDriveApp = GoogleAppsScript.Drive.DriveApp;
type GFile = GoogleAppsScript.Drive.File;
type GFolder = GoogleAppsScript.Drive.Folder;
type GFileIterator = GoogleAppsScript.Drive.FileIterator;
type GFolderIterator = GoogleAppsScript.Drive.FolderIterator;
type GDriveUser = GoogleAppsScript.Drive.User;
type GBlob = GoogleAppsScript.Base.Blob;

export const MimeType = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  PDF: 'application/pdf',
  HTML: 'text/html',
  PLAIN_TEXT: 'text/plain',
  CSV: 'text/csv',
  JSON: 'application/json',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const NOT_FOUND_MESSAGE =
  'No item with the given ID could be found. Or perhaps you do not have permission to access it.';
export const ACCESS_DENIED_MESSAGE = 'Access denied: DriveApp.';
export const ITERATOR_END_MESSAGE = 'Cannot retrieve the next object: iterator has reached the end.';

export const Access = makeEnum<typeof GoogleAppsScript.Drive.Access>([
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
]);
export const Permission = makeEnum<typeof GoogleAppsScript.Drive.Permission>([
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'NONE',
]);

export function urlFor(id: string, mimeType: string): string {
  switch (mimeType) {
    case MimeType.GOOGLE_DOCS:
      return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    case MimeType.GOOGLE_SHEETS:
      return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    case MimeType.GOOGLE_SLIDES:
      return `https://docs.google.com/presentation/d/${id}/edit?usp=drivesdk`;
    case MimeType.GOOGLE_FORMS:
      return `https://docs.google.com/forms/d/${id}/edit?usp=drivesdk`;
    case MimeType.GOOGLE_DRAWINGS:
      return `https://docs.google.com/drawings/d/${id}/edit?usp=drivesdk`;
    case MimeType.FOLDER:
      return `https://drive.google.com/drive/folders/${id}`;
    default:
      return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }
}

/** Id inside a Docs/Drive URL (`/d/<id>`, `/folders/<id>` or `?id=<id>`), or null. */
export function idFromUrl(url: string): string | null {
  const m = /\/(?:d|folders)\/([^/?#]+)/.exec(url) ?? /[?&]id=([^&#]+)/.exec(url);
  return m ? decodeURIComponent(m[1]) : null;
}

export class FakeDriveUser implements Pick<GDriveUser, 'getEmail' | 'getName' | 'getDomain' | 'getPhotoUrl'> {
  readonly [FAKE] = true;
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  getName(): string {
    return this.email.split('@')[0];
  }
  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }
  getPhotoUrl(): string {
    return '';
  }
}

export class FakeFileIterator implements Pick<GFileIterator, 'hasNext' | 'next'> {
  readonly [FAKE] = true;
  private i = 0;
  constructor(private readonly items: FakeFile[]) {}
  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): GFile {
    if (this.i >= this.items.length) throw exception(ITERATOR_END_MESSAGE);
    return this.items[this.i++] as unknown as GFile;
  }
}

export class FakeFolderIterator implements Pick<GFolderIterator, 'hasNext' | 'next'> {
  readonly [FAKE] = true;
  private i = 0;
  constructor(private readonly items: FakeFolder[]) {}
  hasNext(): boolean {
    return this.i < this.items.length;
  }
  next(): GFolder {
    if (this.i >= this.items.length) throw exception(ITERATOR_END_MESSAGE);
    return this.items[this.i++] as unknown as GFolder;
  }
}

abstract class DriveItem {
  readonly [FAKE] = true;
  parents: string[];
  trashed = false;
  starred = false;
  /**
   * True to emulate a file the `drive.file` scope does not reach (a Doc the add-on never created
   * nor was given): DriveApp cannot find it; DocumentApp (the `documents` scope) still opens it.
   */
  hiddenFromDriveApp = false;
  description: string | null = null;
  readonly created: Date;
  updated: Date;

  constructor(
    protected readonly drive: FakeDrive,
    readonly id: string,
    public name: string,
    parents: string[],
    public owner: string,
  ) {
    this.parents = parents;
    this.created = drive.now();
    this.updated = this.created;
  }

  protected touch(): void {
    this.updated = this.drive.now();
  }
  protected parentFolders(): FakeFolder[] {
    return this.parents.map((p) => this.drive.folders.get(p)).filter((f): f is FakeFolder => !!f);
  }
}

export class FakeFile
  extends DriveItem
  implements
    Pick<
      GFile,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getMimeType'
      | 'getParents'
      | 'makeCopy'
      | 'moveTo'
      | 'setTrashed'
      | 'isTrashed'
      | 'getDateCreated'
      | 'getLastUpdated'
      | 'getOwner'
      | 'getDescription'
      | 'setDescription'
      | 'isStarred'
      | 'setStarred'
      | 'getSize'
      | 'getBlob'
      | 'getAs'
      | 'setContent'
      | 'getDownloadUrl'
    >
{
  content: string;
  constructor(
    drive: FakeDrive,
    id: string,
    name: string,
    readonly mimeType: string,
    parents: string[],
    owner: string,
    content = '',
  ) {
    super(drive, id, name, parents, owner);
    this.content = content;
  }

  private self(): GFile {
    return this as unknown as GFile;
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): GFile {
    this.name = String(name);
    this.touch();
    return this.self();
  }
  getUrl(): string {
    return urlFor(this.id, this.mimeType);
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this.id}&export=download`;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  getParents(): GFolderIterator {
    return new FakeFolderIterator(this.parentFolders()) as unknown as GFolderIterator;
  }
  /** `()`, `(destination)`, `(name)` or `(name, destination)`; the copy goes to the same folders by default. */
  makeCopy(nameOrDestination?: string | GFolder, destination?: GFolder): GFile {
    let name = `Copy of ${this.name}`;
    let dest: FakeFolder | undefined;
    if (typeof nameOrDestination === 'string') name = nameOrDestination;
    else if (nameOrDestination) dest = nameOrDestination as unknown as FakeFolder;
    if (destination) dest = destination as unknown as FakeFolder;
    if (dest && !(dest instanceof FakeFolder)) throw exception('Invalid argument: destination');
    const parents = dest ? [dest.id] : this.parents.length ? [...this.parents] : [this.drive.root.id];
    for (const p of parents) this.drive.checkWritable(p);
    const copy = this.drive.addFile({
      name,
      mimeType: this.mimeType,
      parentIds: parents,
      owner: this.drive.currentUser(),
      content: this.content,
    });
    this.drive.copyHandlers.get(this.mimeType)?.(this, copy);
    return copy as unknown as GFile;
  }
  moveTo(destination: GFolder): GFile {
    const dest = destination as unknown as FakeFolder;
    if (!(dest instanceof FakeFolder)) throw exception('Invalid argument: destination');
    this.drive.checkWritable(dest.id);
    this.parents = [dest.id];
    this.touch();
    return this.self();
  }
  setTrashed(trashed: boolean): GFile {
    this.trashed = !!trashed;
    this.touch();
    return this.self();
  }
  isTrashed(): boolean {
    return this.trashed;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.created) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.updated) as unknown as GoogleAppsScript.Base.Date;
  }
  getOwner(): GDriveUser {
    return new FakeDriveUser(this.owner) as unknown as GDriveUser;
  }
  getDescription(): string | null {
    return this.description;
  }
  setDescription(description: string): GFile {
    this.description = String(description);
    return this.self();
  }
  isStarred(): boolean {
    return this.starred;
  }
  setStarred(starred: boolean): GFile {
    this.starred = !!starred;
    return this.self();
  }
  getSize(): number {
    return this.mimeType.startsWith('application/vnd.google-apps.') ? 0 : Buffer.byteLength(this.content, 'utf8');
  }
  setContent(content: string): GFile {
    if (this.mimeType.startsWith('application/vnd.google-apps.'))
      throw exception('Invalid argument: file is a Google Workspace file');
    this.content = String(content);
    this.touch();
    return this.self();
  }
  /** The text of the file (a Doc's text through DocumentApp's provider). */
  textContent(): string {
    const provider = this.drive.contentProviders.get(this.mimeType);
    return provider ? provider(this) : this.content;
  }
  getBlob(): GBlob {
    return new FakeBlob(this.textContent(), this.mimeType, this.name) as unknown as GBlob;
  }
  /** No converter: the blob carries the file's text with the requested type. */
  getAs(contentType: string): GBlob {
    const ext = contentType === MimeType.PDF ? '.pdf' : '';
    return new FakeBlob(this.textContent(), contentType, this.name + ext) as unknown as GBlob;
  }
}

export class FakeFolder
  extends DriveItem
  implements
    Pick<
      GFolder,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getFiles'
      | 'getFolders'
      | 'getFilesByName'
      | 'getFilesByType'
      | 'getFoldersByName'
      | 'createFolder'
      | 'createFile'
      | 'addFile'
      | 'removeFile'
      | 'getParents'
      | 'moveTo'
      | 'setTrashed'
      | 'isTrashed'
      | 'getDateCreated'
      | 'getLastUpdated'
      | 'getOwner'
      | 'getDescription'
      | 'setDescription'
    >
{
  /** False to emulate a folder the user cannot add files to. */
  writable = true;

  private self(): GFolder {
    return this as unknown as GFolder;
  }
  private files(): FakeFile[] {
    return [...this.drive.files.values()].filter((f) => !f.trashed && f.parents.includes(this.id));
  }
  private subfolders(): FakeFolder[] {
    return [...this.drive.folders.values()].filter((f) => !f.trashed && f.parents.includes(this.id));
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): GFolder {
    this.name = String(name);
    this.touch();
    return this.self();
  }
  getUrl(): string {
    return urlFor(this.id, MimeType.FOLDER);
  }
  getFiles(): GFileIterator {
    return new FakeFileIterator(this.files()) as unknown as GFileIterator;
  }
  getFilesByName(name: string): GFileIterator {
    return new FakeFileIterator(this.files().filter((f) => f.name === name)) as unknown as GFileIterator;
  }
  getFilesByType(mimeType: string): GFileIterator {
    return new FakeFileIterator(this.files().filter((f) => f.mimeType === mimeType)) as unknown as GFileIterator;
  }
  getFolders(): GFolderIterator {
    return new FakeFolderIterator(this.subfolders()) as unknown as GFolderIterator;
  }
  getFoldersByName(name: string): GFolderIterator {
    return new FakeFolderIterator(this.subfolders().filter((f) => f.name === name)) as unknown as GFolderIterator;
  }
  createFolder(name: string): GFolder {
    this.drive.checkWritable(this.id);
    return this.drive.addFolder({ name: String(name), parentId: this.id }) as unknown as GFolder;
  }
  createFile(nameOrBlob: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): GFile {
    this.drive.checkWritable(this.id);
    return this.drive.createFileIn(this.id, nameOrBlob, content, mimeType) as unknown as GFile;
  }
  addFile(child: GFile): GFolder {
    const f = child as unknown as FakeFile;
    this.drive.checkWritable(this.id);
    if (!f.parents.includes(this.id)) f.parents.push(this.id);
    return this.self();
  }
  removeFile(child: GFile): GFolder {
    const f = child as unknown as FakeFile;
    f.parents = f.parents.filter((p) => p !== this.id);
    return this.self();
  }
  getParents(): GFolderIterator {
    return new FakeFolderIterator(this.parentFolders()) as unknown as GFolderIterator;
  }
  moveTo(destination: GFolder): GFolder {
    const dest = destination as unknown as FakeFolder;
    if (!(dest instanceof FakeFolder)) throw exception('Invalid argument: destination');
    this.drive.checkWritable(dest.id);
    this.parents = [dest.id];
    return this.self();
  }
  setTrashed(trashed: boolean): GFolder {
    this.trashed = !!trashed;
    return this.self();
  }
  isTrashed(): boolean {
    return this.trashed;
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return new Date(this.created) as unknown as GoogleAppsScript.Base.Date;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return new Date(this.updated) as unknown as GoogleAppsScript.Base.Date;
  }
  getOwner(): GDriveUser {
    return new FakeDriveUser(this.owner) as unknown as GDriveUser;
  }
  getDescription(): string | null {
    return this.description;
  }
  setDescription(description: string): GFolder {
    this.description = String(description);
    return this.self();
  }
}

export interface RegisterFileOptions {
  id?: string;
  name: string;
  mimeType: string;
  /** Parent folder id (default: root). */
  parentId?: string;
  owner?: string;
  content?: string;
}

export interface RegisterFolderOptions {
  id?: string;
  name: string;
  parentId?: string;
  owner?: string;
  writable?: boolean;
}

/** Raw handle: the whole drive. */
export class FakeDrive {
  readonly files = new Map<string, FakeFile>();
  readonly folders = new Map<string, FakeFolder>();
  readonly root: FakeFolder;
  /** mimeType → called after `makeCopy` created the copy's Drive entry. */
  readonly copyHandlers = new Map<string, (source: FakeFile, copy: FakeFile) => void>();
  /** mimeType → text of a file of that type (for getBlob/getAs). */
  readonly contentProviders = new Map<string, (file: FakeFile) => string>();

  constructor(private readonly ctx: EmulatorContext) {
    this.root = new FakeFolder(this, 'root', 'My Drive', [], ctx.user.email);
    this.folders.set(this.root.id, this.root);
  }

  now(): Date {
    return this.ctx.now();
  }
  currentUser(): string {
    return this.ctx.user.email;
  }

  /** Registers an existing file (e.g. the spreadsheet itself). */
  registerFile(opts: RegisterFileOptions): FakeFile {
    return this.addFile({ ...opts, parentIds: [opts.parentId ?? this.root.id] });
  }
  /** Registers a folder (default parent: root). `writable: false` makes adding files to it fail. */
  registerFolder(opts: RegisterFolderOptions): FakeFolder {
    const f = this.addFolder(opts);
    if (opts.writable === false) f.writable = false;
    return f;
  }
  setWritable(folderId: string, writable: boolean): void {
    this.folder(folderId).writable = writable;
  }
  onCopy(mimeType: string, handler: (source: FakeFile, copy: FakeFile) => void): void {
    this.copyHandlers.set(mimeType, handler);
  }
  onContent(mimeType: string, provider: (file: FakeFile) => string): void {
    this.contentProviders.set(mimeType, provider);
  }

  addFile(o: {
    id?: string;
    name: string;
    mimeType: string;
    parentIds: string[];
    owner?: string;
    content?: string;
  }): FakeFile {
    const id = o.id ?? this.ctx.nextId(o.mimeType === MimeType.GOOGLE_DOCS ? 'doc' : 'file');
    if (this.files.has(id) || this.folders.has(id)) throw new Error(`Drive item ${id} already exists`);
    for (const p of o.parentIds) this.folder(p);
    const f = new FakeFile(
      this,
      id,
      o.name,
      o.mimeType,
      [...o.parentIds],
      o.owner ?? this.ctx.user.email,
      o.content ?? '',
    );
    this.files.set(id, f);
    return f;
  }
  addFolder(o: { id?: string; name: string; parentId?: string; owner?: string }): FakeFolder {
    const id = o.id ?? this.ctx.nextId('folder');
    if (this.files.has(id) || this.folders.has(id)) throw new Error(`Drive item ${id} already exists`);
    const parent = this.folder(o.parentId ?? this.root.id);
    const f = new FakeFolder(this, id, o.name, [parent.id], o.owner ?? this.ctx.user.email);
    this.folders.set(id, f);
    return f;
  }
  createFileIn(folderId: string, nameOrBlob: unknown, content?: string, mimeType?: string): FakeFile {
    if (typeof nameOrBlob === 'string') {
      return this.addFile({
        name: nameOrBlob,
        mimeType: mimeType ?? MimeType.PLAIN_TEXT,
        parentIds: [folderId],
        content: content ?? '',
      });
    }
    const blob = (nameOrBlob as GoogleAppsScript.Base.BlobSource).getBlob();
    return this.addFile({
      name: blob.getName() ?? 'Untitled',
      mimeType: blob.getContentType() ?? 'application/octet-stream',
      parentIds: [folderId],
      content: blob.getDataAsString(),
    });
  }

  hasFile(id: string): boolean {
    return this.files.has(String(id));
  }
  hasFolder(id: string): boolean {
    return this.folders.has(String(id));
  }
  file(id: string): FakeFile {
    const f = this.files.get(String(id));
    if (!f) throw exception(NOT_FOUND_MESSAGE);
    return f;
  }
  folder(id: string): FakeFolder {
    const f = this.folders.get(String(id));
    if (!f) throw exception(NOT_FOUND_MESSAGE);
    return f;
  }
  checkWritable(folderId: string): void {
    if (!this.folder(folderId).writable) throw exception(ACCESS_DENIED_MESSAGE);
  }
  /** Names of the folders holding a file, for tests. */
  parentNames(fileId: string): string[] {
    return this.file(fileId).parents.map((p) => this.folder(p).name);
  }
}

export class FakeDriveApp
  implements
    Pick<
      GDriveApp,
      | 'Access'
      | 'Permission'
      | 'getFileById'
      | 'getFolderById'
      | 'getRootFolder'
      | 'createFolder'
      | 'createFile'
      | 'getFiles'
      | 'getFilesByName'
      | 'getFilesByType'
      | 'getFolders'
      | 'getFoldersByName'
      | 'getTrashedFiles'
    >
{
  readonly [FAKE] = true;
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(private readonly drive: FakeDrive) {}

  getFileById(id: string): GFile {
    const file = this.drive.file(id);
    if (file.hiddenFromDriveApp) throw exception(NOT_FOUND_MESSAGE);
    return file as unknown as GFile;
  }
  getFolderById(id: string): GFolder {
    return this.drive.folder(id) as unknown as GFolder;
  }
  getRootFolder(): GFolder {
    return this.drive.root as unknown as GFolder;
  }
  createFolder(name: string): GFolder {
    return this.drive.addFolder({ name: String(name) }) as unknown as GFolder;
  }
  createFile(nameOrBlob: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): GFile {
    return this.drive.createFileIn(this.drive.root.id, nameOrBlob, content, mimeType) as unknown as GFile;
  }
  private live(): FakeFile[] {
    return [...this.drive.files.values()].filter((f) => !f.trashed);
  }
  getFiles(): GFileIterator {
    return new FakeFileIterator(this.live()) as unknown as GFileIterator;
  }
  getFilesByName(name: string): GFileIterator {
    return new FakeFileIterator(this.live().filter((f) => f.name === name)) as unknown as GFileIterator;
  }
  getFilesByType(mimeType: string): GFileIterator {
    return new FakeFileIterator(this.live().filter((f) => f.mimeType === mimeType)) as unknown as GFileIterator;
  }
  getFolders(): GFolderIterator {
    return new FakeFolderIterator(
      [...this.drive.folders.values()].filter((f) => !f.trashed && f !== this.drive.root),
    ) as unknown as GFolderIterator;
  }
  getFoldersByName(name: string): GFolderIterator {
    return new FakeFolderIterator(
      [...this.drive.folders.values()].filter((f) => !f.trashed && f !== this.drive.root && f.name === name),
    ) as unknown as GFolderIterator;
  }
  getTrashedFiles(): GFileIterator {
    return new FakeFileIterator([...this.drive.files.values()].filter((f) => f.trashed)) as unknown as GFileIterator;
  }
}

export function createDrive(ctx: EmulatorContext): { DriveApp: GDriveApp; drive: FakeDrive } {
  const drive = new FakeDrive(ctx);
  return { DriveApp: instrument(new FakeDriveApp(drive), 'DriveApp', ctx.counter) as unknown as GDriveApp, drive };
}

gasName(FakeDriveUser, 'User');
gasName(FakeFileIterator, 'FileIterator');
gasName(FakeFolderIterator, 'FolderIterator');
gasName(FakeFile, 'File');
gasName(FakeFolder, 'Folder');
gasName(FakeDriveApp, 'DriveApp');
