// The files electron-builder 26 puts into app.asar (and app.asar.unpacked), computed with its own
// code — the `files` matcher of electron-builder.yml, the production-dependency collector and the
// per-module copy filter — and laid out in a folder outside the project. Code run from there
// finds only what an installed app has: Node's module resolution cannot fall back to the
// project's node_modules. Electron's asar layer itself is not emulated (see
// docs/packaging-review.md for why reading from app.asar works in the main process and in workers).
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './built-app';

interface ModuleOf {
  /** The module's folder in the app (node_modules/…). */
  root: string;
  name: string;
}

interface ModuleInfo {
  name: string;
  dir: string;
  dependencies?: ModuleInfo[];
}

const lib = (path: string) => require(join(ROOT, 'node_modules/app-builder-lib/out', path));

export function builderConfig(): Record<string, unknown> {
  const { load } = require('js-yaml') as { load(text: string): unknown };
  return load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

const identity = (text: string) => text;

export type TargetPlatform = 'win32' | 'darwin' | 'linux';

/** electron-builder.yml's section for a platform (`win`, `mac`, `linux`): its `files` add to the top-level ones. */
function platformOptions(config: Record<string, unknown>, platform: TargetPlatform): Record<string, unknown> {
  const key = { win32: 'win', darwin: 'mac', linux: 'linux' }[platform];
  return (config[key] as Record<string, unknown> | undefined) ?? {};
}

/** The app's own files (relative to the project), selected by electron-builder's main file matcher. */
async function appFiles(config: Record<string, unknown>, platform: TargetPlatform): Promise<string[]> {
  const { getMainFileMatchers } = lib('fileMatcher.js');
  const { AppFileWalker } = lib('util/AppFileWalker.js');
  const { walk } = require(join(ROOT, 'node_modules/builder-util/out/fs.js'));
  const packager = {
    info: {
      projectDir: ROOT,
      buildResourcesDir: (config.directories as { buildResources?: string } | undefined)?.buildResources ?? 'build',
      isPrepackedAppAsar: false,
      config,
      debugLogger: { isEnabled: false },
    },
  };
  const outDir = join(ROOT, (config.directories as { output?: string } | undefined)?.output ?? 'dist');
  const matchers = getMainFileMatchers(ROOT, '/app', identity, platformOptions(config, platform), packager, outDir, false);
  const files: string[] = [];
  for (const matcher of matchers) {
    const walker = new AppFileWalker(matcher, { areNodeModulesHandledExternally: true });
    const found: string[] = await walk(matcher.from, walker.filter, walker);
    for (const file of found) if (statSync(file).isFile()) files.push(relative(ROOT, file));
  }
  return files.sort();
}

/** Extensions electron-builder leaves out of node_modules (appFileCopier's getNodeModuleExcludedExts, not exported). */
function nodeModuleExcludedExts(platform: TargetPlatform): string[] {
  const { excludedExts } = lib('fileMatcher.js');
  const result = ['.o', '.obj', ...String(excludedExts).split(',').map((ext: string) => `.${ext}`), '.pdb'];
  if (platform !== 'win32') result.push('.dll', '.exe');
  return result;
}

/**
 * The production dependencies as electron-builder collects them, with the files it copies of each:
 * destination (relative to the app root) → source file.
 */
async function nodeModuleFiles(config: Record<string, unknown>, platform: TargetPlatform): Promise<{ files: Map<string, string>; moduleOf: Map<string, ModuleOf> }> {
  const { getCollectorByPackageManager, PM } = lib('node-module-collector/index.js');
  const { getNodeModuleFileMatcher } = lib('fileMatcher.js');
  const { NodeModuleCopyHelper } = lib('util/NodeModuleCopyHelper.js');
  const { TmpDir } = require(join(ROOT, 'node_modules/temp-file'));
  const temp = new TmpDir('vvt-packaged-layout');
  try {
    // The manual traversal is electron-builder's own fallback collector; it needs no `npm list` run.
    const collector = getCollectorByPackageManager(PM.TRAVERSAL, ROOT, temp);
    const { nodeModules } = (await collector.getNodeModules({ packageName: 'vvt-desk' })) as { nodeModules: ModuleInfo[] };
    const matcher = getNodeModuleFileMatcher(ROOT, '/app', identity, platformOptions(config, platform), { config, debugLogger: { isEnabled: false } });
    const packager = { appInfo: { type: 'npm' }, config, getWorkspaceRoot: async () => ROOT };
    const excluded = nodeModuleExcludedExts(platform);
    const result = new Map<string, string>();
    const moduleOf = new Map<string, ModuleOf>();
    const collect = async (module: ModuleInfo, destination: string): Promise<void> => {
      const { FileMatcher } = lib('fileMatcher.js');
      const moduleMatcher = new FileMatcher(module.dir, destination, identity, matcher.patterns);
      const helper = new NodeModuleCopyHelper(moduleMatcher, packager);
      const files: string[] = await helper.collectNodeModules(module, excluded, destination);
      for (const file of files) {
        if (!helper.metadata.get(file)?.isFile()) continue;
        const target = join(destination, relative(module.dir, file));
        result.set(target, file);
        moduleOf.set(target, { root: destination, name: module.name });
      }
      for (const child of module.dependencies ?? []) await collect(child, join(destination, 'node_modules', child.name));
    };
    for (const module of nodeModules) await collect(module, join('node_modules', module.name));
    return { files: result, moduleOf };
  } finally {
    await temp.cleanup();
  }
}

export interface PackagedFiles {
  /** The app's own files, relative to the project (and to the app root). */
  appFiles: string[];
  /** node_modules files: destination relative to the app root → source file. */
  moduleFiles: Map<string, string>;
  /** node_modules files: destination → the module it belongs to. */
  moduleOf: Map<string, ModuleOf>;
}

/** What electron-builder packs into app.asar (and app.asar.unpacked) for a target platform. */
export async function packagedFiles(platform: TargetPlatform): Promise<PackagedFiles> {
  const config = builderConfig();
  const modules = await nodeModuleFiles(config, platform);
  return { appFiles: await appFiles(config, platform), moduleFiles: modules.files, moduleOf: modules.moduleOf };
}

export interface PackagedLayout {
  /** Folder that holds what app.asar (plus app.asar.unpacked) would hold. */
  root: string;
  /** The app's own files, relative to `root`. */
  appFiles: string[];
  /** Relative paths of everything under node_modules. */
  moduleFiles: string[];
}

function place(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

function hostPlatform(): TargetPlatform {
  return process.platform === 'win32' || process.platform === 'darwin' ? process.platform : 'linux';
}

/** Lays the packaged file set for this machine's platform out in a new folder under the OS temp dir (hard links where possible). */
export async function stagePackagedApp(): Promise<PackagedLayout> {
  const { appFiles: own, moduleFiles: modules } = await packagedFiles(hostPlatform());
  const root = mkdtempSync(join(tmpdir(), 'vvt-packaged-'));
  for (const file of own) place(join(ROOT, file), join(root, file));
  for (const [destination, source] of modules) place(source, join(root, destination));
  return { root, appFiles: own, moduleFiles: [...modules.keys()].sort() };
}

/**
 * Which packaged files electron-builder leaves outside the archive (app.asar.unpacked): the
 * `asarUnpack` patterns plus its smart unpack (a module with native code is unpacked whole).
 */
export function unpackedFiles(files: PackagedFiles): string[] {
  const config = builderConfig();
  const { getFileMatchers } = lib('fileMatcher.js');
  const { detectUnpackedDirs } = lib('asar/unpackDetector.js');
  const matchers = getFileMatchers(config, 'asarUnpack', '/app', { macroExpander: identity, customBuildOptions: {}, globalOutDir: join(ROOT, 'dist'), defaultSrc: ROOT });
  const pattern: ((file: string, stat: unknown) => boolean) | undefined = matchers?.[0]?.createFilter();
  // detectUnpackedDirs works on file sets whose stats carry the module they belong to.
  const metadata = new Map<string, unknown>();
  const sources: string[] = [];
  for (const [destination, source] of files.moduleFiles) {
    const module = files.moduleOf.get(destination)!;
    metadata.set(source, Object.assign(statSync(source), { moduleRootPath: module.root, moduleName: module.name, moduleFullFilePath: destination }));
    sources.push(source);
  }
  const smart = new Set<string>();
  detectUnpackedDirs({ files: sources, metadata }, smart);
  const unpacked: string[] = [];
  for (const [destination, source] of files.moduleFiles) {
    const stat = metadata.get(source) as { moduleRootPath: string };
    if (smart.has(stat.moduleRootPath) || pattern?.(source, stat)) unpacked.push(destination);
  }
  for (const file of files.appFiles) if (pattern?.(join(ROOT, file), statSync(join(ROOT, file)))) unpacked.push(file);
  return unpacked.sort();
}
