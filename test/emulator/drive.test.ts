import { createContext } from '../../local/emulator/context';
import { createDocumentApp } from '../../local/emulator/document';
import { ACCESS_DENIED_MESSAGE, createDrive, NOT_FOUND_MESSAGE } from '../../local/emulator/drive';

function setup() {
  const ctx = createContext({ userEmail: 'thuky@example.com', now: () => new Date('2023-06-20T03:00:00Z') });
  const drive = createDrive(ctx);
  const docs = createDocumentApp(ctx, drive.drive);
  return { ctx, ...drive, ...docs };
}

const SHEETS = 'application/vnd.google-apps.spreadsheet';

describe('DriveApp', () => {
  test('registered files: lookup, metadata, urls, parents', () => {
    const { DriveApp, drive } = setup();
    const folder = drive.registerFolder({ id: 'fold-1', name: 'ANTT' });
    drive.registerFile({ id: 'ss-1', name: 'Sổ ANTT', mimeType: SHEETS, parentId: 'fold-1' });
    const f = DriveApp.getFileById('ss-1');
    expect(f.getName()).toBe('Sổ ANTT');
    expect(f.getMimeType()).toBe(SHEETS);
    expect(f.getUrl()).toBe('https://docs.google.com/spreadsheets/d/ss-1/edit?usp=drivesdk');
    expect(f.getOwner().getEmail()).toBe('thuky@example.com');
    expect(f.getDateCreated().toISOString()).toBe('2023-06-20T03:00:00.000Z');
    const parents = f.getParents();
    expect(parents.hasNext()).toBe(true);
    expect(parents.next().getId()).toBe(folder.id);
    expect(parents.hasNext()).toBe(false);
    expect(() => parents.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    expect(DriveApp.getFolderById('fold-1').getName()).toBe('ANTT');
    expect(DriveApp.getRootFolder().getId()).toBe(drive.root.id);
  });

  test('unknown ids throw the Apps Script message', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getFileById('nope')).toThrow(NOT_FOUND_MESSAGE);
    expect(() => DriveApp.getFolderById('nope')).toThrow(NOT_FOUND_MESSAGE);
    try {
      DriveApp.getFileById('nope');
    } catch (e) {
      expect(String(e)).toBe(
        'Exception: No item with the given ID could be found. Or perhaps you do not have permission to access it.',
      );
    }
  });

  test('moveTo changes parents; folders list their files', () => {
    const { DriveApp, drive } = setup();
    const a = DriveApp.createFolder('A');
    const b = a.createFolder('B');
    const file = a.createFile('note.txt', 'nội dung');
    expect(drive.parentNames(file.getId())).toEqual(['A']);
    file.moveTo(b);
    expect(drive.parentNames(file.getId())).toEqual(['B']);
    expect(a.getFiles().hasNext()).toBe(false);
    const inB = b.getFiles();
    expect(inB.next().getName()).toBe('note.txt');
    expect(inB.hasNext()).toBe(false);
    expect(a.getFolders().next().getName()).toBe('B');
    expect(b.getParents().next().getName()).toBe('A');
  });

  test('read-only folders refuse new files', () => {
    const { DriveApp, drive } = setup();
    const locked = drive.registerFolder({ name: 'Shared', writable: false });
    const f = DriveApp.createFile('x.txt', 'x');
    expect(() => f.moveTo(DriveApp.getFolderById(locked.id))).toThrow(ACCESS_DENIED_MESSAGE);
    expect(() => f.makeCopy('y', DriveApp.getFolderById(locked.id))).toThrow(ACCESS_DENIED_MESSAGE);
    expect(drive.parentNames(f.getId())).toEqual(['My Drive']);
  });

  test('setName, trash, getFilesByName', () => {
    const { DriveApp } = setup();
    const f = DriveApp.createFile('a.txt', '1');
    f.setName('b.txt');
    expect(DriveApp.getFilesByName('b.txt').next().getId()).toBe(f.getId());
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(false);
    f.setTrashed(true);
    expect(f.isTrashed()).toBe(true);
    expect(DriveApp.getFilesByName('b.txt').hasNext()).toBe(false);
    expect(DriveApp.getFileById(f.getId()).getName()).toBe('b.txt'); // still reachable by id
  });

  test('makeCopy of a document copies its content into an independent document', () => {
    const { DriveApp, DocumentApp, drive } = setup();
    const dest = DriveApp.createFolder('Thông báo');
    const template = DocumentApp.create('Mẫu thông báo');
    template.getBody().appendParagraph('Thôn có {{so_ho}} hộ').editAsText().setBold(true);
    template.saveAndClose();
    const copyFile = DriveApp.getFileById(template.getId()).makeCopy('Thông báo 2023', dest);
    expect(copyFile.getId()).not.toBe(template.getId());
    expect(copyFile.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(drive.parentNames(copyFile.getId())).toEqual(['Thông báo']);
    const copy = DocumentApp.openById(copyFile.getId());
    expect(copy.getName()).toBe('Thông báo 2023');
    copy.getBody().replaceText('\\{\\{so_ho\\}\\}', '120');
    expect(copy.getBody().getText()).toBe('\nThôn có 120 hộ');
    expect(copy.getBody().getParagraphs()[1].editAsText().isBold(0)).toBe(true);
    const original = DocumentApp.openById(template.getId());
    expect(original.getBody().getText()).toBe('\nThôn có {{so_ho}} hộ');
    // default name and folder of a copy
    const second = DriveApp.getFileById(template.getId()).makeCopy();
    expect(second.getName()).toBe('Copy of Mẫu thông báo');
    expect(drive.parentNames(second.getId())).toEqual(['My Drive']);
  });

  test('calls are counted under DriveApp', () => {
    const { DriveApp, ctx } = setup();
    const f = DriveApp.createFile('a.txt', '1');
    f.getName();
    f.getParents().next();
    expect(ctx.counter.byMethod('DriveApp')).toEqual({
      'DriveApp.createFile': 1,
      'File.getName': 1,
      'File.getParents': 1,
      'FolderIterator.next': 1,
    });
  });

  test('a file belongs to the user who made it; owners and trash are read through counted calls', () => {
    const { DriveApp, DocumentApp, ctx } = setup();
    ctx.user.email = 'pho.ban@example.com';
    const doc = DocumentApp.create('Mẫu của phó ban');
    ctx.user.email = 'thuky@example.com';
    ctx.counter.reset();
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getOwner().getEmail()).toBe('pho.ban@example.com');
    expect(file.isTrashed()).toBe(false);
    file.setTrashed(true);
    expect(DriveApp.getFileById(doc.getId()).isTrashed()).toBe(true);
    expect(ctx.counter.byMethod('DriveApp')).toEqual({
      'DriveApp.getFileById': 2,
      'File.getOwner': 1,
      'User.getEmail': 1,
      'File.isTrashed': 2,
      'File.setTrashed': 1,
    });
    expect(ctx.counter.count({ service: 'DriveApp', kind: 'write' })).toBe(1);
  });

  test('a file hidden from DriveApp (the drive.file scope) is not found there, and DocumentApp still opens it', () => {
    const { DriveApp, DocumentApp, drive, ctx } = setup();
    const doc = DocumentApp.create('Mẫu');
    drive.file(doc.getId()).hiddenFromDriveApp = true;
    expect(() => DriveApp.getFileById(doc.getId())).toThrow(NOT_FOUND_MESSAGE);
    ctx.counter.reset();
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('Mẫu');
    expect(ctx.counter.count({ service: 'DocumentApp', kind: 'write' })).toBe(0);
  });
});
