import { IDBFactory } from 'fake-indexeddb';
import { sampleReader } from '../../domain/testing/sampleMap';
import { createCounterpointStore } from '../createStore';
import { openRepository, type MapRepository } from '../persistence/repository';
import { Session } from '../session';
import { sampleDefaults } from './fixtures';

const opened: { session: Session; repo: MapRepository }[] = [];

/** A session over the sample defaults with its own IndexedDB (pass a factory again to reopen the same one). */
export async function bootSession(factory = new IDBFactory()) {
  const repo = await openRepository(factory);
  const store = createCounterpointStore();
  const session = new Session(store, repo, sampleDefaults(), sampleReader());
  opened.push({ session, repo });
  return { repo, store, session, factory, s: () => store.getState() };
}

/** Ends every session bootSession made (for afterEach). */
export function disposeSessions(): void {
  for (const { session, repo } of opened.splice(0)) {
    session.dispose();
    repo.close();
  }
}
