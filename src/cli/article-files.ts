import {readdir, stat} from 'node:fs/promises'
import {dirname, extname, isAbsolute, join, resolve, sep} from 'node:path'

/** The files a batch reads, and the folder its outputs mirror. */
export interface ArticleFiles {
  /** Files in argument order, each folder's and pattern's files sorted. */
  readonly files: readonly ArticleFile[]
  /** The inputs' common folder: `--out-dir` mirrors paths below it. */
  readonly root: string
}

/** One input of a batch. */
export interface ArticleFile {
  readonly path: string
  /** Set for a pattern that matched no article file: the input fails with this reason. */
  readonly unmatched?: string | undefined
}

/** Extensions of article files, for folders and patterns. */
const articleExtensions = new Set(['.md', '.markdown', '.mdx', '.txt', '.text', '.html', '.htm'])

/**
 * Expand the CLI's arguments: a file stays itself (missing files too, so
 * they fail visibly), a folder becomes every article file below it, and a
 * glob pattern (`news/2024/**\/*.md`) that names no existing path becomes
 * the article files it matches.
 */
export async function articleFiles(paths: readonly string[]): Promise<ArticleFiles> {
  // Imported here: a one-article run never needs the glob matcher.
  const {glob, isDynamicPattern} = await import('tinyglobby')
  const files: ArticleFile[] = []
  const bases: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      bases.push(resolve(path))
      files.push(...(await filesBelow(path)))
    } else if (!info && isDynamicPattern(path)) {
      bases.push(resolve(staticPrefix(path, isDynamicPattern)))
      const matches = (await glob(path, {onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path)})).filter(isArticleFile).sort()
      if (matches.length === 0) files.push({path, unmatched: 'No article file matches this pattern, expected at least one'})
      for (const match of matches) files.push({path: match})
    } else {
      bases.push(dirname(resolve(path)))
      files.push({path})
    }
  }
  return {files, root: commonFolder(bases)}
}

/** Whether an argument can stand for several files: a folder, or a pattern that names no existing path. */
export async function standsForSeveral(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined)
  return info ? info.isDirectory() : (await import('tinyglobby')).isDynamicPattern(path)
}

async function filesBelow(folder: string): Promise<ArticleFile[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && isArticleFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((path) => ({path}))
}

function isArticleFile(path: string): boolean {
  return articleExtensions.has(extname(path).toLowerCase())
}

/** The folders of a pattern before its first wildcard: `news/2024/**\/*.md` → `news/2024`. */
function staticPrefix(pattern: string, isDynamicPattern: (segment: string) => boolean): string {
  const segments = pattern.split('/')
  const dynamic = segments.findIndex((segment) => isDynamicPattern(segment))
  return segments.slice(0, dynamic).join('/') || '.'
}

function commonFolder(folders: readonly string[]): string {
  let root = folders[0] ?? process.cwd()
  // Stops at the file system root (or a drive's, when folders span drives).
  while (!folders.every((folder) => folder === root || folder.startsWith(root.endsWith(sep) ? root : root + sep)) && dirname(root) !== root) {
    root = dirname(root)
  }
  return root
}
