/**
 * PropertiesService: document, script and per-user stores of string values, with the
 * Apps Script quotas (9 KB per value, 500 KB per store).
 */
import type { EmulatorContext } from './context';
import { FAKE, instrument } from './counter';
import { exception, gasName } from './utilities';

type GProperties = GoogleAppsScript.Properties.Properties;
type GPropertiesService = GoogleAppsScript.Properties.PropertiesService;

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Values are stored as Apps Script does: `String(value)`. */
function str(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

export class PropertyStore {
  readonly data = new Map<string, string>();

  size(data: Map<string, string> = this.data): number {
    let n = 0;
    for (const [k, v] of data) n += bytes(k) + bytes(v);
    return n;
  }

  /** Applies `next` (a whole new content) if it fits the quotas. */
  commit(next: Map<string, string>, changed: Iterable<[string, string]>): void {
    for (const [k, v] of changed) {
      if (k === '') throw exception('Invalid argument: key');
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw exception('Argument too large: value');
    }
    if (this.size(next) > PROPERTY_STORE_LIMIT) throw exception(QUOTA_MESSAGE);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }

  /** Plain copy, for tests. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

export class FakeProperties
  implements
    Pick<
      GProperties,
      | 'deleteAllProperties'
      | 'deleteProperty'
      | 'getKeys'
      | 'getProperties'
      | 'getProperty'
      | 'setProperties'
      | 'setProperty'
    >
{
  readonly [FAKE] = true;
  constructor(private readonly store: PropertyStore) {}

  getProperty(key: string): string | null {
    return this.store.data.get(str(key)) ?? null;
  }
  setProperty(key: string, value: string): GProperties {
    const k = str(key);
    const v = str(value);
    const next = new Map(this.store.data);
    next.set(k, v);
    this.store.commit(next, [[k, v]]);
    return this as unknown as GProperties;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GProperties {
    const entries = Object.keys(properties).map((k) => [k, str(properties[k])] as [string, string]);
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store.data);
    for (const [k, v] of entries) next.set(k, v);
    this.store.commit(next, entries);
    return this as unknown as GProperties;
  }
  getProperties(): { [key: string]: string } {
    return this.store.toObject();
  }
  getKeys(): string[] {
    return [...this.store.data.keys()];
  }
  deleteProperty(key: string): GProperties {
    this.store.data.delete(str(key));
    return this as unknown as GProperties;
  }
  deleteAllProperties(): GProperties {
    this.store.data.clear();
    return this as unknown as GProperties;
  }
}

/** Raw handle: the stores behind the service. */
export class PropertyStores {
  readonly script = new PropertyStore();
  readonly users = new Map<string, PropertyStore>();
  /** Document stores by document id ('' when the environment names no active document). */
  readonly documents = new Map<string, PropertyStore>();

  constructor(private readonly ctx: EmulatorContext) {}

  /** The store of the active document (each spreadsheet of an environment has its own). */
  get document(): PropertyStore {
    return this.of(this.ctx.activeDocumentId?.() ?? '');
  }

  /** The document store of the spreadsheet `id`. */
  of(id: string): PropertyStore {
    let s = this.documents.get(id);
    if (!s) this.documents.set(id, (s = new PropertyStore()));
    return s;
  }

  /** The user store of `email` (default: the current user). */
  user(email: string = this.ctx.user.email): PropertyStore {
    let s = this.users.get(email);
    if (!s) this.users.set(email, (s = new PropertyStore()));
    return s;
  }
}

export class FakePropertiesService
  implements Pick<GPropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>
{
  readonly [FAKE] = true;
  constructor(private readonly stores: PropertyStores) {}
  getDocumentProperties(): GProperties {
    return new FakeProperties(this.stores.document) as unknown as GProperties;
  }
  getScriptProperties(): GProperties {
    return new FakeProperties(this.stores.script) as unknown as GProperties;
  }
  getUserProperties(): GProperties {
    return new FakeProperties(this.stores.user()) as unknown as GProperties;
  }
}

export function createPropertiesService(ctx: EmulatorContext): {
  PropertiesService: GPropertiesService;
  stores: PropertyStores;
} {
  const stores = new PropertyStores(ctx);
  return {
    PropertiesService: instrument(
      new FakePropertiesService(stores),
      'PropertiesService',
      ctx.counter,
    ) as unknown as GPropertiesService,
    stores,
  };
}

gasName(FakeProperties, 'Properties');
gasName(FakePropertiesService, 'PropertiesService');
