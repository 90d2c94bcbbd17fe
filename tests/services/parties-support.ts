import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Result } from '../../domain/ipc/result';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

/** A register opened through the real dispatcher, closed after each test. */
export function useRegister() {
  const tempDir = useTempDir();
  let services: TestServices | undefined;
  afterEach(async () => {
    await services?.dispose();
    services = undefined;
  });
  return async () => {
    const dir = tempDir();
    services = startTestServices(dir);
    const path = join(dir, 'Muster GmbH.vvt');
    services.dialogs.answers.chooseNewRegisterPath.push(path);
    expect(await services.dispatch('register.create', { organisationName: 'Muster GmbH' })).toMatchObject({ ok: true });
    return { dir, path, services };
  };
}

/** The value of a successful result; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T> | Result<unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
