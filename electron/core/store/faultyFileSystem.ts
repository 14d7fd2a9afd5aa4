/**
 * A file system that fails on purpose, SQLite's way: count every file operation and make the Nth fail
 * with a chosen errno (ENOSPC, EACCES, EIO, …), once or for ever after. Tests run as root, so
 * permissions cannot produce these errors; this seam can. It lives in the core because the tests run the
 * very backend process the app runs: that process puts it in front of the disk only when its parent asks
 * for fault injection at start, which the app's main process never does.
 */
import { nodeFileSystem, type FileHandleLike, type FileSystem } from './fileSystem';

export type FaultMode = 'once' | 'forever';

export interface FaultPlan {
  /** 1-based number of the operation to fail, counted from when the plan was set. */
  failAt: number;
  code: string;
  mode: FaultMode;
}

export class FaultyFileSystem implements FileSystem {
  /** Operations performed since the last `failNth`/`heal`/`resetCount`. */
  operations = 0;
  private plan: FaultPlan | null = null;

  constructor(private readonly inner: FileSystem = nodeFileSystem) {}

  failNth(failAt: number, code: string, mode: FaultMode): void {
    this.plan = { failAt, code, mode };
    this.operations = 0;
  }

  /** Fails every operation from now on with `code`. */
  failAll(code: string): void {
    this.failNth(1, code, 'forever');
  }

  heal(): void {
    this.plan = null;
    this.operations = 0;
  }

  resetCount(): void {
    this.operations = 0;
  }

  readFile = (path: string) => this.run('read', () => this.inner.readFile(path));
  rename = (from: string, to: string) => this.run('rename', () => this.inner.rename(from, to));
  unlink = (path: string) => this.run('unlink', () => this.inner.unlink(path));
  mkdir = (path: string) => this.run('mkdir', () => this.inner.mkdir(path));
  rmdir = (path: string) => this.run('rmdir', () => this.inner.rmdir(path));
  readdir = (path: string) => this.run('scandir', () => this.inner.readdir(path));
  stat = (path: string) => this.run('stat', () => this.inner.stat(path));
  lstat = (path: string) => this.run('lstat', () => this.inner.lstat(path));
  realpath = (path: string) => this.run('realpath', () => this.inner.realpath(path));

  open = async (path: string, flags: 'w' | 'r'): Promise<FileHandleLike> => {
    const handle = await this.run('open', () => this.inner.open(path, flags));
    return {
      writeFile: (data) => this.run('write', () => handle.writeFile(data)),
      sync: () => this.run('fsync', () => handle.sync()),
      close: async () => {
        await handle.close();
        await this.run('close', async () => undefined);
      },
    };
  };

  private async run<T>(syscall: string, operation: () => Promise<T>): Promise<T> {
    this.operations += 1;
    const plan = this.plan;
    if (plan && (this.operations === plan.failAt || (plan.mode === 'forever' && this.operations > plan.failAt))) {
      throw Object.assign(new Error(`${plan.code}: injected fault, ${syscall}`), { code: plan.code, syscall });
    }
    return operation();
  }
}
