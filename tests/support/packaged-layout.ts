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

interface ModuleInfo {
  name: string;
  dir: string;
  dependencies?: ModuleInfo[];
}

const lib = (path: string) => require(join(ROOT, 'node_modules/app-builder-lib/out', path));

function builderConfig(): Record<string, unknown> {
  const { load } = require('js-yaml') as { load(text: string): unknown };
  return load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

const identity = (text: string) => text;

/** The app's own files (relative to the project), selected by electron-builder's main file matcher. */
async function appFiles(config: Record<string, unknown>): Promise<string[]> {
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
  const matchers = getMainFileMatchers(ROOT, '/app', identity, {}, packager, outDir, false);
  const files: string[] = [];
  for (const matcher of matchers) {
    const walker = new AppFileWalker(matcher, { areNodeModulesHandledExternally: true });
    const found: string[] = await walk(matcher.from, walker.filter, walker);
    for (const file of found) if (statSync(file).isFile()) files.push(relative(ROOT, file));
  }
  return files.sort();
}

/** Extensions electron-builder leaves out of node_modules (appFileCopier's getNodeModuleExcludedExts, not exported). */
function nodeModuleExcludedExts(platform: NodeJS.Platform): string[] {
  const { excludedExts } = lib('fileMatcher.js');
  const result = ['.o', '.obj', ...String(excludedExts).split(',').map((ext: string) => `.${ext}`), '.pdb'];
  if (platform !== 'win32') result.push('.dll', '.exe');
  return result;
}

/**
 * The production dependencies as electron-builder collects them, with the files it copies of each:
 * destination (relative to the app root) → source file.
 */
async function nodeModuleFiles(config: Record<string, unknown>): Promise<Map<string, string>> {
  const { getCollectorByPackageManager, PM } = lib('node-module-collector/index.js');
  const { getNodeModuleFileMatcher } = lib('fileMatcher.js');
  const { NodeModuleCopyHelper } = lib('util/NodeModuleCopyHelper.js');
  const { TmpDir } = require(join(ROOT, 'node_modules/temp-file'));
  const temp = new TmpDir('vvt-packaged-layout');
  try {
    // The manual traversal is electron-builder's own fallback collector; it needs no `npm list` run.
    const collector = getCollectorByPackageManager(PM.TRAVERSAL, ROOT, temp);
    const { nodeModules } = (await collector.getNodeModules({ packageName: 'vvt-desk' })) as { nodeModules: ModuleInfo[] };
    const matcher = getNodeModuleFileMatcher(ROOT, '/app', identity, {}, { config, debugLogger: { isEnabled: false } });
    const packager = { appInfo: { type: 'npm' }, config, getWorkspaceRoot: async () => ROOT };
    const excluded = nodeModuleExcludedExts(process.platform);
    const result = new Map<string, string>();
    const collect = async (module: ModuleInfo, destination: string): Promise<void> => {
      const { FileMatcher } = lib('fileMatcher.js');
      const moduleMatcher = new FileMatcher(module.dir, destination, identity, matcher.patterns);
      const helper = new NodeModuleCopyHelper(moduleMatcher, packager);
      const files: string[] = await helper.collectNodeModules(module, excluded, destination);
      for (const file of files) {
        if (!helper.metadata.get(file)?.isFile()) continue;
        result.set(join(destination, relative(module.dir, file)), file);
      }
      for (const child of module.dependencies ?? []) await collect(child, join(destination, 'node_modules', child.name));
    };
    for (const module of nodeModules) await collect(module, join('node_modules', module.name));
    return result;
  } finally {
    await temp.cleanup();
  }
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

/** Lays the packaged file set out in a new folder under the OS temp dir (hard links where possible). */
export async function stagePackagedApp(): Promise<PackagedLayout> {
  const config = builderConfig();
  const root = mkdtempSync(join(tmpdir(), 'vvt-packaged-'));
  const own = await appFiles(config);
  for (const file of own) place(join(ROOT, file), join(root, file));
  const modules = await nodeModuleFiles(config);
  for (const [destination, source] of modules) place(source, join(root, destination));
  return { root, appFiles: own, moduleFiles: [...modules.keys()].sort() };
}
